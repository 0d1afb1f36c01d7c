// The desktop shell's entry: lifecycle only. Everything that matters (data,
// rules, PDFs, backups) lives in electron/core and never sees Electron.
import { app, dialog, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import { assertRuntimeSupported, defaultArchiveDir } from '../core/runtime';
import { startCoreWorker, type WorkerCore } from '../core/worker/coreWorker';
import { registerIpc, isFromOurPage } from './ipc';
import { registerFolderDialog } from './folderDialog';
import { buildAppMenu } from './menu';
import { APP_FOLDER, PRODUCT_NAME, rendererIndexPath } from './paths';
import { hardenApp, hardenSession } from './security';
import { createMainWindow, focusWindow } from './window';

/**
 * Test-only: the desktop-shell tests point the app at a temporary app-data
 * folder with this, so no test ever touches real data. (On Windows
 * `app.getPath('appData')` ignores %APPDATA%.) A packaged app ignores it.
 */
const TEST_APPDATA_ENV = 'CENTRE_ARCHIVE_APPDATA';

/**
 * Fixes every folder before anything reads one: the archive, electron-log, the
 * single-instance lock and Chromium's profile all hang off these. userData is
 * set explicitly because the product name (Chinese) would otherwise name it.
 */
function settlePaths(): { appData: string; logsDir: string } {
  app.setName(APP_FOLDER);
  const override = app.isPackaged ? undefined : process.env[TEST_APPDATA_ENV];
  if (override) app.setPath('appData', override);
  const appData = app.getPath('appData');
  const userData = join(appData, APP_FOLDER);
  app.setPath('userData', userData);
  app.setAppLogsPath(join(userData, 'logs'));
  return { appData, logsDir: app.getPath('logs') };
}

/** A rotating log file (main.log, then main.old.log) and every uncaught error in it. */
function setUpLog(logsDir: string): void {
  log.transports.file.resolvePathFn = () => join(logsDir, 'main.log');
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.file.level = 'info';
  log.transports.console.level = app.isPackaged ? false : 'info';
  log.errorHandler.startCatching({ showDialog: false });
  // Stack traces in the log point at the TypeScript sources (main.cjs.map).
  process.setSourceMapsEnabled(true);
}

function refuseToStart(title: string, message: string, error: unknown): void {
  log.error(title, error);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function start(): void {
  const { appData, logsDir } = settlePaths();
  setUpLog(logsDir);
  log.info('启动', {
    version: app.getVersion(),
    electron: process.versions.electron,
    packaged: app.isPackaged,
  });

  try {
    assertRuntimeSupported(process.versions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    refuseToStart(`${PRODUCT_NAME}无法启动`, message, error);
    return;
  }

  // One copy per user: a second launch only brings the first one forward.
  if (!app.requestSingleInstanceLock()) {
    log.info('已有一个实例在运行，本次启动退出');
    app.quit();
    return;
  }

  const rendererIndex = rendererIndexPath();
  let core: WorkerCore | undefined;
  let mainWindow: BrowserWindow | undefined;

  hardenApp(rendererIndex, log);
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Drops the unwrapped key, stops every job, closes the archive, releases its in-use lock; then quits.
    event.preventDefault();
    const closing = core;
    core = undefined;
    void closing.shutdown().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, log);
      // The core runs in a worker thread: this thread serves the window and only forwards calls.
      core = startCoreWorker({ archiveDir: defaultArchiveDir(appData) }, log);
      registerIpc(core, (event) => isFromOurPage(event, mainWindow, rendererIndex), log);
      registerFolderDialog(
        () => mainWindow,
        (event) => isFromOurPage(event, mainWindow, rendererIndex),
        log,
      );
      Menu.setApplicationMenu(
        buildAppMenu({ isPackaged: app.isPackaged, version: app.getVersion(), logsDir, log }),
      );
      mainWindow = createMainWindow(log);
      mainWindow.on('closed', () => {
        mainWindow = undefined;
      });
      // Leaving the PC (Windows lock, sleep) locks the archive at once: the key is dropped
      // and the page reloads onto the lock screen.
      // core.lock() goes ahead of every queued call and cancels running jobs.
      const lockNow = () => {
        void core?.lock().then(() => mainWindow?.webContents.reload());
      };
      powerMonitor.on('lock-screen', lockNow);
      powerMonitor.on('suspend', lockNow);
    })
    .catch((error: unknown) => {
      // app.exit skips will-quit, so release the archive here.
      void core?.shutdown();
      core = undefined;
      refuseToStart(
        `${PRODUCT_NAME}无法启动`,
        `启动时发生错误，程序将退出。详情已写入日志文件夹：\n${logsDir}`,
        error,
      );
    });
}

start();

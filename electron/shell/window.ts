import { app, BrowserWindow, dialog } from 'electron';
import type { Logger } from '../core/logger';
import { PRODUCT_NAME, iconPath, preloadPath, rendererIndexPath } from './paths';

/**
 * Creates the one application window on the built renderer page. Hidden until
 * the page has painted, so the user never sees a blank frame.
 */
export function createMainWindow(log: Logger): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: PRODUCT_NAME,
    icon: iconPath(),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Spell-checking would download dictionaries; the archive is Chinese anyway.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });

  // The title is the product's, whatever the page's <title> says.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('界面进程异常退出', details.reason, details.exitCode);
  });

  window.loadFile(rendererIndexPath()).catch((error: unknown) => {
    log.error('无法载入界面', rendererIndexPath(), error);
    window.show();
    dialog.showErrorBox(`${PRODUCT_NAME}无法显示界面`, '界面文件缺失或已损坏，请重新安装本程序。');
  });
  return window;
}

/** Brings the window to the front (a second launch of the app lands here). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

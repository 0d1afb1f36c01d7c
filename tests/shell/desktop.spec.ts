import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = join(root, 'out', 'main', 'main.cjs');
const rendererIndex = join(root, 'out', 'renderer', 'index.html');
const PRODUCT_NAME = '综治中心档案台账系统';
const SKIP_REASON = 'Electron 二进制文件不可用（本机无法下载 Electron），跳过桌面外壳测试';

/**
 * The Electron executable, or why there is none. `require('electron')` is the
 * binary's path; it throws when the package is absent or its download failed,
 * and may name a file that is not there.
 */
function findElectron(): { path: string } | { missing: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  if (typeof path !== 'string') return { missing: 'electron 包未给出可执行文件路径' };
  if (!existsSync(path)) return { missing: `找不到可执行文件 ${path}` };
  return { path };
}

const found = findElectron();
if ('missing' in found) console.log(`[tests/shell] ${SKIP_REASON}。原因：${found.missing}`);

test.describe('桌面外壳', () => {
  test.skip('missing' in found, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let dataRoot: string;

  test.beforeAll(async () => {
    if (!('path' in found)) return;
    expect(existsSync(mainBundle), '缺少 out/main/main.cjs，请先运行 npm run build').toBe(true);
    expect(existsSync(rendererIndex), '缺少 out/renderer/index.html，请先运行 npm run build').toBe(true);
    // A throwaway app-data folder: the test never sees the real archive.
    dataRoot = await mkdtemp(join(tmpdir(), 'centre-archive-shell-'));
    app = await electron.launch({
      executablePath: found.path,
      // `.` starts the app the way `npm start` does: package.json "main" → out/main/main.cjs.
      args: ['.'],
      cwd: root,
      env: {
        ...process.env,
        APPDATA: dataRoot,
        XDG_CONFIG_HOME: dataRoot,
        CENTRE_ARCHIVE_APPDATA: dataRoot,
      } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  test('打开主窗口，标题为产品名称', async () => {
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe(PRODUCT_NAME);
    expect(page.url()).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html/);
  });

  test('页面只有 window.api，没有 Node', async () => {
    const globals = await page.evaluate(() => ({
      api: typeof (window as unknown as { api?: unknown }).api,
      sessionStatus: typeof (window as unknown as { api?: { session?: { status?: unknown } } }).api?.session
        ?.status,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({
      api: 'object',
      sessionStatus: 'function',
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('经 IPC 调用核心：新的数据目录尚未初始化', async () => {
    const result = await page.evaluate(async () => {
      const api = (window as unknown as { api: { session: { status(input: object): Promise<unknown> } } })
        .api;
      return api.session.status({});
    });
    expect(result).toEqual({ ok: true, value: { state: 'uninitialised' } });
  });

  test('拒绝跳转到外部网址', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(before);
  });

  test('window.open 返回 null', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});

// The built shell bundles, run under plain Node with a fake `electron` module:
// what the shell asks of Electron (window options, IPC, hardening, menu) is
// checked here on every machine, while desktop.spec.ts checks the real thing
// where an Electron binary exists.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { decodeAnswer } from '../../shared/api/answer';
import { allChannels } from '../../shared/api/contract';
import { CHOOSE_FOLDER_CHANNEL, type DesktopBridge } from '../../shared/api/desktop';
import {
  createFakeElectron,
  createFakeLog,
  fakeEvent,
  type FakeFrame,
  type MenuTemplateItem,
} from './fake-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = join(root, 'out', 'main', 'main.cjs');
const preloadBundle = join(root, 'out', 'preload', 'preload.cjs');
const rendererIndex = join(root, 'out', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

const require = createRequire(import.meta.url);
const Module = require('node:module') as {
  _load: (request: string, parent: unknown, isMain: boolean) => unknown;
};

test.describe('桌面外壳（构建产物，伪造的 electron 模块）', () => {
  let dataRoot: string;
  let fake: ReturnType<typeof createFakeElectron>;
  let fakeLog: ReturnType<typeof createFakeLog>;

  test.beforeAll(async () => {
    expect(existsSync(mainBundle), '缺少 out/main/main.cjs，请先运行 npm run build:main').toBe(true);
    dataRoot = await mkdtemp(join(tmpdir(), 'centre-archive-bundle-'));
    fake = createFakeElectron(dataRoot);
    fakeLog = createFakeLog();
    const load = Module._load;
    Module._load = function (request, parent, isMain) {
      if (request === 'electron') return fake.electron;
      if (request === 'electron-log/main') return fakeLog.log;
      return load.call(this, request, parent, isMain);
    };
    try {
      delete require.cache[mainBundle];
      require(mainBundle);
    } finally {
      Module._load = load;
    }
    // Let whenReady().then(…) run.
    await new Promise((resolve) => setImmediate(resolve));
  });

  test.afterAll(async () => {
    fake?.electron.app.emit('will-quit', fakeEvent());
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  test('启动：固定的数据目录、沙箱、单一窗口', () => {
    expect(fake.record.exitCode).toBeUndefined();
    expect(fake.record.errorBoxes).toEqual([]);
    expect(fake.record.name).toBe('centre-archive');
    expect(fake.electron.app.getPath('userData')).toBe(join(dataRoot, 'centre-archive'));
    expect(fake.electron.app.getPath('logs')).toBe(join(dataRoot, 'centre-archive', 'logs'));
    expect(fakeLog.log.transports.file.maxSize).toBe(5 * 1024 * 1024);
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.windows).toHaveLength(1);
  });

  test('窗口：安全的 webPreferences，载入构建好的界面', () => {
    const window = fake.record.windows[0]!;
    expect(window.options).toMatchObject({
      title: '综治中心档案台账系统',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(window.options.webPreferences?.preload).toBe(preloadBundle);
    expect(existsSync(window.options.icon!)).toBe(true);
    expect(window.loadedFile).toBe(rendererIndex);
  });

  test('IPC：每个通道一个处理器，只接受本窗口主框架中的界面', async () => {
    expect([...fake.record.handlers.keys()].sort()).toEqual(
      [...allChannels().map((c) => c.channel), CHOOSE_FOLDER_CHANNEL].sort(),
    );
    const window = fake.record.windows[0]!;
    const status = fake.record.handlers.get('session:status')!;
    // The core's answers cross as JSON bytes that the preload decodes; refusals made by the shell are plain.
    const call = async (sender: { id: number }, senderFrame: FakeFrame | null) =>
      decodeAnswer(await status(fakeEvent({ sender, senderFrame, processId: 1, frameId: 1 }), {}));

    const ours = { url: `${rendererUrl}#/login`, parent: null };
    expect(await call(window.webContents, ours)).toEqual({ ok: true, value: { state: 'uninitialised' } });

    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' } };
    expect(await call(window.webContents, { url: rendererUrl, parent: ours })).toEqual(forbidden);
    expect(await call(window.webContents, { url: 'https://example.com/', parent: null })).toEqual(forbidden);
    expect(await call(window.webContents, { url: `${rendererUrl}.evil`, parent: null })).toEqual(forbidden);
    expect(await call(window.webContents, null)).toEqual(forbidden);
    expect(await call({ id: window.webContents.id + 1000 }, ours)).toEqual(forbidden);
  });

  test('选择文件夹：系统对话框只应本窗口的界面，取消时为空 (issue 13, item 10)', async () => {
    const window = fake.record.windows[0]!;
    const choose = fake.record.handlers.get(CHOOSE_FOLDER_CHANNEL)!;
    const ask = (senderFrame: FakeFrame) =>
      choose(fakeEvent({ sender: window.webContents, senderFrame, processId: 1, frameId: 1 }), '备份到…');
    const shown = fake.record.folderDialogs.length;
    expect(await ask({ url: `${rendererUrl}#/settings`, parent: null })).toBe('/media/usb/档案备份');
    expect(fake.record.folderDialogs.slice(shown)).toEqual([
      { title: '备份到…', properties: ['openDirectory', 'createDirectory'] },
    ]);
    expect(await ask({ url: 'https://example.com/', parent: null })).toBeNull();
    expect(fake.record.folderDialogs).toHaveLength(shown + 1);
    fake.record.folderChoice = null;
    expect(await ask({ url: `${rendererUrl}#/settings`, parent: null })).toBeNull();
    fake.record.folderChoice = '/media/usb/档案备份';
  });

  test('锁屏或睡眠：立即锁定档案库并回到锁定界面', async () => {
    const window = fake.record.windows[0]!;
    const before = window.webContents.reloads;
    (fake.electron.powerMonitor as { emit(name: string): void }).emit('lock-screen');
    await expect.poll(() => window.webContents.reloads).toBe(before + 1);
  });

  test('页面：拒绝跳转、新窗口与 webview', () => {
    const contents = fake.record.windows[0]!.webContents;
    const navigate = (name: string, url: string) => {
      const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false });
      contents.emit(name, event);
      return event.defaultPrevented;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(navigate('will-navigate', `${rendererUrl}#/cases`)).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  test('会话：拒绝一切权限与网络请求，本地页面带 CSP 头', () => {
    let granted: unknown;
    fake.record.permissionRequest?.({}, 'media', (allowed: boolean) => (granted = allowed), {
      requestingUrl: rendererUrl,
    });
    expect(granted).toBe(false);
    expect(fake.record.permissionCheck?.(null, 'clipboard-read', 'file://')).toBe(false);

    const request = (url: string) => {
      let response: object | undefined;
      fake.record.beforeRequest?.({ url, method: 'GET', resourceType: 'xhr' }, (r) => (response = r));
      return response;
    };
    expect(request('https://example.com/')).toEqual({ cancel: true });
    expect(request(rendererUrl)).toEqual({ cancel: false });

    let headers: object | undefined;
    fake.record.headersReceived?.(
      { url: rendererUrl, resourceType: 'mainFrame', responseHeaders: {} },
      (r) => {
        headers = r;
      },
    );
    const csp = (headers as { responseHeaders: Record<string, string[]> }).responseHeaders[
      'Content-Security-Policy'
    ]![0]!;
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(directives(csp), '外壳发送的 CSP 应与 renderer/index.html 中的一致').toEqual(directives(meta));
  });

  test('菜单：中文，开发版带开发者工具', () => {
    const labels = (items: MenuTemplateItem[] = []): string[] =>
      items.flatMap((item) => [...(item.label ? [item.label] : []), ...labels(item.submenu)]);
    const all = labels(fake.record.menu);
    for (const label of [
      '文件(&F)',
      '退出',
      '撤销',
      '粘贴',
      '全选',
      '重新加载',
      '实际大小',
      '全屏',
      '关于',
      '打开日志文件夹',
    ]) {
      expect(all).toContain(label);
    }
    expect(all).toContain('开发者工具');
  });

  test('preload：在只认得 electron 的沙箱里运行，只暴露 window.api 与选择文件夹', async () => {
    const { electron, record } = createFakeElectron(dataRoot);
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`沙箱中的 preload 不能加载 ${name}`);
    };
    // Only `require` is given: the bundle must need neither module, exports nor process.
    runInNewContext(readFileSync(preloadBundle, 'utf8'), { require: sandboxRequire });
    expect([...record.exposed.keys()]).toEqual(['api', 'desktop']);
    const api = record.exposed.get('api') as Record<
      string,
      Record<string, (input?: object) => Promise<unknown>>
    >;
    expect(Object.keys(api).sort()).toEqual([...new Set(allChannels().map((c) => c.feature))].sort());
    await api.accounts!.resetPassword!({ id: 1 });
    expect(record.invoked).toEqual([['accounts:reset-password', { id: 1 }]]);
    // And the folder dialog, through its one channel (shared/api/desktop.ts).
    const desktop = record.exposed.get('desktop') as DesktopBridge;
    expect(Object.keys(desktop)).toEqual(['chooseFolder']);
    await desktop.chooseFolder('备份到…');
    expect(record.invoked.at(-1)).toEqual([CHOOSE_FOLDER_CHANNEL, '备份到…']);
  });
});

// A stand-in for the parts of Electron the shell touches, recording what the
// shell does with them. It lets the built bundles (out/main/main.cjs,
// out/preload/preload.cjs) run under plain Node where no Electron binary
// exists; it mirrors electron/shell/electron-types.d.ts, not Electron itself.
import { pathToFileURL } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const fakeEvent = <T extends object>(params?: T): FakeEvent & T => {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  } as FakeEvent & T;
  return event;
};

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return false;
  }
  reloads = 0;
  reload(): void {
    this.reloads++;
  }
}

export interface WindowOptions {
  title?: string;
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  icon?: string;
  webPreferences?: Record<string, unknown>;
}

export interface MenuTemplateItem {
  label?: string;
  role?: string;
  type?: string;
  submenu?: MenuTemplateItem[];
  click?: (...args: unknown[]) => void;
}

export type RequestListener = (
  details: Record<string, unknown>,
  callback: (response: object) => void,
) => void;

/** Builds a fresh fake `electron` module and the record of what was done with it. */
export function createFakeElectron(appData: string) {
  const paths = new Map<string, string>([['appData', appData]]);
  const record = {
    name: '',
    sandboxEnabled: false,
    exitCode: undefined as number | undefined,
    quitCalled: false,
    errorBoxes: [] as [string, string][],
    windows: [] as FakeBrowserWindow[],
    handlers: new Map<string, Listener>(),
    menu: undefined as MenuTemplateItem[] | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as RequestListener | undefined,
    headersReceived: undefined as RequestListener | undefined,
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    /** The folder dialogs shown (their options); each answers `folderChoice`. */
    folderDialogs: [] as unknown[],
    folderChoice: '/media/usb/档案备份' as string | null,
  };

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: (name: string) => void (record.name = name),
    getName: () => record.name,
    getVersion: () => '0.0.0-test',
    getPath(name: string): string {
      const path = paths.get(name);
      if (!path) throw new Error(`fake electron: no path "${name}"`);
      return path;
    },
    setPath: (name: string, path: string) => void paths.set(name, path),
    setAppLogsPath: (path: string) => void paths.set('logs', path),
    enableSandbox: () => void (record.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => void (record.quitCalled = true),
    exit: (code?: number) => void (record.exitCode = code ?? 0),
  });

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    loadedFile: string | undefined;
    constructor(readonly options: WindowOptions) {
      super();
      app.emit('web-contents-created', fakeEvent(), this.webContents);
      record.windows.push(this);
    }
    loadFile(path: string): Promise<void> {
      this.loadedFile = path;
      this.webContents.mainFrame.url = pathToFileURL(path).href;
      return Promise.resolve();
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
    getTitle(): string {
      return this.options.title ?? '';
    }
  }

  const electron = {
    app,
    powerMonitor: new Emitter(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle(channel: string, listener: Listener) {
        if (record.handlers.has(channel)) throw new Error(`fake electron: second handler for ${channel}`);
        record.handlers.set(channel, listener);
      },
      removeHandler: (channel: string) => void record.handlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (record.permissionCheck = handler),
        webRequest: {
          onBeforeRequest: (listener: RequestListener) => void (record.beforeRequest = listener),
          onHeadersReceived: (listener: RequestListener) => void (record.headersReceived = listener),
        },
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void record.errorBoxes.push([title, content]),
      showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
      showOpenDialog: (_window: unknown, options: unknown) => {
        record.folderDialogs.push(options);
        const path = record.folderChoice;
        return Promise.resolve({ canceled: path === null, filePaths: path === null ? [] : [path] });
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuTemplateItem[] } | null) =>
        void (record.menu = menu?.template),
    },
    shell: { openPath: () => Promise.resolve('') },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void record.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke(...args: unknown[]): Promise<unknown> {
        record.invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };

  return { electron, record };
}

/** The few electron-log members the shell uses, writing nowhere. */
export function createFakeLog() {
  const lines: unknown[][] = [];
  return {
    lines,
    log: {
      transports: { file: {} as Record<string, unknown>, console: {} as Record<string, unknown> },
      errorHandler: { startCatching() {} },
      info: (...args: unknown[]) => void lines.push(['info', ...args]),
      warn: (...args: unknown[]) => void lines.push(['warn', ...args]),
      error: (...args: unknown[]) => void lines.push(['error', ...args]),
    },
  };
}

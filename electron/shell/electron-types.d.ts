/*
 * Why this file exists: `electron` is an optional dependency whose install step
 * downloads the Electron binary, which these build machines cannot reach, so
 * node_modules/electron (and its electron.d.ts) is absent here. This declares
 * only the part of Electron 45's API that electron/shell uses, with the
 * signatures of Electron 45's own definitions (narrowed where the shell never
 * uses the rest), so the shell type-checks without the package.
 *
 * Rules for editing: add a member only when the shell starts using it, copy its
 * signature from Electron 45's docs, and keep every declaration here a subset of
 * the real one, so code that checks against this file also checks against
 * Electron's own types.
 */

declare namespace NodeJS {
  interface Process {
    /** Electron: the folder that holds app.asar and the extra resources of a packaged app. */
    readonly resourcesPath: string;
  }
}

declare module 'electron' {
  /** Electron's event object: `preventDefault` plus event-specific fields. */
  export type Event<Params extends object = object> = {
    preventDefault(): void;
    readonly defaultPrevented: boolean;
  } & Params;

  type PathName =
    | 'home'
    | 'appData'
    | 'userData'
    | 'sessionData'
    | 'temp'
    | 'exe'
    | 'module'
    | 'desktop'
    | 'documents'
    | 'downloads'
    | 'music'
    | 'pictures'
    | 'videos'
    | 'recent'
    | 'logs'
    | 'crashDumps';

  interface App {
    readonly isPackaged: boolean;
    setName(name: string): void;
    getName(): string;
    getVersion(): string;
    getPath(name: PathName): string;
    setPath(name: PathName, path: string): void;
    setAppLogsPath(path?: string): void;
    enableSandbox(): void;
    requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
    whenReady(): Promise<void>;
    quit(): void;
    exit(exitCode?: number): void;
    on(
      event: 'second-instance',
      listener: (event: Event, argv: string[], workingDirectory: string, additionalData: unknown) => void,
    ): this;
    on(event: 'window-all-closed', listener: () => void): this;
    on(event: 'will-quit', listener: (event: Event) => void): this;
    on(event: 'web-contents-created', listener: (event: Event, webContents: WebContents) => void): this;
  }

  export interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    webviewTag?: boolean;
    spellcheck?: boolean;
    devTools?: boolean;
  }

  export interface BrowserWindowConstructorOptions {
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    title?: string;
    icon?: string;
    show?: boolean;
    backgroundColor?: string;
    webPreferences?: WebPreferences;
  }

  export class BaseWindow {
    isDestroyed(): boolean;
  }

  export class BrowserWindow extends BaseWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    readonly webContents: WebContents;
    loadFile(filePath: string): Promise<void>;
    show(): void;
    focus(): void;
    restore(): void;
    isMinimized(): boolean;
    getTitle(): string;
    on(
      event: 'page-title-updated',
      listener: (event: Event, title: string, explicitSet: boolean) => void,
    ): this;
    on(event: 'closed', listener: () => void): this;
    once(event: 'ready-to-show', listener: () => void): this;
  }

  /** A frame in a WebContents, as the main process sees it. */
  export interface WebFrameMain {
    readonly url: string;
    readonly parent: WebFrameMain | null;
  }

  interface WebContentsNavigationParams {
    url: string;
    isSameDocument: boolean;
    isMainFrame: boolean;
  }

  interface RenderProcessGoneDetails {
    reason:
      | 'clean-exit'
      | 'abnormal-exit'
      | 'killed'
      | 'crashed'
      | 'oom'
      | 'launch-failed'
      | 'integrity-failure'
      | 'memory-eviction';
    exitCode: number;
  }

  interface HandlerDetails {
    url: string;
    frameName: string;
    features: string;
    disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
  }

  type WindowOpenHandlerResponse =
    { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions?: BrowserWindowConstructorOptions };

  export interface WebContents {
    readonly id: number;
    readonly mainFrame: WebFrameMain;
    getURL(): string;
    isDestroyed(): boolean;
    reload(): void;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    on(event: 'will-navigate', listener: (event: Event<WebContentsNavigationParams>) => void): this;
    on(event: 'will-redirect', listener: (event: Event<WebContentsNavigationParams>) => void): this;
    on(
      event: 'will-attach-webview',
      listener: (event: Event, webPreferences: WebPreferences, params: Record<string, string>) => void,
    ): this;
    on(
      event: 'render-process-gone',
      listener: (event: Event, details: RenderProcessGoneDetails) => void,
    ): this;
  }

  export interface IpcMainInvokeEvent extends Event {
    readonly processId: number;
    readonly frameId: number;
    readonly sender: WebContents;
    /** Null once the sending frame has navigated away or been destroyed. */
    readonly senderFrame: WebFrameMain | null;
  }

  interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
    removeHandler(channel: string): void;
  }

  interface PermissionRequestDetails {
    requestingUrl: string;
    isMainFrame: boolean;
  }

  type ResourceType =
    | 'mainFrame'
    | 'subFrame'
    | 'stylesheet'
    | 'script'
    | 'image'
    | 'font'
    | 'object'
    | 'xhr'
    | 'ping'
    | 'cspReport'
    | 'media'
    | 'webSocket';

  interface OnBeforeRequestListenerDetails {
    url: string;
    method: string;
    resourceType: ResourceType;
  }

  interface OnHeadersReceivedListenerDetails {
    url: string;
    resourceType: ResourceType;
    responseHeaders?: Record<string, string[]>;
  }

  interface WebRequest {
    onBeforeRequest(
      listener:
        | ((
            details: OnBeforeRequestListenerDetails,
            callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
          ) => void)
        | null,
    ): void;
    onHeadersReceived(
      listener:
        | ((
            details: OnHeadersReceivedListenerDetails,
            callback: (response: {
              cancel?: boolean;
              responseHeaders?: Record<string, string | string[]>;
              statusLine?: string;
            }) => void,
          ) => void)
        | null,
    ): void;
  }

  export interface Session {
    readonly webRequest: WebRequest;
    setPermissionRequestHandler(
      handler:
        | ((
            webContents: WebContents,
            permission: string,
            callback: (permissionGranted: boolean) => void,
            details: PermissionRequestDetails,
          ) => void)
        | null,
    ): void;
    setPermissionCheckHandler(
      handler:
        ((webContents: WebContents | null, permission: string, requestingOrigin: string) => boolean) | null,
    ): void;
  }

  interface MessageBoxOptions {
    message: string;
    type?: 'none' | 'info' | 'error' | 'question' | 'warning';
    buttons?: string[];
    defaultId?: number;
    title?: string;
    detail?: string;
    noLink?: boolean;
  }

  interface MessageBoxReturnValue {
    response: number;
    checkboxChecked: boolean;
  }

  interface OpenDialogOptions {
    title?: string;
    defaultPath?: string;
    properties?: ('openFile' | 'openDirectory' | 'multiSelections' | 'createDirectory' | 'showHiddenFiles')[];
  }

  interface OpenDialogReturnValue {
    canceled: boolean;
    filePaths: string[];
  }

  interface Dialog {
    /** Safe to call before `ready`: the only dialog available that early. */
    showErrorBox(title: string, content: string): void;
    showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  }

  export class MenuItem {
    label: string;
    enabled: boolean;
    visible: boolean;
  }

  interface KeyboardEvent {
    altKey?: boolean;
    ctrlKey?: boolean;
    metaKey?: boolean;
    shiftKey?: boolean;
    triggeredByAccelerator?: boolean;
  }

  export interface MenuItemConstructorOptions {
    label?: string;
    type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
    role?:
      | 'quit'
      | 'undo'
      | 'redo'
      | 'cut'
      | 'copy'
      | 'paste'
      | 'selectAll'
      | 'reload'
      | 'resetZoom'
      | 'zoomIn'
      | 'zoomOut'
      | 'togglefullscreen'
      | 'toggleDevTools';
    accelerator?: string;
    submenu?: MenuItemConstructorOptions[] | Menu;
    click?: (menuItem: MenuItem, window: BaseWindow | undefined, event: KeyboardEvent) => void;
  }

  export class Menu {
    static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
    static setApplicationMenu(menu: Menu | null): void;
  }

  interface Shell {
    /** Resolves to an error message, or to '' on success. */
    openPath(path: string): Promise<string>;
  }

  interface ContextBridge {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  }

  interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  }

  interface PowerMonitor {
    on(event: 'lock-screen' | 'suspend', listener: () => void): this;
  }

  export const powerMonitor: PowerMonitor;
  export const app: App;
  export const dialog: Dialog;
  export const ipcMain: IpcMain;
  export const session: { readonly defaultSession: Session };
  export const shell: Shell;
  export const contextBridge: ContextBridge;
  export const ipcRenderer: IpcRenderer;
}

import type { Api } from '../../shared/api/contract';
import type { DesktopBridge } from '../../shared/api/desktop';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in browser mode. */
    api?: Api;
    /** The desktop shell's folder dialog (preload); absent in browser mode, where a path is typed. */
    desktop?: DesktopBridge;
  }
}

export {};

import type { Api } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in browser mode. */
    api?: Api;
  }
}

export {};

// The bridge between the page and the main process. It runs sandboxed, where
// `require` offers only a few Electron modules, so the build bundles it into
// one CJS file with shared/ inlined. It exposes exactly `window.api`, built
// from the shared contract: no ipcRenderer, no channel names, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';

contextBridge.exposeInMainWorld(
  'api',
  createApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>),
);

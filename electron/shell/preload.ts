// The bridge between the page and the main process. It runs sandboxed, where
// `require` offers only a few Electron modules, so the build bundles it into
// one CJS file with shared/ inlined. It exposes exactly `window.api`, built
// from the shared contract, and `window.desktop` (the folder dialog, shared/api/desktop.ts): no
// ipcRenderer, no channel names, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { decodeAnswer } from '../../shared/api/answer';
import { createApi } from '../../shared/api/client';
import { CHOOSE_FOLDER_CHANNEL, type DesktopBridge } from '../../shared/api/desktop';

// The main process hands the core's answers on as their JSON bytes (ipc.ts): decoded here, in the page.
contextBridge.exposeInMainWorld(
  'api',
  createApi(async (channel, input) => decodeAnswer(await ipcRenderer.invoke(channel, input))),
);

const desktop: DesktopBridge = {
  chooseFolder: async (title) => {
    const chosen: unknown = await ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, title);
    return typeof chosen === 'string' ? chosen : null;
  },
};
contextBridge.exposeInMainWorld('desktop', desktop);

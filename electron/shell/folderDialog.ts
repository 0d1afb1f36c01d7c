import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHOOSE_FOLDER_CHANNEL } from '../../shared/api/desktop';
import type { Logger } from '../core/logger';

/**
 * The system's folder dialog for 备份到… and 从…恢复 (shared/api/desktop.ts),
 * for our own page only, as every IPC call (ipc.ts). It only answers a path
 * the user picked; what is done with it goes through the core's checked calls.
 */
export function registerFolderDialog(
  window: () => BrowserWindow | undefined,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
): () => void {
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event, title: unknown): Promise<string | null> => {
    const owner = window();
    if (!isTrusted(event) || !owner) {
      log.warn('已拒绝来自未知页面的选择文件夹请求', event.senderFrame?.url ?? '(页面已关闭)');
      return null;
    }
    const chosen = await dialog.showOpenDialog(owner, {
      title: typeof title === 'string' ? title.slice(0, 100) : '选择文件夹',
      properties: ['openDirectory', 'createDirectory'],
    });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  });
  return () => ipcMain.removeHandler(CHOOSE_FOLDER_CHANNEL);
}

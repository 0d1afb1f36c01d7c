import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { allChannels } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { WorkerCore } from '../core/worker/coreWorker';
import type { Logger } from '../core/logger';
import { isRendererUrl } from './security';

/**
 * Whether a call comes from our own page: the main frame of our window, still
 * showing the built renderer. Sub-frames (e.g. a PDF preview) and any page the
 * window was somehow navigated to get nothing.
 */
export function isFromOurPage(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | undefined,
  rendererIndex: string,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (event.sender.id !== window.webContents.id) return false;
  return isRendererUrl(frame.url, rendererIndex);
}

/**
 * Serves every channel of the contract over IPC. Each handler checks the
 * sender, then hands the call to the core, which validates, authorises and
 * answers with a `Result` (it never throws; the catch is a last line only).
 * Returns a function that removes the handlers again.
 */
export function registerIpc(
  core: WorkerCore,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
): () => void {
  const channels = allChannels().map(({ channel }) => channel);
  for (const channel of channels) {
    // The answer goes on as the JSON bytes the core's thread encoded (see WorkerCore.callJson): a
    // large one is never cloned as a string on this thread; the preload decodes it in the page.
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown> | Uint8Array> => {
      if (!isTrusted(event)) {
        log.warn('已拒绝来自未知页面的调用', channel, event.senderFrame?.url ?? '(页面已关闭)');
        return fail('FORBIDDEN', '拒绝来自未知页面的请求。');
      }
      try {
        return await core.callJson(channel, input);
      } catch (error) {
        log.error('调用处理失败', channel, error);
        return fail('INTERNAL', '系统内部错误，操作未完成。详情已记入日志。');
      }
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

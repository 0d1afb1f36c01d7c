import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { base64ToBlob } from '../download';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on the first preview so its megabyte stays out of the
 * start-up bundle. A failed load is forgotten, so 重试 fetches it again
 * instead of failing on the same rejected promise for the page's life.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * How long opening a document may take before it counts as failed. Opening
 * reads only the cross-reference table (pages are drawn later), a second or
 * two even on a busy machine; a minute means the worker is not answering.
 */
export const OPEN_TIMEOUT_MS = 60_000;

/** A document open for rendering; `close` frees it and ends its worker. */
export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close: () => void;
}

export interface OpenOptions {
  /** Aborting (the preview closed) ends the worker at once, even one that never answered. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Opens a PDF the server produced. The worker is created here and handed to
 * pdf.js as a port: left to itself, pdf.js wraps a worker of a page with the
 * opaque origin of file:// (the Electron window) in a blob: URL, which the CSP
 * refuses. Written as `new Worker(new URL(…))`, Vite bundles the worker as a
 * same-origin .js file that `script-src 'self'` already allows, under file://
 * and HTTP alike. One worker per document, so closing one preview can never
 * tear down another's.
 *
 * Always settles: pdf.js does not watch a worker it was given as a port, so a
 * worker script that fails to load or run would leave its `getDocument`
 * pending for ever (the preview stuck on 「正在生成预览…」). Its `error` event,
 * the deadline and the abort signal each reject instead, and end the worker.
 */
export async function openPdf(
  bytes: Uint8Array | PromiseLike<Uint8Array>,
  { signal, timeoutMs = OPEN_TIMEOUT_MS }: OpenOptions = {},
): Promise<OpenedPdf> {
  const stop = new AbortController();
  const stopped = new Promise<never>((_, reject) => {
    stop.signal.addEventListener('abort', () => reject(stop.signal.reason), { once: true });
  });
  // Handled here as well as in the race below, so a rejection after success is never "unhandled".
  stopped.catch(() => undefined);
  const fail = (reason: Error) => stop.abort(reason);
  const timer = setTimeout(() => fail(new Error(`打开 PDF 超过 ${timeoutMs / 1000} 秒仍未完成`)), timeoutMs);
  const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error('已取消'));
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });

  let end = () => {};
  try {
    const [pdfjs, data] = await Promise.race([Promise.all([loadPdfJs(), bytes]), stopped]);
    const webWorker = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), {
      type: 'module',
    });
    webWorker.addEventListener('error', (event) =>
      fail(
        new Error(`pdf.js 工作线程无法启动：${event instanceof ErrorEvent ? event.message : '脚本未能加载'}`),
      ),
    );
    webWorker.addEventListener('messageerror', () => fail(new Error('pdf.js 工作线程消息无法读取')));
    const worker = pdfjs.PDFWorker.create({ port: webWorker });
    end = () => {
      worker.destroy();
      webWorker.terminate();
    };
    // No eval: the CSP has no 'unsafe-eval', and pdf.js's probe for it would log a violation.
    const task = pdfjs.getDocument({ data, worker, isEvalSupported: false });
    try {
      const doc = await Promise.race([task.promise, stopped]);
      const close = end;
      return { doc, close: () => void doc.destroy().finally(close) };
    } catch (error) {
      // The task is given up without waiting on it: a worker that never answered never confirms.
      task.destroy().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    end();
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The bytes of a base64 PDF from the server, as pdf.js takes them (it
 * transfers the buffer to its worker), decoded by the same function as a
 * download (download.ts). `openPdf` takes the promise as it is.
 */
export async function bytesOf(base64: string): Promise<Uint8Array> {
  return new Uint8Array(await base64ToBlob(base64, 'application/pdf').arrayBuffer());
}

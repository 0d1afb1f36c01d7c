import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { base64ToBlob } from '../download';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/** pdf.js, loaded on the first preview so its megabyte stays out of the start-up bundle. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist');
  return loading;
}

/** A document open for rendering; `close` frees it and ends its worker. */
export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close: () => void;
}

/**
 * Opens a PDF the server produced. The worker is created here and handed to
 * pdf.js as a port: left to itself, pdf.js wraps a worker of a page with the
 * opaque origin of file:// (the Electron window) in a blob: URL, which the CSP
 * refuses. Written as `new Worker(new URL(…))`, Vite bundles the worker as a
 * same-origin .js file that `script-src 'self'` already allows, under file://
 * and HTTP alike. One worker per document, so closing one preview can never
 * tear down another's.
 */
export async function openPdf(bytes: Uint8Array | PromiseLike<Uint8Array>): Promise<OpenedPdf> {
  const [pdfjs, data] = await Promise.all([loadPdfJs(), bytes]);
  const webWorker = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), {
    type: 'module',
  });
  const worker = pdfjs.PDFWorker.create({ port: webWorker });
  const end = () => {
    worker.destroy();
    webWorker.terminate();
  };
  try {
    // No eval: the CSP has no 'unsafe-eval', and pdf.js's probe for it would log a violation.
    const doc = await pdfjs.getDocument({ data, worker, isEvalSupported: false }).promise;
    return { doc, close: () => void doc.destroy().finally(end) };
  } catch (error) {
    end();
    throw error;
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

import { bytesOf, openPdf } from './pdfjs';
import { PRINT_ROOT_ID, pixelSize, printCss, printDpi, printSheets, sheetStyle } from './printLayout';

const STYLE_ID = `${PRINT_ROOT_ID}-style`;

/** Pages drawn so far, for the button's 「正在准备打印（3/12）」. */
export type PrintProgress = (done: number, total: number) => void;

let cleanupPrevious: (() => void) | undefined;

/**
 * Prints a PDF the core produced (its print call or job has already logged
 * and audited the print): every page is drawn by pdf.js at print resolution
 * onto a canvas, kept as a PNG image in a print-only container, and the
 * page's print dialog opens on those images alone (@media print in
 * printLayout.ts). The same in Electron, where window.print() opens the
 * system print dialog from the sandboxed page, and in a browser.
 *
 * Resolves once the dialog was opened; the images stay until it closes
 * (`afterprint`), or until the next print replaces them.
 */
export async function printPdf(base64: string, onProgress?: PrintProgress): Promise<void> {
  cleanupPrevious?.();
  const opened = await openPdf(bytesOf(base64));
  const urls: string[] = [];
  try {
    const { doc } = opened;
    const total = doc.numPages;
    const dpi = printDpi(total);
    const pages = [];
    onProgress?.(0, total);
    for (let no = 1; no <= total; no++) {
      const page = await doc.getPage(no);
      const points = page.getViewport({ scale: 1 });
      const pixels = pixelSize(points, dpi);
      const canvas = document.createElement('canvas');
      canvas.width = pixels.width;
      canvas.height = pixels.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('canvas 2d unavailable');
      // A white sheet under the ink: a PNG's transparent background would print as nothing on some drivers.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas, viewport: page.getViewport({ scale: pixels.scale }) }).promise;
      urls.push(URL.createObjectURL(await pngOf(canvas)));
      // Free the canvas's pixels at once: a long print would otherwise hold them all.
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();
      pages.push({ width: points.width, height: points.height });
      onProgress?.(no, total);
    }
    const sheets = printSheets(pages);
    const root = document.createElement('div');
    root.id = PRINT_ROOT_ID;
    root.setAttribute('aria-hidden', 'true');
    const images = sheets.map((sheet, i) => {
      const box = document.createElement('div');
      Object.assign(box.style, sheetStyle(sheet));
      const image = document.createElement('img');
      image.alt = `第 ${i + 1} 页`;
      image.src = urls[i]!;
      box.append(image);
      root.append(box);
      return image;
    });
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = printCss(sheets);
    const cleanup = () => {
      window.removeEventListener('afterprint', cleanup);
      root.remove();
      style.remove();
      for (const url of urls) URL.revokeObjectURL(url);
      if (cleanupPrevious === cleanup) cleanupPrevious = undefined;
    };
    cleanupPrevious = cleanup;
    document.head.append(style);
    document.body.append(root);
    // Every image decoded before the dialog takes its snapshot of the page.
    await Promise.all(images.map((image) => image.decode()));
    window.addEventListener('afterprint', cleanup);
    window.print();
  } catch (error) {
    if (cleanupPrevious) cleanupPrevious();
    else for (const url of urls) URL.revokeObjectURL(url);
    throw error;
  } finally {
    opened.close();
  }
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/png',
    ),
  );
}

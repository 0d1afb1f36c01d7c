import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { shot } from './pages';

/** What the page held when it called window.print(): one entry per call. */
export interface PrintCall {
  /** The print container's images, as decoded bitmaps. */
  images: { width: number; height: number; complete: boolean }[];
  /** The print style sheet (@media print, @page sizes). */
  css: string;
}

/**
 * Replaces window.print (the browser's own dialog, which a headless browser
 * cannot show) with a recorder of what would print. Call before page.goto.
 * afterprint is not fired, so the print container stays for the test to
 * look at until `endPrint`.
 */
export async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { __printCalls: calls });
    window.print = () => {
      const root = document.getElementById('print-pages');
      calls.push({
        images: Array.from(root?.querySelectorAll('img') ?? []).map((img) => ({
          width: img.naturalWidth,
          height: img.naturalHeight,
          complete: img.complete,
        })),
        css: document.getElementById('print-pages-style')?.textContent ?? '',
      });
    };
  });
}

export async function printCalls(page: Page): Promise<PrintCall[]> {
  return page.evaluate(() => (window as unknown as { __printCalls: PrintCall[] }).__printCalls);
}

/** Waits for the nth call of window.print (1-based) and answers what it held. */
export async function nthPrint(page: Page, n: number): Promise<PrintCall> {
  await expect
    .poll(async () => (await printCalls(page)).length, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(n);
  return (await printCalls(page))[n - 1]!;
}

/** The size in points of every page of a PDF. */
export async function pdfPageSizes(bytes: Buffer): Promise<{ width: number; height: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const sizes = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const [x0, y0, x1, y1] = (await doc.getPage(i)).view as [number, number, number, number];
    sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
  }
  await doc.destroy();
  return sizes;
}

/**
 * Checks a print the way a printer would get it: window.print was called with
 * one image per page of the source PDF, each drawn at ≥ 200 dpi; under print
 * media only those pages are visible; Chromium's own print pipeline (page.pdf,
 * the same layout the print dialog uses) gives exactly as many sheets, each
 * the size of its source page. Then closes the print as the dialog would.
 */
export async function expectPrinted(
  page: Page,
  call: PrintCall,
  source: { width: number; height: number }[],
  screenshot: string,
): Promise<void> {
  expect(call.images).toHaveLength(source.length);
  call.images.forEach((image, i) => {
    expect(image.complete).toBe(true);
    // Pixels per inch of the sheet: pixels over the page's width in inches (72 points each).
    expect(image.width / (source[i]!.width / 72)).toBeGreaterThanOrEqual(199);
  });
  expect(call.css).toContain('@media print');

  await page.emulateMedia({ media: 'print' });
  const root = page.locator('#print-pages');
  await expect(root).toBeVisible();
  await expect(root.locator('img')).toHaveCount(source.length);
  await expect(page.locator('#root')).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shot(page, screenshot);
  const sheets = await pdfPageSizes(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(sheets).toEqual(source);
  await page.emulateMedia({ media: 'screen' });
  await endPrint(page);
}

/** The print dialog closed: the page removes its print container. */
export async function endPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('#print-pages')).toHaveCount(0);
}

/** The PDF a call answered with (base64 in its JSON body): the bytes that went to print. */
export async function pdfOfResponse(response: Response): Promise<Buffer> {
  const body = (await response.json()) as { ok: boolean; value?: { base64?: string } };
  if (!body.ok || !body.value?.base64) throw new Error(`no PDF in the answer of ${response.url()}`);
  return Buffer.from(body.value.base64, 'base64');
}

/** Waits for the answer of one API channel (e.g. `mediation:print-agreement`). */
export function answerOf(page: Page, channel: string): Promise<Response> {
  return page.waitForResponse((r) => r.url().endsWith('/api/' + encodeURIComponent(channel)));
}

/**
 * How long a preview may take to show on a busy shared machine: a print job
 * makes its PDF first (a label took 4–13 s with the two cores loaded), then
 * pdf.js starts a worker and opens it. More than the app's own deadline for
 * opening (OPEN_TIMEOUT_MS, renderer/src/print/pdfjs.ts), so the test sees
 * how the preview ended rather than giving up first.
 */
const PREVIEW_TIMEOUT = 120_000;

/**
 * Waits for a PDF preview (PdfPreviewDialog) to show its pages: the dialog
 * (after the print job, if any), then its first page or the preview's own
 * error, one of which the app always reaches; fails at once on the error.
 * With `pages`, checks the count shown (「共 n 页」).
 */
export async function expectPreviewPages(preview: Locator, pages?: number): Promise<void> {
  await expect(preview).toBeVisible({ timeout: PREVIEW_TIMEOUT });
  const first = preview.getByRole('img', { name: '第 1 页' });
  const failed = preview.getByText('无法显示预览');
  await expect(first.or(failed)).toBeVisible({ timeout: PREVIEW_TIMEOUT });
  await expect(failed).toHaveCount(0);
  if (pages !== undefined) await expect(preview.getByTestId('pdf-page-count')).toHaveText(`共 ${pages} 页`);
}

import { useCallback, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { printPdf } from './printPdf';

/** How far the pages for the printer are drawn; null when no print is being prepared. */
export interface PrintState {
  done: number;
  total: number;
}

/**
 * Sends a PDF to the printer (printPdf): `preparing` while its pages are
 * drawn, with the count for the button, and a Chinese `error` when the PDF
 * cannot be drawn. The PDF must come from the core's print call or job, which
 * logs and audits the print.
 */
export function usePrint() {
  const [progress, setProgress] = useState<PrintState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const print = useCallback(async (file: { base64: string }): Promise<boolean> => {
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      await printPdf(file.base64, (done, total) => setProgress({ done, total }));
      return true;
    } catch (cause) {
      console.error('准备打印失败', cause);
      setError({
        code: 'INTERNAL',
        message: '无法准备打印：文书页面未能绘制。可先保存 PDF，再用其他程序打印。',
      });
      return false;
    } finally {
      setProgress(null);
    }
  }, []);

  return { preparing: progress !== null, progress, error, print };
}

/** The 打印 button's label while the pages are drawn, else `idle`. */
export function printLabel(progress: PrintState | null, idle: string): string {
  if (!progress) return idle;
  return progress.total > 0 ? `正在准备打印（${progress.done}/${progress.total}）` : '正在准备打印…';
}

import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { bytesOf, openPdf } from './pdfjs';

/** A4 at this scale is about 740 px wide: readable in the dialog without zooming. */
const SCALE = 1.25;

const isCancelled = (error: unknown) =>
  error instanceof Error && error.name === 'RenderingCancelledException';

/** One page on a canvas, labelled 「第 n 页」 so it is found by its number. */
function PdfPage({ doc, no }: { doc: PDFDocumentProxy; no: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let task: RenderTask | undefined;
    let cancelled = false;
    doc
      .getPage(no)
      .then((page) => {
        const canvas = ref.current;
        if (cancelled || !canvas) return;
        // Drawn at the screen's pixel density, shown at the CSS size: sharp text on high-DPI screens.
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: SCALE * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
        task = page.render({ canvas, viewport });
        return task.promise;
      })
      .catch((error: unknown) => {
        if (cancelled || isCancelled(error)) return;
        console.error(`预览第 ${no} 页失败`, error);
        setFailed(true);
      });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, no]);

  return (
    <Paper elevation={2} sx={{ lineHeight: 0, maxWidth: '100%', overflow: 'hidden' }}>
      {failed ? (
        <Alert severity="error">第 {no} 页无法显示。</Alert>
      ) : (
        <canvas ref={ref} role="img" aria-label={`第 ${no} 页`} style={{ maxWidth: '100%' }} />
      )}
    </Paper>
  );
}

/**
 * Every page of a PDF drawn on canvases (pdf.js), one under the other, as
 * it will print. `onPages` hears the page count once the document is open;
 * pass a stable function (a state setter), or the document is opened again.
 * Opening always ends in the pages or in an error with 重试 (openPdf settles
 * on a worker that fails or never answers); closing the preview meanwhile
 * ends the attempt and its worker at once.
 */
export function PdfPages({ base64, onPages }: { base64: string; onPages?: (count: number) => void }) {
  const [doc, setDoc] = useState<PDFDocumentProxy>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const aborting = new AbortController();
    let close: (() => void) | undefined;
    setDoc(undefined);
    setFailed(false);
    openPdf(bytesOf(base64), { signal: aborting.signal }).then(
      (opened) => {
        if (aborting.signal.aborted) return opened.close();
        close = opened.close;
        setDoc(opened.doc);
        onPages?.(opened.doc.numPages);
      },
      (error: unknown) => {
        if (aborting.signal.aborted) return;
        console.error('打开预览失败', error);
        setFailed(true);
      },
    );
    return () => {
      aborting.abort();
      close?.();
    };
  }, [base64, onPages, attempt]);

  if (failed)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => setAttempt((n) => n + 1)}>
            重试
          </Button>
        }
      >
        无法显示预览。请点「重试」；仍不行时，可保存 PDF 后用其他程序查看和打印。
      </Alert>
    );
  if (!doc) return <Typography color="text.secondary">正在生成预览…</Typography>;
  return (
    <Stack spacing={2} sx={{ alignItems: 'center' }}>
      {Array.from({ length: doc.numPages }, (_, i) => (
        <PdfPage key={i} doc={doc} no={i + 1} />
      ))}
    </Stack>
  );
}

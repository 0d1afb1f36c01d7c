import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import type { FileOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { ErrorAlert } from '../components/ErrorAlert';
import { downloadFile } from '../download';
import { PdfPages } from './PdfPages';
import { printLabel, usePrint } from './usePrint';

interface PdfPreviewDialogProps {
  title: string;
  /** Absent while the server is still producing it. */
  file: FileOutput | undefined;
  error?: ApiError | null;
  /** Closing is blocked while a print call runs, so its answer never lands in a dialog that is gone. */
  busy?: boolean;
  onClose: () => void;
  /**
   * Whether the shown file is the printed one: 打印 and 保存 PDF act on it.
   * False where printing needs a call of its own (the agreement, numbered and
   * logged at print) or where the file is only viewed (a scan).
   */
  printable?: boolean;
  /** The dialog's own buttons (打印所选, 打印全部 …), before 关闭. */
  actions?: ReactNode;
  /** A line above the pages (e.g. what printing will do). */
  note?: ReactNode;
}

/**
 * A document as it will print, page by page, for every document of the app;
 * 打印 opens the print dialog on these pages (printPdf), 保存 PDF keeps a copy.
 */
export function PdfPreviewDialog(props: PdfPreviewDialogProps) {
  const { title, file, error, busy, onClose, printable = true, actions, note } = props;
  const [pages, setPages] = useState<number>();
  const printing = usePrint();
  const blocked = busy || printing.preparing;
  return (
    <Dialog open onClose={blocked ? undefined : onClose} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'grey.100' }}>
        <ErrorAlert error={error ?? printing.error} />
        {note && <Box sx={{ mb: 2 }}>{note}</Box>}
        {pages !== undefined && (
          <Typography color="text.secondary" sx={{ mb: 1 }} data-testid="pdf-page-count">
            共 {pages} 页
          </Typography>
        )}
        {file ? (
          <PdfPages base64={file.base64} onPages={setPages} />
        ) : (
          !error && <Typography color="text.secondary">正在生成文书…</Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
        {actions}
        {printable && (
          <>
            <Button
              startIcon={<DownloadOutlined />}
              disabled={!file || blocked}
              onClick={() => file && downloadFile(file)}
            >
              保存 PDF
            </Button>
            <Button
              variant="contained"
              startIcon={<PrintOutlined />}
              disabled={!file || blocked}
              onClick={() => file && void printing.print(file)}
            >
              {printLabel(printing.progress, '打印')}
            </Button>
          </>
        )}
        <Button onClick={onClose} disabled={blocked}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}

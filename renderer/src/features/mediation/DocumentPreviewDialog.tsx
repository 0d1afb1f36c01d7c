import { useCallback } from 'react';
import Button from '@mui/material/Button';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import type { FileOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import { downloadFile } from '../../download';
import { useLoad } from '../../hooks/useLoad';
import { PdfPreviewDialog } from './PdfPreviewDialog';

/** A document to produce and show: its title and the call that makes it. */
export interface DocumentRequest {
  title: string;
  load: () => Promise<Result<FileOutput>>;
}

/**
 * One of the module's documents (申请书, 告知书, 调解记录, 回访记录 …): produced
 * by the server when the dialog opens, previewed, and saved as a PDF for the
 * PDF viewer to print.
 */
export function DocumentPreviewDialog({
  request,
  onClose,
}: {
  request: DocumentRequest;
  onClose: () => void;
}) {
  // The request object is fixed for the dialog's life; its call is made once.
  const { load } = request;
  const file = useLoad(useCallback(() => load(), [load]));
  return (
    <PdfPreviewDialog
      title={request.title}
      file={file.data}
      error={file.error}
      onClose={onClose}
      actions={
        <Button
          variant="contained"
          startIcon={<DownloadOutlined />}
          disabled={!file.data}
          onClick={() => file.data && downloadFile(file.data)}
        >
          下载 PDF
        </Button>
      }
    />
  );
}

import { useCallback } from 'react';
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { useLoad } from '../hooks/useLoad';
import { PdfPreviewDialog } from './PdfPreviewDialog';

/** A document to produce and show: its title and the call that makes it. */
export interface DocumentRequest {
  title: string;
  load: () => Promise<Result<FileOutput>>;
}

/**
 * One document (申请书, 告知书, 调解记录, 催还通知单, 交接班记录 …): produced by
 * the server when the dialog opens (its print call logs it), previewed, then
 * printed or saved from the preview.
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
  return <PdfPreviewDialog title={request.title} file={file.data} error={file.error} onClose={onClose} />;
}

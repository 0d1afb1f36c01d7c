import { useState } from 'react';
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { JobTicket } from '../../../shared/jobs/schemas';
import { useJob } from '../jobs/useJob';
import { PdfPreviewDialog } from './PdfPreviewDialog';

/**
 * The prints that run as jobs (台账, 目录, 标签, 盒脊, 销毁清册, 值班表, 登记表 …)
 * and the exports beside them: each job shows in the tray with 取消 and logs
 * its print; a PDF then opens in the preview, to print (打印) or save
 * (保存 PDF); any other file (Excel) is saved when ready.
 */
export function usePrintJob() {
  const job = useJob();
  const [printed, setPrinted] = useState<{ title: string; file: FileOutput }>();

  const start = async (title: string, begin: () => Promise<Result<JobTicket<FileOutput>>>) => {
    const result = await job.runFile(begin, { previewPdf: true });
    if (result.ok && result.value.mime === 'application/pdf') setPrinted({ title, file: result.value });
    return result;
  };

  const preview = printed && (
    <PdfPreviewDialog title={printed.title} file={printed.file} onClose={() => setPrinted(undefined)} />
  );

  return { busy: job.busy, error: job.error, start, preview };
}

import { useState } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import type { FileOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import type { JobTicket } from '../../../../shared/jobs/schemas';
import { downloadFile } from '../../download';
import { useJob } from '../../jobs/useJob';
import { PdfPreviewDialog } from '../mediation/PdfPreviewDialog';

/**
 * The archive's prints (目录, 标签, 盒脊, 销毁清册) and exports: each runs as a
 * job (the tray shows progress and 取消), its file is saved when ready as
 * every export is, and a PDF is then shown as it will print.
 */
export function usePrintJob() {
  const job = useJob();
  const [printed, setPrinted] = useState<{ title: string; file: FileOutput }>();

  const start = async (title: string, begin: () => Promise<Result<JobTicket<FileOutput>>>) => {
    const result = await job.runFile(begin);
    if (result.ok && result.value.mime === 'application/pdf') setPrinted({ title, file: result.value });
    return result;
  };

  const preview = printed && (
    <PdfPreviewDialog
      title={printed.title}
      file={printed.file}
      onClose={() => setPrinted(undefined)}
      note={
        <Typography>已保存为「{printed.file.fileName}」，可用 PDF 阅读器打印；下面是打印效果。</Typography>
      }
      actions={
        <Button startIcon={<DownloadOutlined />} onClick={() => downloadFile(printed.file)}>
          再次保存
        </Button>
      }
    />
  );

  return { busy: job.busy, error: job.error, start, preview };
}

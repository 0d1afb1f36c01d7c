import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import ReportOutlined from '@mui/icons-material/ReportOutlined';
import type { FileOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import type { JobTicket } from '../../../../shared/jobs/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { useJob } from '../../jobs/useJob';
import { usePrintJob } from '../../print/usePrintJob';
import type { LedgerQuery } from './ledgerFilter';

/**
 * Exports and prints (previewed, then printed or saved) of exactly what the ledger shows (the current filter and
 * sort). ID numbers and phones are masked in all of them; only the director
 * may export them whole, after a confirmation, and the server audits it.
 */
export function LedgerExports({ query, isDirector }: { query: LedgerQuery; isDirector: boolean }) {
  const { busy: exporting, error, runFile } = useJob();
  const printing = usePrintJob();
  const busy = exporting || printing.busy;
  const [confirmFull, setConfirmFull] = useState(false);

  // A whole-ledger export runs as a job: the ledger stays usable while the tray shows its progress.
  const fetchAndSave = async (start: () => Promise<Result<JobTicket<FileOutput>>>) =>
    (await runFile(start)).ok;

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          disabled={busy}
          onClick={() => fetchAndSave(() => api.cases.exportLedger(query))}
        >
          导出 Excel
        </Button>
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          disabled={busy}
          onClick={() => void printing.start('矛盾纠纷排查调处台账', () => api.cases.printLedger(query))}
        >
          打印台账
        </Button>
        <Button
          variant="outlined"
          startIcon={<ReportOutlined />}
          disabled={busy}
          onClick={() => void printing.start('重大矛盾纠纷登记表', () => api.cases.printMajorRegister(query))}
        >
          重大纠纷登记表
        </Button>
        {isDirector && (
          <Button color="warning" disabled={busy} onClick={() => setConfirmFull(true)}>
            导出（含完整身份证号）
          </Button>
        )}
      </Stack>
      {!confirmFull && <ErrorAlert error={error ?? printing.error} />}
      {printing.preview}
      <FormDialog
        open={confirmFull}
        title="导出含完整身份证号的台账"
        submitLabel="确认导出"
        busy={busy}
        error={error}
        danger
        onClose={() => setConfirmFull(false)}
        onSubmit={async () => {
          if (await fetchAndSave(() => api.cases.exportLedger({ ...query, fullIdentity: true })))
            setConfirmFull(false);
        }}
      >
        <Typography>
          导出的 Excel 文件将包含当事人的完整身份证号和联系电话，文件离开本系统后不再受加密保护。
        </Typography>
        <Typography>
          本次导出将记入操作日志（导出人、时间、筛选条件）。请仅在确有工作需要时导出，并妥善保管、用后及时删除。
        </Typography>
      </FormDialog>
    </>
  );
}

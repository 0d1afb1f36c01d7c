import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import type { FileOutput } from '../../../../../shared/api/contract';
import type { Result } from '../../../../../shared/api/result';
import { registerInput } from '../../../../../shared/archive/schemas';
import { toLocalDate } from '../../../../../shared/dates';
import type { JobTicket } from '../../../../../shared/jobs/schemas';
import { api } from '../../../api';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import type { usePrintJob } from '../../../print/usePrintJob';
import { DateField } from '../../../components/dates/DateFields';

/**
 * 借阅登记簿 (A4 landscape, the register's columns) and its Excel copy, of the
 * loans handed out between two dates; both run as jobs, shown in the tray;
 * the register opens in the print preview. The page's `printing` holds the failure, shown by the page across its width
 * (inside this row it would push the row apart).
 */
export function LoanRegisterExports({ printing }: { printing: ReturnType<typeof usePrintJob> }) {
  const [range] = useState(() => {
    const today = toLocalDate(new Date());
    return { from: `${today.slice(0, 8)}01`, to: today };
  });
  const form = useForm(range);
  const { busy } = printing;

  const start = async (
    title: string,
    call: (input: { from: string; to: string }) => Promise<Result<JobTicket<FileOutput>>>,
  ) => {
    const input = { from: form.values.from, to: form.values.to };
    const errors = zodFieldErrors(registerInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    await printing.start(title, () => call(input));
  };

  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}
      aria-label="借阅登记簿"
    >
      <DateField label="出借日期 从" size="small" sx={{ width: 160 }} {...form.field('from')} />
      <DateField label="至" size="small" sx={{ width: 160 }} {...form.field('to')} />
      <Button
        variant="outlined"
        startIcon={<PrintOutlined />}
        disabled={busy}
        onClick={() => start('借阅登记簿', (input) => api.archive.printRegister(input))}
      >
        打印借阅登记簿
      </Button>
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        disabled={busy}
        onClick={() => start('借阅登记', (input) => api.archive.exportLoans(input))}
      >
        导出 Excel
      </Button>
    </Stack>
  );
}

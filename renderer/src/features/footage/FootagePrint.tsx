import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { toLocalDate } from '../../../../shared/dates';
import { footagePeriodInput } from '../../../../shared/footage/schemas';
import { api } from '../../api';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { usePrintJob } from '../../print/usePrintJob';
import { DateField } from '../../components/dates/DateFields';

/**
 * 录像调取登记表 of the requests registered between two days (this month so
 * far to start with), A4 landscape, run as a job and shown as it will print.
 */
export function FootagePrint({ printing }: { printing: ReturnType<typeof usePrintJob> }) {
  const [range] = useState(() => {
    const today = toLocalDate(new Date());
    return { from: `${today.slice(0, 8)}01`, to: today };
  });
  const form = useForm(range);

  const print = async () => {
    const input = { from: form.values.from, to: form.values.to };
    const errors = zodFieldErrors(footagePeriodInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    await printing.start('录像调取登记表', () => api.footage.printRegister(input));
  };

  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}
      role="group"
      aria-label="打印登记表"
    >
      <DateField label="登记日期 从" size="small" sx={{ width: 160 }} {...form.field('from')} />
      <DateField label="至" size="small" sx={{ width: 160 }} {...form.field('to')} />
      <Button variant="outlined" startIcon={<PrintOutlined />} disabled={printing.busy} onClick={print}>
        打印登记表
      </Button>
    </Stack>
  );
}

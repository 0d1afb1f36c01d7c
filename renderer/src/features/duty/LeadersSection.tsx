import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Leader } from '../../../../shared/duty/schemas';
import { dayLabel, weekdayChar } from '../../../../shared/duty/shifts';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm } from '../../hooks/useForm';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { leaderDays, type LeaderSpan } from './leaders';
import { DateField } from '../../components/dates/DateFields';

const SPANS: { value: LeaderSpan; label: string }[] = [
  { value: 'day', label: '当天' },
  { value: 'week', label: '所在一周' },
  { value: 'month', label: '整月' },
];

/**
 * 带班领导: who leads the duty on each day, with a phone, printed on the
 * roster. Entered for a day, a whole week or the month at once; each save
 * writes the month's whole list (the server keeps exactly what is shown).
 */
export function LeadersSection({
  month,
  leaders,
  onSaved,
}: {
  month: string;
  leaders: Leader[];
  onSaved: () => void;
}) {
  const form = useForm({ date: `${month}-01`, span: 'week', name: '', phone: '' });
  const { busy, error, run } = useCall();
  const [notice, setNotice] = useState('');

  const save = async (days: Leader[], message: string) => {
    setNotice('');
    const result = await run(() => api.duty.saveLeaders({ month, days }));
    if (!result.ok) {
      form.setErrors(result.error.fields ?? {});
      return;
    }
    setNotice(message);
    onSaved();
  };

  const add = () => {
    const errors: Record<string, string> = {};
    if (!form.values.date.startsWith(month)) errors.date = '请选择本月的日期';
    if (!form.values.name.trim()) errors.name = '请填写带班领导';
    if (!form.values.phone.trim()) errors.phone = '请填写联系电话';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    const next = leaderDays(leaders, month, form.values.date, form.values.span as LeaderSpan, {
      name: form.values.name.trim(),
      phone: form.values.phone.trim(),
    });
    void save(next, `已保存带班领导：${form.values.name.trim()}。`);
  };

  const columns: Column<Leader>[] = [
    { header: '日期', cell: (l) => `${dayLabel(l.date)}（${weekdayChar(l.date)}）`, nowrap: true },
    { header: '带班领导', cell: (l) => l.name, nowrap: true },
    { header: '联系电话', cell: (l) => l.phone, nowrap: true },
    {
      header: '操作',
      cell: (l) => (
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void save(
              leaders.filter((x) => x.date !== l.date),
              `已删除 ${dayLabel(l.date)}的带班领导。`,
            )
          }
        >
          删除
        </Button>
      ),
    },
  ];

  return (
    <Section title="带班领导" description="按日、按周（周一至周日）或整月填写，打印在值班表上。">
      <ErrorAlert error={error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Stack
        component="form"
        spacing={2}
        sx={{ mb: 2 }}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <FieldGrid>
          <DateField label="日期" {...form.field('date')} />
          <SelectField label="范围" options={SPANS} {...form.field('span')} />
          <TextField label="带班领导" {...form.field('name')} />
          <TextField label="联系电话" {...form.field('phone')} />
        </FieldGrid>
        <Stack direction="row">
          <Button type="submit" variant="outlined" disabled={busy}>
            填入带班领导
          </Button>
        </Stack>
      </Stack>
      <SimpleTable
        label="带班领导"
        columns={columns}
        rows={leaders}
        rowKey={(l) => l.date}
        empty="本月尚未填写带班领导。"
      />
    </Section>
  );
}

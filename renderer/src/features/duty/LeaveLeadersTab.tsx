import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { LeaveEntry, RosterMonth } from '../../../../shared/duty/schemas';
import { dayLabel, weekdayChar } from '../../../../shared/duty/shifts';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { LeadersSection } from './LeadersSection';
import { LeaveDialog } from './LeaveDialog';

/**
 * 请假与带班 of the month (the director's): leave and unavailability, which
 * the generator respects and the grid greys, and the 带班领导 of each day.
 */
export function LeaveLeadersTab({
  month,
  view,
  reload,
}: {
  month: string;
  view: RosterMonth;
  reload: () => Promise<void>;
}) {
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const removal = useCall();
  const template = (view.draft ?? view.published)?.template;

  const remove = async (l: LeaveEntry) => {
    setNotice('');
    const result = await removal.run(() => api.duty.removeLeave({ id: l.id }));
    if (!result.ok) return;
    setNotice(`已撤销 ${l.personName} ${dayLabel(l.date)}的请假。`);
    await reload();
  };

  const columns: Column<LeaveEntry>[] = [
    { header: '值班人员', cell: (l) => l.personName, nowrap: true },
    { header: '日期', cell: (l) => `${dayLabel(l.date)}（${weekdayChar(l.date)}）`, nowrap: true },
    { header: '范围', cell: (l) => (l.shift ? `${l.shift} 班` : '全天'), nowrap: true },
    { header: '事由', cell: (l) => l.reason },
    {
      header: '操作',
      cell: (l) => (
        <Button size="small" disabled={removal.busy} onClick={() => void remove(l)}>
          撤销
        </Button>
      ),
    },
  ];

  return (
    <>
      <Section
        title="请假登记"
        description="生成值班表时不会给请假的人排班；已排的班与请假冲突时，校验会指出。"
      >
        <ErrorAlert error={removal.error} />
        {notice && (
          <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
            {notice}
          </Alert>
        )}
        <Button variant="outlined" sx={{ mb: 2 }} onClick={() => setAdding(true)}>
          登记请假
        </Button>
        <SimpleTable
          label="请假登记"
          columns={columns}
          rows={view.leave}
          rowKey={(l) => l.id}
          empty="本月没有登记请假。"
        />
      </Section>
      <LeadersSection month={month} leaders={view.leaders} onSaved={() => void reload()} />
      {adding && (
        <LeaveDialog
          month={month}
          people={view.people}
          template={template}
          onClose={() => setAdding(false)}
          onDone={(message) => {
            setAdding(false);
            setNotice(message);
            void reload();
          }}
        />
      )}
    </>
  );
}

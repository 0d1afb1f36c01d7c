import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Assignment } from '../../../../shared/duty/rules';
import type { RosterMonth } from '../../../../shared/duty/schemas';
import { dayLabel, monthLabel, shiftLabel, weekdayChar } from '../../../../shared/duty/shifts';
import { toLocalDate } from '../../../../shared/dates';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useLoad } from '../../hooks/useLoad';
import { usePrintJob } from '../../print/usePrintJob';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { addMonths } from './rosterGrid';
import { SwapRequestDialog } from './SwapRequestDialog';
import { SwapStatusChip } from './SwapsTab';
import { swapNote, swapText } from '../../../../shared/duty/swaps';

/**
 * One month of my shifts: the published roster's, each with whoever shares
 * it, the day's 带班领导, how an approved swap gave it to me, and 申请调班;
 * 打印 and 导出 make the same rows as my own schedule (a job each).
 */
function MonthOfMine({ user, month, today }: { user: SessionUser; month: string; today: string }) {
  const loaded = useLoad(useCallback(() => api.duty.month({ month }), [month]));
  const [asking, setAsking] = useState<Assignment | null>(null);
  const [notice, setNotice] = useState('');
  const printing = usePrintJob();
  const view: RosterMonth | undefined = loaded.data;
  const roster = view?.published;
  const names = new Map(view?.people.map((p) => [p.id, p.name]));
  const mine = (roster?.assignments ?? [])
    .filter((a) => a.personId === user.id)
    .sort((a, b) => `${a.date}${a.shift}`.localeCompare(`${b.date}${b.shift}`));
  const mySwaps = view?.swaps.filter((s) => s.fromId === user.id || s.toId === user.id) ?? [];

  const columns: Column<Assignment>[] = [
    { header: '日期', cell: (a) => `${dayLabel(a.date)}（星期${weekdayChar(a.date)}）`, nowrap: true },
    {
      header: '班次',
      cell: (a) => {
        const s = roster?.template.shifts.find((x) => x.key === a.shift);
        return s ? `${s.key} ${shiftLabel(s)}` : a.shift;
      },
      nowrap: true,
    },
    {
      header: '同班',
      cell: (a) =>
        roster?.assignments
          .filter((b) => b.date === a.date && b.shift === a.shift && b.personId !== user.id)
          .map((b) => names.get(b.personId) ?? `编号 ${b.personId}`)
          .join('、') || '—',
    },
    {
      header: '带班领导',
      cell: (a) => {
        const l = view?.leaders.find((x) => x.date === a.date);
        return l ? `${l.name} ${l.phone}` : '—';
      },
      nowrap: true,
    },
    { header: '备注', cell: (a) => swapNote(view?.swaps ?? [], a) || '—', nowrap: true },
    {
      header: '操作',
      // A shift of a day gone by is history, not something to swap.
      cell: (a) =>
        a.date >= today && (
          <Button size="small" onClick={() => setAsking(a)}>
            申请调班
          </Button>
        ),
    },
  ];

  return (
    <Section title={`${monthLabel(month)}我的值班`}>
      {mine.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <Button
            variant="outlined"
            disabled={printing.busy}
            onClick={() =>
              void printing.start(`${monthLabel(month)}我的值班`, () => api.duty.printMine({ month }))
            }
          >
            打印
          </Button>
          <Button
            variant="outlined"
            disabled={printing.busy}
            onClick={() => void printing.start('我的值班', () => api.duty.exportMine({ month }))}
          >
            导出 Excel
          </Button>
        </Stack>
      )}
      <ErrorAlert error={loaded.error ?? printing.error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      {!view ? (
        <Typography color="text.secondary">正在读取…</Typography>
      ) : !roster ? (
        <Typography color="text.secondary">本月值班表尚未发布。</Typography>
      ) : (
        <SimpleTable
          label={`${monthLabel(month)}我的值班`}
          columns={columns}
          rows={mine}
          rowKey={(a) => `${a.date}${a.shift}`}
          empty="本月没有给您排班。"
        />
      )}
      {mySwaps.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
            与我有关的调班
          </Typography>
          {mySwaps.map((s) => (
            <Typography key={s.id} variant="body2" sx={{ mb: 0.5 }}>
              <SwapStatusChip status={s.status} /> {swapText(s, roster?.template)}（{s.reason}）
              {s.decisionNote ? `；审批意见：${s.decisionNote}` : ''}
            </Typography>
          ))}
        </>
      )}
      {asking && view && (
        <SwapRequestDialog
          view={view}
          me={user.id}
          initial={asking}
          from={today}
          onClose={() => setAsking(null)}
          onDone={(message) => {
            setAsking(null);
            setNotice(message);
            void loaded.reload();
          }}
        />
      )}
      {printing.preview}
    </Section>
  );
}

/** 我的值班: my shifts this month and next, by the published rosters, with 申请调班 on each. */
export function MyDuty({ user, thisMonth }: { user: SessionUser; thisMonth: string }) {
  const [today] = useState(() => toLocalDate(new Date()));
  return (
    <>
      <MonthOfMine user={user} month={thisMonth} today={today} />
      <MonthOfMine user={user} month={addMonths(thisMonth, 1)} today={today} />
    </>
  );
}

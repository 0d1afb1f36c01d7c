import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Result } from '../../../../shared/api/result';
import type { Swap } from '../../../../shared/duty/schemas';
import { spanOf, DAY_MINUTES } from '../../../../shared/duty/shifts';
import { toLocalDate } from '../../../../shared/dates';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { addMonths } from '../duty/rosterGrid';
import { SwapDecisionButtons } from '../duty/SwapsTab';
import { SwapDecisionDialog, type SwapDecision } from '../duty/SwapDecisionDialogs';
import { swapText } from '../../../../shared/duty/swaps';
import { DeskList } from './DeskList';

/** 当前值班: the shift under way by the published roster and approved swaps, who, and the day's 带班领导. */
function OnDutyPanel() {
  const now = useLoad(useCallback(() => api.duty.onDuty({}), []));
  const d = now.data;
  const ends = d?.shift && spanOf(d.shift).end > DAY_MINUTES ? `次日${d.shift.end}` : d?.shift?.end;
  return (
    <Paper component="section" aria-label="当前值班" sx={{ p: 2.5, mb: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        当前值班
      </Typography>
      <ErrorAlert error={now.error} />
      {!d ? (
        !now.error && <Typography color="text.secondary">正在读取…</Typography>
      ) : !d.shift ? (
        <Typography color="text.secondary">现在没有已发布的值班安排。</Typography>
      ) : (
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Typography>
            {d.shift.label}（{d.shift.start}—{ends}）
          </Typography>
          <Typography data-testid="on-duty-people">
            值班：<strong>{d.people.map((p) => p.name).join('、') || '无人'}</strong>
          </Typography>
          <Typography>带班领导：{d.leader ? `${d.leader.name} ${d.leader.phone}` : '未填写'}</Typography>
        </Stack>
      )}
    </Paper>
  );
}

/** The swaps waiting for the director in this month's and next month's rosters. */
function PendingSwaps() {
  const [thisMonth] = useState(() => toLocalDate(new Date()).slice(0, 7));
  const load = useCallback(async (): Promise<Result<Swap[]>> => {
    const months = await Promise.all(
      [thisMonth, addMonths(thisMonth, 1)].map((month) => api.duty.month({ month })),
    );
    const failed = months.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
    return {
      ok: true,
      value: months.flatMap((r) => (r.ok ? r.value.swaps.filter((s) => s.status === 'requested') : [])),
    };
  }, [thisMonth]);
  const pending = useLoad(load);
  const [decision, setDecision] = useState<SwapDecision | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <ErrorAlert error={pending.error} />
      <Stack sx={{ mb: 3 }}>
        <DeskList
          title="待审批调班"
          count={pending.data?.length ? `${pending.data.length} 件` : undefined}
          empty="没有待审批的调班申请。"
          rows={pending.data?.map((s) => ({
            key: s.id,
            code: s.kind === 'swap' ? '换班' : '替班',
            onOpen: () => setDecision({ swap: s, approve: true }),
            partyNames: `${swapText(s)}（${s.reason}）`,
            end: <SwapDecisionButtons swap={s} onDecide={setDecision} />,
          }))}
        />
      </Stack>
      {decision && (
        <SwapDecisionDialog
          decision={decision}
          onClose={() => setDecision(null)}
          onDone={(message) => {
            setDecision(null);
            setNotice(message);
            void pending.reload();
          }}
        />
      )}
    </>
  );
}

/** The duty roster on the desk: who is on duty now for everyone; the swaps to decide for the director. */
export function DutyPanels({ director }: { director: boolean }) {
  return (
    <>
      <OnDutyPanel />
      {director && <PendingSwaps />}
    </>
  );
}

import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { RosterMonth, Swap } from '../../../../shared/duty/schemas';
import { formatTableDateTime, toLocalDate } from '../../../../shared/dates';
import type { SessionUser } from '../../../../shared/session/schemas';
import { Section } from '../../components/Section';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { monthLabel } from '../../../../shared/duty/shifts';
import { SwapDecisionDialog, type SwapDecision } from './SwapDecisionDialogs';
import { SwapRequestDialog } from './SwapRequestDialog';
import { SWAP_KINDS, SWAP_STATUS, swapText } from '../../../../shared/duty/swaps';

const STATUS_COLOR = { requested: 'primary', approved: 'success', refused: 'error' } as const;

export function SwapStatusChip({ status }: { status: Swap['status'] }) {
  return <Chip size="small" variant="outlined" color={STATUS_COLOR[status]} label={SWAP_STATUS[status]} />;
}

/** 批准 / 不予批准 of a swap waiting for the director. */
export function SwapDecisionButtons({ swap, onDecide }: { swap: Swap; onDecide: (d: SwapDecision) => void }) {
  return (
    <Stack direction="row" spacing={0.5}>
      <Button size="small" variant="outlined" onClick={() => onDecide({ swap, approve: true })}>
        批准
      </Button>
      <Button size="small" color="error" onClick={() => onDecide({ swap, approve: false })}>
        不予批准
      </Button>
    </Stack>
  );
}

/**
 * 调班 of the month: every swap and replacement asked for, with its state
 * and the decision; the director decides those waiting, and anyone on the
 * published roster asks for one.
 */
export function SwapsTab({
  user,
  view,
  reload,
}: {
  user: SessionUser;
  view: RosterMonth;
  reload: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [decision, setDecision] = useState<SwapDecision | null>(null);
  const [notice, setNotice] = useState('');
  const director = user.role === 'director';
  const onRoster = view.people.some((p) => p.id === user.id);
  const template = view.published?.template;

  const columns: Column<Swap>[] = [
    { header: '申请时间', cell: (s) => formatTableDateTime(s.requestedAt), nowrap: true },
    { header: '方式', cell: (s) => SWAP_KINDS[s.kind], nowrap: true },
    { header: '调班内容', cell: (s) => swapText(s, template) },
    { header: '理由', cell: (s) => s.reason },
    { header: '申请人', cell: (s) => s.requestedBy, nowrap: true },
    { header: '状态', cell: (s) => <SwapStatusChip status={s.status} />, nowrap: true },
    {
      header: '审批',
      cell: (s) =>
        s.status === 'requested'
          ? director && <SwapDecisionButtons swap={s} onDecide={setDecision} />
          : `${s.decidedBy ?? ''} ${s.decidedAt ? formatTableDateTime(s.decidedAt) : ''}${s.decisionNote ? `：${s.decisionNote}` : ''}`,
    },
  ];

  return (
    <Section
      title={`${monthLabel(view.month)}调班`}
      description="值班表发布后，换班与替班须经主任批准，批准后生成新版本。"
    >
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      {onRoster &&
        (view.published ? (
          <Button variant="outlined" sx={{ mb: 2 }} onClick={() => setAsking(true)}>
            申请调班
          </Button>
        ) : (
          <Alert severity="info" sx={{ mb: 2 }}>
            本月值班表尚未发布，发布后才能申请调班。
          </Alert>
        ))}
      <SimpleTable
        label="调班申请"
        columns={columns}
        rows={view.swaps}
        rowKey={(s) => s.id}
        empty="本月没有调班申请。"
      />
      {asking && (
        <SwapRequestDialog
          view={view}
          me={user.id}
          from={toLocalDate(new Date())}
          onClose={() => setAsking(false)}
          onDone={(message) => {
            setAsking(false);
            setNotice(message);
            void reload();
          }}
        />
      )}
      {decision && (
        <SwapDecisionDialog
          decision={decision}
          onClose={() => setDecision(null)}
          onDone={(message) => {
            setDecision(null);
            setNotice(message);
            void reload();
          }}
        />
      )}
    </Section>
  );
}

import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { SessionUser } from '../../../../shared/session/schemas';
import type { WatchEvent } from '../../../../shared/watch/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useLoad } from '../../hooks/useLoad';
import { CloseDialog, DispatchDialog, ReportDialog } from './EventDialogs';
import { EventDetailDialog } from './EventDetailDialog';
import { EventTable, type EventAct } from './EventTable';
import { HistoryTab } from './HistoryTab';
import { LogForm } from './LogForm';
import { ShiftPanel } from './ShiftPanel';
import { HandoverButton } from './handover/HandoverButton';
import { ShiftChecks } from '../cameras/ShiftChecks';
import { ToCaseDialog } from './ToCaseDialog';
import { useWatchNow } from './useWatchNow';

interface WatchPageProps {
  user: SessionUser;
  /** Opens a case record: given for the ledger's users only (operators do not read the ledger). */
  onOpenCase?: (caseId: number) => void;
}

/**
 * 值班日志, the duty screen (issue 12 §2–4): the shift under way, the log
 * form, every open event with its supervision clock (red when a dispatch did
 * not report back in time), this shift's events, and the whole log by page.
 * Operators keep their own shift; the director may act at the desk; staff
 * read, and see no write buttons.
 */
export function WatchPage({ user, onOpenCase }: WatchPageProps) {
  const [tab, setTab] = useState<'now' | 'history'>('now');
  const now = useWatchNow();
  const points = useLoad(useCallback(() => api.cameras.points({}), []));
  const [notice, setNotice] = useState('');
  const [acting, setActing] = useState<{ act: EventAct; event: WatchEvent } | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const n = now.data;
  const mayKeep = user.role === 'operator' || user.role === 'director';
  const keepsShift = Boolean(n?.shift && (n.shift.operatorId === user.id || user.role === 'director'));

  const changed = (message: string) => {
    setNotice(message);
    void now.reload();
  };
  const done = (_e: WatchEvent, message: string) => {
    setActing(null);
    changed(message);
  };
  const act = (a: EventAct, event: WatchEvent) =>
    a === 'detail' ? setDetail(event.id) : setActing({ act: a, event });

  return (
    <>
      <PageTitle>值班日志</PageTitle>
      <Tabs value={tab} onChange={(_, v: 'now' | 'history') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="now" label="当班" />
        <Tab value="history" label="历史记录" />
      </Tabs>
      <ErrorAlert error={now.error ?? points.error} />
      {tab === 'history' ? (
        <HistoryTab points={points.data ?? []} onOpen={setDetail} />
      ) : !n ? (
        !now.error && <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <>
          <ShiftPanel
            now={n}
            mayKeep={mayKeep}
            keepsShift={keepsShift}
            onChanged={changed}
            extras={keepsShift ? <HandoverButton /> : undefined}
          />
          {n.shift && (
            <ShiftChecks
              shiftId={n.shift.id}
              canEdit={keepsShift}
              finder={user.displayName}
              onFaultRecorded={() => void now.reload()}
            />
          )}
          {notice && (
            <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
              {notice}
            </Alert>
          )}
          {n.overdueCount > 0 && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="watch-overdue">
              督办：{n.overdueCount} 起事件的派遣超过 {n.supervisionMinutes}{' '}
              分钟未反馈，请催办并登记到场或反馈。
            </Alert>
          )}
          {keepsShift && <LogForm points={points.data ?? []} onSaved={() => void now.reload()} />}
          <Section
            title="未结事件"
            description={
              <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
                <span>
                  所有班次未办结的事件，超时的排在前面；派遣后 {n.supervisionMinutes}{' '}
                  分钟无到场或反馈即督办。每 30 秒自动刷新（{n.at.slice(11)}）。
                </span>
                <Button size="small" onClick={() => void now.reload()} disabled={now.loading}>
                  刷新
                </Button>
              </Stack>
            }
          >
            <EventTable
              label="未结事件"
              events={n.openEvents}
              at={n.at}
              shiftId={n.shift?.id ?? null}
              canWrite={keepsShift}
              empty="没有未结事件。"
              onAct={act}
              onOpenCase={onOpenCase}
            />
          </Section>
          {n.shift && (
            <Section title="本班记录">
              <EventTable
                label="本班记录"
                events={n.shiftEvents}
                at={n.at}
                shiftId={n.shift.id}
                canWrite={keepsShift}
                empty="本班尚无记录。"
                onAct={act}
                onOpenCase={onOpenCase}
              />
            </Section>
          )}
        </>
      )}
      {acting?.act === 'dispatch' && (
        <DispatchDialog event={acting.event} onClose={() => setActing(null)} onDone={done} />
      )}
      {acting?.act === 'report' && (
        <ReportDialog event={acting.event} onClose={() => setActing(null)} onDone={done} />
      )}
      {acting?.act === 'close' && (
        <CloseDialog event={acting.event} onClose={() => setActing(null)} onDone={done} />
      )}
      {acting?.act === 'toCase' && (
        <ToCaseDialog event={acting.event} onClose={() => setActing(null)} onDone={done} />
      )}
      {detail !== null && (
        <EventDetailDialog eventId={detail} onClose={() => setDetail(null)} onOpenCase={onOpenCase} />
      )}
    </>
  );
}

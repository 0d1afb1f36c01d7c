import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { WatchNow } from '../../../../shared/watch/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { minuteText } from './watchText';

interface ShiftPanelProps {
  now: WatchNow;
  /** Whether the signed-in user may open or close the watch (operators, the director). */
  mayKeep: boolean;
  /** Whether the signed-in user keeps the shift under way (or is the director). */
  keepsShift: boolean;
  onChanged: (message: string) => void;
  /**
   * Where the watch's other desk tools go beside 接班 / 交班: the 交接班
   * button and the 设备检查 card (issue 12 §5–6) are placed here by the page.
   */
  extras?: ReactNode;
}

/**
 * 当前值班: the shift under way (who, which rostered shift, since when), the
 * people the roster names and the day's 带班领导; 接班 when no one keeps
 * the watch — asking why when the roster names someone else, as the core
 * answers — and 交班（无人接班） to close it when no one takes over.
 */
export function ShiftPanel({ now, mayKeep, keepsShift, onChanged, extras }: ShiftPanelProps) {
  const { shift, roster } = now;
  const [reasonAsked, setReasonAsked] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const opening = useCall();
  const ending = useCall();

  const open = async (withReason?: string) => {
    const r = await opening.run(() => api.watch.openShift({ reason: withReason }));
    if (r.ok) {
      setReasonAsked(null);
      onChanged(`已接班（${r.value.shiftName}）。`);
    } else if (r.error.fields?.reason && withReason === undefined) {
      // The roster names someone else: the core's own words say who, and the reason is asked.
      opening.setError(null);
      setReasonAsked(r.error.fields.reason);
    }
  };
  const close = async () => {
    const r = await ending.run(() => api.watch.closeShift({ note: note || undefined }));
    if (r.ok) {
      setClosing(false);
      setNote('');
      onChanged(`已交班：${r.value.closingNote ?? ''}`);
    }
  };

  const rostered = roster.shift
    ? `${roster.shift.label}（${roster.shift.start}—${roster.shift.end}）：${roster.people.map((p) => p.name).join('、') || '无人'}`
    : '现在没有已发布的值班安排';
  return (
    <Paper component="section" aria-label="当前值班" sx={{ p: 2.5, mb: 3 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 300 }}>
          <Typography variant="h6" component="h2">
            当前值班
          </Typography>
          {shift ? (
            <Typography data-testid="watch-shift">
              <strong>{shift.operatorName}</strong> 值「{shift.shiftName}」（{shift.date}），
              {minuteText(shift.openedAt)} 接班
              {!shift.rostered && `；非排班人员，原因：${shift.offRosterReason ?? ''}`}
            </Typography>
          ) : (
            <Typography color="warning.main" data-testid="watch-shift">
              现在无人接班。
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            排班：{rostered}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            带班领导：{roster.leader ? `${roster.leader.name} ${roster.leader.phone}` : '未填写'}
          </Typography>
        </Stack>
        {/* The desk's actions: 接班 / 交班 here; the page puts 交接班 and 设备检查 beside them. */}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} aria-label="值班操作">
          {mayKeep && !shift && (
            <Button variant="contained" disabled={opening.busy} onClick={() => void open()}>
              接班
            </Button>
          )}
          {shift && keepsShift && (
            <Button variant="outlined" onClick={() => setClosing(true)}>
              交班（无人接班）
            </Button>
          )}
          {extras}
        </Stack>
      </Stack>
      <ErrorAlert error={opening.error && reasonAsked === null ? opening.error : null} />
      <FormDialog
        open={reasonAsked !== null}
        title="接班"
        submitLabel="确认接班"
        busy={opening.busy}
        error={opening.error}
        submitDisabled={!reason.trim()}
        onClose={() => setReasonAsked(null)}
        onSubmit={() => void open(reason)}
      >
        <Alert severity="warning">{reasonAsked}</Alert>
        <TextField
          label="接班原因"
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormDialog>
      <FormDialog
        open={closing}
        title="交班（无人接班）"
        submitLabel="确认交班"
        busy={ending.busy}
        error={ending.error}
        onClose={() => setClosing(false)}
        onSubmit={() => void close()}
      >
        <Typography>
          没有接班人时由本班结束值班。未办结的事件留在值班日志中，由下一班继续处置；本班没有记录时自动记为「本班无异常」。
        </Typography>
        <TextField label="交班说明" value={note} onChange={(e) => setNote(e.target.value)} />
      </FormDialog>
    </Paper>
  );
}

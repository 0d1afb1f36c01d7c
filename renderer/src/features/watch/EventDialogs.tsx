import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DISPATCH_TARGETS, type DispatchTarget } from '../../../../shared/watch/codes';
import type { WatchEvent } from '../../../../shared/watch/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import type { FieldErrors } from '../../hooks/useForm';
import { nowMinute } from '../../format';
import { categoryLabel, minuteText, parseMinute, pointText } from './watchText';

interface EventDialogProps {
  event: WatchEvent;
  onClose: () => void;
  onDone: (event: WatchEvent, message: string) => void;
}

const nowText = () => minuteText(nowMinute());
const today = () => nowMinute().slice(0, 10);
const BAD_TIME = '应为“2026-12-05 14:05”或“14:05”';

/** Which event a dialog acts on, as its first line. */
function EventLine({ event }: { event: WatchEvent }) {
  return (
    <Typography variant="body2" color="text.secondary">
      #{event.id} {minuteText(event.occurredAt)} {pointText(event)} {categoryLabel(event.category)}：
      {event.description}
    </Typography>
  );
}

/** 派遣: whom (巡逻队, 网格员, 110, 领导), by name, and when notified — the supervision clock starts then. */
export function DispatchDialog({ event, onClose, onDone }: EventDialogProps) {
  const [target, setTarget] = useState<DispatchTarget>('patrol');
  const [whom, setWhom] = useState('');
  const [at, setAt] = useState(nowText);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, run } = useCall();
  const submit = async () => {
    const notifiedAt = parseMinute(at, today());
    if (!notifiedAt) return setErrors({ notifiedAt: `通知时间${BAD_TIME}` });
    const r = await run(() => api.watch.dispatch({ eventId: event.id, target, whom, notifiedAt }));
    if (!r.ok) return setErrors(r.error.fields ?? {});
    onDone(r.value, `已派遣${DISPATCH_TARGETS[target]}（${whom.trim()}）。`);
  };
  return (
    <FormDialog
      open
      title="派遣"
      submitLabel="确认派遣"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <EventLine event={event} />
      <SelectField
        label="派遣对象"
        value={target}
        options={optionsOf(DISPATCH_TARGETS)}
        onChange={(e) => setTarget(e.target.value as DispatchTarget)}
        autoFocus
      />
      <TextField
        label="通知对象（姓名）"
        required
        value={whom}
        onChange={(e) => setWhom(e.target.value)}
        error={Boolean(errors.whom)}
        helperText={errors.whom}
      />
      <TextField
        label="通知时间"
        required
        value={at}
        onChange={(e) => setAt(e.target.value)}
        error={Boolean(errors.notifiedAt)}
        helperText={errors.notifiedAt}
      />
    </FormDialog>
  );
}

/** 登记到场/反馈: what came back from a dispatch — the arrival, the result, or both. */
export function ReportDialog({ event, onClose, onDone }: EventDialogProps) {
  const pending = event.dispatches.filter((d) => d.reportedAt === null);
  const [dispatchId, setDispatchId] = useState(String((pending[0] ?? event.dispatches[0])?.id ?? ''));
  const chosen = event.dispatches.find((d) => String(d.id) === dispatchId);
  const [arrived, setArrived] = useState(() =>
    chosen?.arrivedAt ? minuteText(chosen.arrivedAt) : nowText(),
  );
  const [reported, setReported] = useState('');
  const [report, setReport] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, run } = useCall();
  const submit = async () => {
    if (!chosen) return;
    const arrivedAt = chosen.arrivedAt
      ? undefined
      : arrived.trim()
        ? parseMinute(arrived, today())
        : undefined;
    const reportedAt = reported.trim() ? parseMinute(reported, today()) : undefined;
    const bad: FieldErrors = {};
    if (arrivedAt === null) bad.arrivedAt = `到场时间${BAD_TIME}`;
    if (reportedAt === null) bad.reportedAt = `反馈时间${BAD_TIME}`;
    if (Object.keys(bad).length) return setErrors(bad);
    const r = await run(() =>
      api.watch.recordReport({
        dispatchId: chosen.id,
        arrivedAt: arrivedAt ?? undefined,
        reportedAt: reportedAt ?? undefined,
        report: report || undefined,
      }),
    );
    if (!r.ok) return setErrors(r.error.fields ?? {});
    onDone(r.value, reportedAt ? '已登记反馈。' : '已登记到场。');
  };
  return (
    <FormDialog
      open
      title="登记到场/反馈"
      submitLabel="登记"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <EventLine event={event} />
      {event.dispatches.length > 1 && (
        <SelectField
          label="派遣"
          value={dispatchId}
          options={event.dispatches.map((d) => ({
            value: String(d.id),
            label: `${DISPATCH_TARGETS[d.target]}（${d.whom}，${minuteText(d.notifiedAt)} 通知）`,
          }))}
          onChange={(e) => setDispatchId(e.target.value)}
        />
      )}
      <TextField
        label="到场时间"
        value={arrived}
        onChange={(e) => setArrived(e.target.value)}
        disabled={Boolean(chosen?.arrivedAt)}
        autoFocus={!chosen?.arrivedAt}
        error={Boolean(errors.arrivedAt)}
        helperText={errors.arrivedAt || (chosen?.arrivedAt ? '已登记' : '未到场请清空')}
      />
      <TextField
        label="反馈时间"
        value={reported}
        onChange={(e) => setReported(e.target.value)}
        autoFocus={Boolean(chosen?.arrivedAt)}
        error={Boolean(errors.reportedAt)}
        helperText={errors.reportedAt || '有反馈结果时填写'}
      />
      <TextField
        label="反馈结果"
        multiline
        minRows={2}
        value={report}
        onChange={(e) => setReport(e.target.value)}
        error={Boolean(errors.report)}
        helperText={errors.report}
      />
    </FormDialog>
  );
}

/** 办结: the event's 处置结果; it then leaves the open list (and stops being red). */
export function CloseDialog({ event, onClose, onDone }: EventDialogProps) {
  const [result, setResult] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, run } = useCall();
  const submit = async () => {
    const r = await run(() => api.watch.closeEvent({ id: event.id, result }));
    if (!r.ok) return setErrors(r.error.fields ?? {});
    onDone(r.value, `已办结 #${event.id}。`);
  };
  return (
    <FormDialog
      open
      title="办结"
      submitLabel="确认办结"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <EventLine event={event} />
      <TextField
        label="处置结果"
        required
        multiline
        minRows={2}
        autoFocus
        value={result}
        onChange={(e) => setResult(e.target.value)}
        error={Boolean(errors.result)}
        helperText={errors.result}
      />
    </FormDialog>
  );
}

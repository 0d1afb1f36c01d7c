import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  DISPATCH_TARGETS,
  EVENT_ACTIONS,
  EVENT_CATEGORIES,
  targetOfAction,
} from '../../../../shared/watch/codes';
import type { EventAction, EventCategory } from '../../../../shared/watch/codes';
import { logEventInput, type WatchEvent } from '../../../../shared/watch/schemas';
import type { CameraPoint } from '../../../../shared/cameras/schemas';
import { api } from '../../api';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { useCall } from '../../hooks/useCall';
import { useDraft } from '../../hooks/useDraft';
import { useFocusInvalid } from '../../hooks/useFocusInvalid';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { nowMinute } from '../../format';
import { ctrlEnter } from '../cases/ctrlEnter';
import { KeyChoice } from './KeyChoice';
import { ACTION_KEYS, CATEGORY_KEYS, minuteText, parseMinute } from './watchText';

interface Draft {
  time: string;
  point: CameraPoint | null;
  category: EventCategory | '';
  description: string;
  action: EventAction;
  whom: string;
  notifiedAt: string;
  footageSaved: string;
}

const fresh = (): Draft => ({
  time: minuteText(nowMinute()),
  point: null,
  category: '',
  description: '',
  action: 'track',
  whom: '',
  notifiedAt: '',
  footageSaved: '',
});

/** The 通知对象 filled in for an action, until the operator types the name. */
const defaultWhom = (action: EventAction) => {
  const target = targetOfAction(action);
  return target ? DISPATCH_TARGETS[target] : '';
};

/** Where the server reports a field's error → the draft field that shows it. */
const FIELD_OF: Record<string, keyof Draft> = {
  occurredAt: 'time',
  pointId: 'point',
  category: 'category',
  description: 'description',
  action: 'action',
  'dispatch.whom': 'whom',
  'dispatch.notifiedAt': 'notifiedAt',
  footageSaved: 'footageSaved',
};

/**
 * 值班记录, keyboard first (the operator is watching the screens): 时间 is
 * filled with now and the cursor starts there; 点位 by type-ahead; 类别 by
 * 1–6 and 处置 by Q W E R T while their group has the focus; a dispatching
 * 处置 asks 通知对象 and 通知时间 (now); Ctrl+Enter saves, Enter never does.
 * After a save the form starts over with the cursor in 时间. What is typed
 * is kept as the operator's draft until saved; leaving the page asks.
 */
export function LogForm({ points, onSaved }: { points: CameraPoint[]; onSaved: (e: WatchEvent) => void }) {
  const [start, setStart] = useState<Draft>(fresh);
  const [d, setDraft] = useState<Draft>(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const kept = useDraft('watch:event', d, {
    initial: start,
    restore: (values) => {
      setDraft(values);
      setErrors({});
    },
  });
  const [notice, setNotice] = useState('');
  const { busy, error, run, setError } = useCall();
  const timeRef = useRef<HTMLInputElement>(null);
  const { ref, focusInvalid } = useFocusInvalid<HTMLDivElement>();
  const dispatches = targetOfAction(d.action) !== null;

  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => {
    setDraft((x) => ({ ...x, [name]: value }));
    setErrors((e) => ({ ...e, [name]: '' }));
  };
  const chooseAction = (action: EventAction) => {
    const target = targetOfAction(action);
    setDraft((x) => ({
      ...x,
      action,
      // Whom and when are filled with the likely answer; the operator corrects the name.
      whom: target && (!x.whom || x.whom === defaultWhom(x.action)) ? DISPATCH_TARGETS[target] : x.whom,
      notifiedAt: target && !x.notifiedAt ? minuteText(nowMinute()) : x.notifiedAt,
    }));
    setErrors((e) => ({ ...e, action: '' }));
  };
  const text = (name: 'time' | 'description' | 'whom' | 'notifiedAt' | 'footageSaved') => ({
    value: d[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: Boolean(errors[name]),
    helperText: errors[name] || undefined,
  });

  const submit = async () => {
    if (busy) return;
    const today = nowMinute().slice(0, 10);
    const occurredAt = parseMinute(d.time, today);
    const notifiedAt = parseMinute(d.notifiedAt, today);
    const input = {
      occurredAt: occurredAt ?? d.time,
      pointId: d.point?.id ?? null,
      category: d.category || undefined,
      description: d.description,
      action: d.action,
      dispatch: dispatches ? { whom: d.whom, notifiedAt: notifiedAt ?? d.notifiedAt } : undefined,
      footageSaved: d.footageSaved || undefined,
    };
    const local: FieldErrors = {};
    for (const [path, message] of Object.entries(zodFieldErrors(logEventInput, input)))
      local[FIELD_OF[path] ?? path] ??= message;
    if (!occurredAt) local.time = '时间应为“2026-12-05 14:05”或“14:05”';
    if (dispatches && !notifiedAt) local.notifiedAt = '通知时间应为“2026-12-05 14:05”或“14:05”';
    setErrors(local);
    if (Object.values(local).some(Boolean)) {
      setError(null);
      focusInvalid();
      return;
    }
    const result = await run(() => api.watch.logEvent(input as Parameters<typeof api.watch.logEvent>[0]));
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([p, m]) => [FIELD_OF[p] ?? p, m])));
      focusInvalid();
      return;
    }
    await kept.committed();
    // A new start, so the fresh form (its time now) is not taken for typing to keep.
    const next = fresh();
    setStart(next);
    setDraft(next);
    setErrors({});
    setNotice(
      `已记录：${minuteText(result.value.occurredAt)} ${EVENT_CATEGORIES[result.value.category]}（#${result.value.id}）`,
    );
    timeRef.current?.focus();
    timeRef.current?.select();
    onSaved(result.value);
  };

  return (
    <Paper
      component="section"
      aria-label="记录事件"
      ref={ref}
      sx={{ p: 2.5, mb: 3 }}
      onKeyDown={(event) => ctrlEnter(() => void submit())(event)}
    >
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        记录事件
      </Typography>
      <DraftNotice draft={kept} />
      <Stack spacing={2}>
        <FieldGrid>
          <TextField
            label="时间"
            required
            size="small"
            inputRef={timeRef}
            autoFocus
            placeholder="2026-12-05 14:05"
            {...text('time')}
          />
          <Autocomplete
            options={points}
            value={d.point}
            onChange={(_, p) => set('point', p)}
            getOptionLabel={(p) => `${p.code} ${p.name}`}
            filterOptions={(options, { inputValue }) => {
              const q = inputValue.trim().toLowerCase();
              return options.filter((p) => `${p.code} ${p.name} ${p.location}`.toLowerCase().includes(q));
            }}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            autoHighlight
            autoSelect
            disabled={points.length === 0}
            sx={{ gridColumn: 'span 2' }}
            renderInput={(params) => (
              <TextField
                {...params}
                label="点位"
                size="small"
                error={Boolean(errors.point)}
                helperText={errors.point || (points.length === 0 ? '尚未登记点位' : '输入编号或名称')}
              />
            )}
          />
        </FieldGrid>
        <KeyChoice
          label="类别"
          keys={CATEGORY_KEYS}
          labels={EVENT_CATEGORIES}
          value={d.category}
          onChange={(c) => set('category', c)}
          error={errors.category}
        />
        <TextField label="发现情况" required multiline minRows={2} {...text('description')} />
        <KeyChoice
          label="处置"
          keys={ACTION_KEYS}
          labels={EVENT_ACTIONS}
          value={d.action}
          onChange={chooseAction}
          error={errors.action}
        />
        {dispatches && (
          <FieldGrid>
            <TextField label="通知对象" required size="small" {...text('whom')} />
            <TextField label="通知时间" required size="small" {...text('notifiedAt')} />
          </FieldGrid>
        )}
        <TextField
          label="录像另存"
          size="small"
          placeholder="如：NVR-2 导出至 U 盘 3 号"
          {...text('footageSaved')}
        />
        <ErrorAlert error={error} />
        {notice && (
          <Alert severity="success" onClose={() => setNotice('')}>
            {notice}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => void submit()} disabled={busy}>
            保存记录
          </Button>
          <Typography variant="body2" color="text.secondary">
            Ctrl+Enter 保存；Tab 换项；类别按 1–6，处置按 Q W E R T
          </Typography>
        </Stack>
      </Stack>
    </Paper>
  );
}

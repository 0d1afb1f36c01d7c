import { useCallback, useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { faultyItems, SYMPTOM_OF_CHECK } from '../../../../shared/cameras/checks';
import type { ShiftCheck } from '../../../../shared/cameras/schemas';
import { CHECK_ITEMS, CHECK_RESULTS, type CheckItem, type CheckResult } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';
import { FaultDialog, type FaultPrefill } from './FaultDialog';
import { minuteText } from './cameraText';

type Answers = Record<CheckItem, CheckResult>;
const ALL_OK: Answers = { ptz: 'ok', recording: 'ok', clarity: 'ok' };
const ITEMS = Object.keys(CHECK_ITEMS) as CheckItem[];

interface ShiftChecksProps {
  shiftId: number;
  /** Whoever keeps this open shift (or the director): the checklist can be saved. */
  canEdit: boolean;
  /** 发现人 of a fault recorded from an 异常 item. */
  finder: string;
  /** A fault was recorded from here (the duty screen may want to reload). */
  onFaultRecorded?: () => void;
}

/**
 * 设备检查 of a shift, the short checklist the duty screen shows: 云台 / 录像 /
 * 清晰度, each 正常 or 异常, with a note; one per shift, saved again while the
 * shift is open. Each 异常 item offers to record the fault, the dialog opened
 * with the symptom it suggests.
 */
export function ShiftChecks({ shiftId, canEdit, finder, onFaultRecorded }: ShiftChecksProps) {
  const loaded = useLoad(useCallback(() => api.cameras.checkOf({ shiftId }), [shiftId]));
  const [answers, setAnswers] = useState<Answers>(ALL_OK);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<ShiftCheck | null>(null);
  const [prefill, setPrefill] = useState<FaultPrefill | null>(null);
  const { busy, error, run } = useCall();

  useEffect(() => {
    const c = loaded.data;
    if (!c) return;
    setSaved(c);
    setAnswers({ ptz: c.ptz, recording: c.recording, clarity: c.clarity });
    setNote(c.note ?? '');
  }, [loaded.data]);

  const save = async () => {
    const result = await run(() => api.cameras.saveCheck({ ...answers, note: note || undefined }));
    if (result.ok) setSaved(result.value);
  };

  const bad = saved ? faultyItems(saved) : [];

  return (
    <Paper component="section" aria-label="班次设备检查" sx={{ p: 2, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        设备检查
      </Typography>
      <ErrorAlert error={error ?? loaded.error} />
      <Stack spacing={1}>
        {ITEMS.map((item) => (
          <Stack key={item} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography sx={{ width: 56 }}>{CHECK_ITEMS[item]}</Typography>
            <ToggleButtonGroup
              size="small"
              exclusive
              disabled={!canEdit || busy}
              value={answers[item]}
              aria-label={CHECK_ITEMS[item]}
              onChange={(_, next: CheckResult | null) => next && setAnswers((a) => ({ ...a, [item]: next }))}
            >
              {(Object.keys(CHECK_RESULTS) as CheckResult[]).map((r) => (
                <ToggleButton key={r} value={r} color={r === 'fault' ? 'error' : 'success'}>
                  {CHECK_RESULTS[r]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {bad.includes(item) && canEdit && (
              <Button
                size="small"
                onClick={() =>
                  setPrefill({
                    symptom: SYMPTOM_OF_CHECK[item],
                    detail: `班次设备检查：${CHECK_ITEMS[item]}异常${saved?.note ? `，${saved.note}` : ''}`,
                  })
                }
              >
                登记故障
              </Button>
            )}
          </Stack>
        ))}
        <TextField
          label="备注"
          size="small"
          disabled={!canEdit || busy}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          {canEdit && (
            <Button variant="outlined" size="small" disabled={busy} onClick={() => void save()}>
              {saved ? '更新检查' : '保存检查'}
            </Button>
          )}
          <Typography variant="body2" color="text.secondary" role="status" aria-label="检查状态">
            {saved ? `${saved.checkedBy} 于 ${minuteText(saved.checkedAt)} 检查` : '本班尚未检查'}
          </Typography>
        </Stack>
      </Stack>
      {prefill && (
        <FaultDialog
          finder={finder}
          prefill={prefill}
          onClose={() => setPrefill(null)}
          onSaved={() => onFaultRecorded?.()}
        />
      )}
    </Paper>
  );
}

import { useCallback } from 'react';
import TextField from '@mui/material/TextField';
import { reportFaultInput, type Fault } from '../../../../shared/cameras/schemas';
import { FAULT_SYMPTOMS, type FaultSymptom } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { nowMinute } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';
import { DEVICE, pointText } from './cameraText';
import { DateTimeField } from '../../components/dates/DateFields';

/** What opens the dialog already filled in (an 异常 item of the shift's check). */
export interface FaultPrefill {
  symptom?: FaultSymptom;
  detail?: string;
}

interface FaultDialogProps {
  /** 发现人 unless changed: the signed-in user. */
  finder: string;
  prefill?: FaultPrefill;
  onClose: () => void;
  onSaved: (fault: Fault) => void;
}

/**
 * 登记设备故障: when (now, not later), on which point — or which other device
 * (录像机 / 大屏 / 网络) —, the symptom, details and who found it. The points
 * offered are those in service; the core links the fault to the open shift.
 */
export function FaultDialog({ finder, prefill, onClose, onSaved }: FaultDialogProps) {
  const points = useLoad(useCallback(() => api.cameras.points({}), []));
  const form = useForm({
    foundAt: nowMinute(),
    point: '',
    device: '',
    symptom: prefill?.symptom ?? '',
    detail: prefill?.detail ?? '',
    foundBy: finder,
  });
  const { busy, error, run } = useCall();
  const v = form.values;

  const submit = async () => {
    const input = {
      foundAt: v.foundAt,
      pointId: v.point && v.point !== DEVICE ? Number(v.point) : null,
      device: v.point === DEVICE ? v.device || undefined : undefined,
      symptom: v.symptom as FaultSymptom,
      detail: v.detail || undefined,
      foundBy: v.foundBy || undefined,
    };
    const errors = zodFieldErrors(reportFaultInput, input);
    if (!v.point) errors.pointId = '请选择点位，或选“其他设备”并填写设备名称';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cameras.reportFault(input));
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else form.setErrors(result.error.fields ?? {});
  };

  const pointOptions = [
    ...(points.data ?? []).map((p) => ({ value: String(p.id), label: pointText(p) })),
    { value: DEVICE, label: '其他设备（录像机、大屏、网络等）' },
  ];

  return (
    <FormDialog
      open
      title="登记设备故障"
      submitLabel="登记"
      busy={busy}
      error={error ?? points.error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <FieldGrid>
        <DateTimeField label="发现时间" required {...form.field('foundAt')} />
        <SelectField
          label="点位"
          required
          autoFocus
          emptyLabel="请选择"
          options={pointOptions}
          {...form.field('point', 'pointId')}
        />
        {v.point === DEVICE && (
          <TextField label="故障设备" required placeholder="如 录像机" {...form.field('device')} />
        )}
        <SelectField
          label="故障现象"
          required
          emptyLabel="请选择"
          options={optionsOf(FAULT_SYMPTOMS)}
          {...form.field('symptom')}
        />
        <TextField label="发现人" {...form.field('foundBy')} />
      </FieldGrid>
      <TextField label="故障详情" multiline minRows={2} {...form.field('detail')} />
    </FormDialog>
  );
}

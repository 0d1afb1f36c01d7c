import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { updateFaultInput, type Fault } from '../../../../shared/cameras/schemas';
import { downtimeMinutes } from '../../../../shared/watch/availability';
import { durationText } from '../../../../shared/watch/clock';
import { FAULT_SYMPTOMS } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { nowMinute } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { faultSubject, minuteText } from './cameraText';
import { DateTimeField } from '../../components/dates/DateFields';

/**
 * 报修 / 修复 of a fault: to whom and when it was reported, who repaired it,
 * when, and the result. The 停机时长 shown follows the times typed (to now
 * while no repair time is given); the core computes it again on every answer.
 */
export function RepairDialog(props: { fault: Fault; onClose: () => void; onSaved: (f: Fault) => void }) {
  const { fault, onClose, onSaved } = props;
  const form = useForm({
    reportedAt: fault.reportedAt ?? '',
    reportedTo: fault.reportedTo ?? '',
    repairer: fault.repairer ?? '',
    repairedAt: fault.repairedAt ?? '',
    result: fault.result ?? '',
  });
  const { busy, error, run } = useCall();
  const v = form.values;
  const minutes = downtimeMinutes(
    {
      foundAt: fault.foundAt,
      repairedAt: v.repairedAt && v.repairedAt >= fault.foundAt ? v.repairedAt : null,
    },
    nowMinute(),
  );

  const submit = async () => {
    const input = {
      id: fault.id,
      reportedAt: v.reportedAt || undefined,
      reportedTo: v.reportedTo || undefined,
      repairer: v.repairer || undefined,
      repairedAt: v.repairedAt || undefined,
      result: v.result || undefined,
    };
    const errors = zodFieldErrors(updateFaultInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cameras.updateFault(input));
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else form.setErrors(result.error.fields ?? {});
  };

  const field = (name: 'reportedAt' | 'repairedAt', label: string) => (
    <DateTimeField label={label} {...form.field(name)} />
  );

  return (
    <FormDialog
      open
      title={`报修与修复：${faultSubject(fault)} ${FAULT_SYMPTOMS[fault.symptom]}`}
      submitLabel="保存"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        发现时间 {minuteText(fault.foundAt)}，发现人 {fault.foundBy}
        {fault.detail ? `；${fault.detail}` : ''}
      </Typography>
      <FieldGrid>
        {field('reportedAt', '报修时间')}
        <TextField label="报修对象" placeholder="如 维保公司" {...form.field('reportedTo')} />
        <TextField label="维修人" {...form.field('repairer')} />
        {field('repairedAt', '修复时间')}
      </FieldGrid>
      <TextField label="处理结果" multiline minRows={2} {...form.field('result')} />
      <Typography role="status" aria-label="停机时长">
        停机时长：{durationText(minutes)}
        {v.repairedAt ? '' : '（尚未修复，计至现在）'}
      </Typography>
    </FormDialog>
  );
}

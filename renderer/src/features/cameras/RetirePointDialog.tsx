import Typography from '@mui/material/Typography';
import { retirePointInput, type CameraPoint } from '../../../../shared/cameras/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { nowMinute } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { pointText } from './cameraText';
import { DateField } from '../../components/dates/DateFields';

/** 停用点位 on a date: kept for history, offered for no new event or fault. */
export function RetirePointDialog(props: { point: CameraPoint; onClose: () => void; onDone: () => void }) {
  const { point, onClose, onDone } = props;
  const form = useForm({ retiredOn: nowMinute().slice(0, 10) });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: point.id, retiredOn: form.values.retiredOn };
    const errors = zodFieldErrors(retirePointInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cameras.retirePoint(input));
    if (result.ok) {
      onDone();
      onClose();
    } else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`停用点位 ${pointText(point)}`}
      submitLabel="停用"
      danger
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        停用后该点位仍保留在历史记录中，但不能再用于新的值班记录和故障登记。
      </Typography>
      <DateField label="停用日期" required {...form.field('retiredOn')} />
    </FormDialog>
  );
}

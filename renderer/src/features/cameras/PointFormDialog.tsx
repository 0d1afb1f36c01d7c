import TextField from '@mui/material/TextField';
import { savePointInput, type CameraPoint } from '../../../../shared/cameras/schemas';
import { POINT_KINDS } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';

interface PointFormDialogProps {
  /** The point to edit; a new one when absent. */
  existing?: CameraPoint;
  onClose: () => void;
  onSaved: (point: CameraPoint) => void;
}

/** 新增 / 编辑点位 (the director): 编号 unique, 名称, 安装位置, 网格, 类型, 备注. */
export function PointFormDialog({ existing, onClose, onSaved }: PointFormDialogProps) {
  const form = useForm({
    code: existing?.code ?? '',
    name: existing?.name ?? '',
    location: existing?.location ?? '',
    grid: existing?.grid ?? '',
    kind: existing?.kind ?? 'bullet',
    note: existing?.note ?? '',
  });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const v = form.values;
    const input = {
      ...(existing ? { id: existing.id } : {}),
      code: v.code,
      name: v.name,
      location: v.location,
      grid: v.grid || undefined,
      kind: v.kind as CameraPoint['kind'],
      note: v.note || undefined,
    };
    const errors = zodFieldErrors(savePointInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cameras.savePoint(input));
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={existing ? `编辑点位 ${existing.code}` : '新增点位'}
      submitLabel="保存"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <FieldGrid>
        <TextField label="点位编号" required autoFocus placeholder="如 JK-001" {...form.field('code')} />
        <TextField label="点位名称" required placeholder="如 东门" {...form.field('name')} />
        <SelectField label="点位类型" required options={optionsOf(POINT_KINDS)} {...form.field('kind')} />
        <TextField label="所属网格" {...form.field('grid')} />
      </FieldGrid>
      <TextField
        label="安装位置"
        required
        placeholder="如 锦绣花园东门岗亭上方"
        {...form.field('location')}
      />
      <TextField label="备注" multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}

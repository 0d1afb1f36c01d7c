import TextField from '@mui/material/TextField';
import { saveBoxInput, type ArchiveBox } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { DateField } from '../../components/dates/DateFields';

interface BoxFormDialogProps {
  /** The box to edit; a new box when absent. */
  existing?: ArchiveBox;
  onClose: () => void;
  onSaved: (box: ArchiveBox) => void;
}

/** 新建 / 编辑档案盒: its number and cabinet (存放位置), and what its 备考表 says. */
export function BoxFormDialog({ existing, onClose, onSaved }: BoxFormDialogProps) {
  const form = useForm({
    boxNo: existing?.boxNo ?? '',
    cabinet: existing?.cabinet ?? '',
    note: existing?.note ?? '',
    filedBy: existing?.filedBy ?? '',
    checkedBy: existing?.checkedBy ?? '',
    checkedOn: existing?.checkedOn ?? '',
  });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const v = form.values;
    const input = {
      ...(existing ? { id: existing.id } : {}),
      boxNo: v.boxNo,
      cabinet: v.cabinet,
      note: v.note || undefined,
      filedBy: v.filedBy || undefined,
      checkedBy: v.checkedBy || undefined,
      checkedOn: v.checkedOn || undefined,
    };
    const errors = zodFieldErrors(saveBoxInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.saveBox(input));
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={existing ? `编辑档案盒 ${existing.boxNo}` : '新建档案盒'}
      submitLabel="保存"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <FieldGrid>
        <TextField label="盒号" required autoFocus placeholder="如 2026-001" {...form.field('boxNo')} />
        <TextField label="柜号" required placeholder="如 A柜" {...form.field('cabinet')} />
        <TextField label="整理人" {...form.field('filedBy')} />
        <TextField label="检查人" {...form.field('checkedBy')} />
        <DateField label="检查日期" {...form.field('checkedOn')} />
      </FieldGrid>
      <TextField label="盒内文件情况说明" multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}

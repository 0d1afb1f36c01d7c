import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import { recordRefusalInput } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';

interface RefusalDialogProps {
  c: CaseDetail;
  onClose: () => void;
  onDone: (updated: CaseDetail) => void;
}

/** 当事人拒绝调解: recorded on the case; no mediation is opened (人民调解法第十七条). */
export function RefusalDialog({ c, onClose, onDone }: RefusalDialogProps) {
  const form = useForm({ partyName: c.parties.length === 1 ? (c.parties[0]?.name ?? '') : '', note: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = {
      caseId: c.id,
      partyName: form.values.partyName,
      note: form.values.note.trim() || undefined,
    };
    const errors = zodFieldErrors(recordRefusalInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.recordRefusal(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`当事人拒绝调解：${c.code}`}
      submitLabel="记录拒绝调解"
      busy={busy}
      error={error}
      danger
      onClose={onClose}
      onSubmit={submit}
    >
      <Alert severity="info">
        《人民调解法》第十七条：当事人一方明确拒绝调解的，不得调解。记录后不开启调解，可引导当事人通过仲裁、行政、司法等途径解决。
      </Alert>
      <SelectField
        label="拒绝调解的当事人"
        required
        autoFocus
        emptyLabel="请选择"
        options={c.parties.map((p) => ({ value: p.name, label: p.name }))}
        {...form.field('partyName')}
      />
      <TextField
        label="说明"
        multiline
        minRows={2}
        placeholder="当事人的原话或拒绝理由"
        {...form.field('note')}
      />
    </FormDialog>
  );
}

import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { JUDICIAL_RULINGS, type JudicialRuling } from '../../../../shared/mediation/codes';
import { saveJudicialInput, type MediationDetail } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { MediationDone } from './mediationDialogs';
import { DateField } from '../../components/dates/DateFields';

/** 司法确认情况: which court, when applied, its case number, and its ruling once given. */
export function JudicialDialog({
  m,
  onClose,
  onDone,
}: {
  m: MediationDetail;
  onClose: () => void;
  onDone: MediationDone;
}) {
  const j = m.judicial;
  const form = useForm({
    court: j.court ?? '',
    appliedOn: j.appliedOn ?? '',
    caseNumber: j.caseNumber ?? '',
    ruling: j.ruling ?? '',
    ruledOn: j.ruledOn ?? '',
    note: j.note ?? '',
  });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const v = form.values;
    const optional = (text: string) => text.trim() || undefined;
    const input = {
      id: m.id,
      court: v.court,
      appliedOn: optional(v.appliedOn),
      caseNumber: optional(v.caseNumber),
      ruling: optional(v.ruling) as JudicialRuling | undefined,
      ruledOn: optional(v.ruledOn),
      note: optional(v.note),
    };
    const errors = zodFieldErrors(saveJudicialInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.saveJudicial(input));
    if (result.ok) onDone(result.value, '已保存司法确认情况。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="司法确认情况"
      submitLabel="保存"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      {j.deadline && (
        <Typography variant="body2" color="text.secondary">
          申请期限：{j.deadline}
        </Typography>
      )}
      <TextField
        label="受理法院"
        required
        autoFocus
        placeholder="如：某某区人民法院"
        {...form.field('court')}
      />
      <FieldGrid>
        <DateField label="申请日期" {...form.field('appliedOn')} />
        <TextField label="法院案号" {...form.field('caseNumber')} />
        <SelectField
          label="结果"
          emptyLabel="尚无结果"
          options={optionsOf(JUDICIAL_RULINGS)}
          {...form.field('ruling')}
        />
        <DateField label="裁定日期" {...form.field('ruledOn')} />
      </FieldGrid>
      <TextField label="备注" multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}

import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { RETENTION_PERIODS, type RetentionPeriod } from '../../../../shared/mediation/codes';
import { closeMediationInput, type MediationDetail } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { ChoiceField } from '../../components/ChoiceField';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf } from '../../components/SelectField';
import { useJob } from '../../jobs/useJob';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { MediationDone } from './mediationDialogs';

/**
 * 结案归卷: the retention period is a conscious choice (no default), the
 * title is prefilled; the two flags feed the monthly statistics (cases kept
 * from turning criminal and from mass petitions).
 */
export function CloseMediationDialog({
  m,
  onClose,
  onDone,
}: {
  m: MediationDetail;
  onClose: () => void;
  onDone: MediationDone;
}) {
  const form = useForm({ retention: m.dossier.retention ?? '', title: m.dossier.title });
  const [preventedCriminal, setCriminal] = useState(m.preventedCriminal);
  const [preventedPetition, setPetition] = useState(m.preventedPetition);
  const { busy, error, run } = useJob();

  const submit = async () => {
    const input = {
      id: m.id,
      retention: form.values.retention as RetentionPeriod,
      title: form.values.title.trim() || undefined,
      preventedCriminal,
      preventedPetition,
    };
    const errors = zodFieldErrors(closeMediationInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.close(input));
    if (result.ok) onDone(result.value, '已结案，调解卷宗已归入档案目录。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="结案归卷"
      submitLabel="确认结案归卷"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography variant="body2" color="text.secondary">
        结案后不能再记录调解；调解卷宗按卷内目录整理后归入档案目录。
      </Typography>
      <ChoiceField
        label="保管期限"
        value={form.values.retention}
        options={optionsOf(RETENTION_PERIODS)}
        onChange={(value) => {
          form.setValue('retention', value);
          form.setErrors(({ retention: _, ...rest }) => rest);
        }}
        error={form.errors.retention}
        autoFocus
      />
      <TextField label="卷名" {...form.field('title')} />
      <FormGroup>
        <FormControlLabel
          control={<Checkbox checked={preventedCriminal} onChange={(e) => setCriminal(e.target.checked)} />}
          label="防止民转刑"
        />
        <FormControlLabel
          control={<Checkbox checked={preventedPetition} onChange={(e) => setPetition(e.target.checked)} />}
          label="防止群体性上访"
        />
      </FormGroup>
    </FormDialog>
  );
}

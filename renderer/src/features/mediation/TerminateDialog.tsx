import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { formatTableDateTime } from '../../../../shared/dates';
import { terminateInput, type MediationDetail } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { Facts } from '../../components/Facts';
import { FormDialog } from '../../components/FormDialog';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { documentRequest } from './documents';
import type { MediationDone, OpenDialog } from './mediationDialogs';

export const INFORMED_LABEL = '已告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利';

/**
 * 终止调解 (人民调解法第二十六条): when mediation fails it is ended, and the
 * parties must be told of their other routes — the checkbox is that record.
 */
export function TerminateDialog({
  m,
  onClose,
  onDone,
}: {
  m: MediationDetail;
  onClose: () => void;
  onDone: MediationDone;
}) {
  const form = useForm({ reason: '' });
  const [informed, setInformed] = useState(false);
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: m.id, reason: form.values.reason, informed };
    const errors = zodFieldErrors(terminateInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.terminate({ ...input, informed: true }));
    if (result.ok) onDone(result.value, '调解已终止，案件已按「未化解-已引导」办结。可打印终止调解告知书。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="终止调解"
      submitLabel="确认终止调解"
      danger
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography variant="body2" color="text.secondary">
        调解不成的，终止调解，并告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利（人民调解法第二十六条）。
      </Typography>
      <TextField label="终止原因" required multiline minRows={2} autoFocus {...form.field('reason')} />
      <FormControl required error={Boolean(form.errors.informed)}>
        <FormControlLabel
          control={
            <Checkbox
              checked={informed}
              onChange={(e) => {
                setInformed(e.target.checked);
                form.setErrors(({ informed: _, ...rest }) => rest);
              }}
            />
          }
          label={INFORMED_LABEL}
        />
        {form.errors.informed && <FormHelperText>{form.errors.informed}</FormHelperText>}
      </FormControl>
    </FormDialog>
  );
}

/** A terminated mediation: when and why, and the notice handed to the parties. */
export function TerminationSection({ m, onOpen }: { m: MediationDetail; onOpen: OpenDialog }) {
  return (
    <Section title="终止调解">
      <Facts
        facts={[
          { label: '终止时间', value: m.terminatedAt ? formatTableDateTime(m.terminatedAt) : '' },
          { label: '终止原因', value: m.terminationReason, wide: true },
        ]}
      />
      <Button
        variant="outlined"
        startIcon={<PrintOutlined />}
        sx={{ mt: 2 }}
        onClick={() => onOpen({ kind: 'document', request: documentRequest(m.id, 'termination') })}
      >
        打印终止调解告知书
      </Button>
    </Section>
  );
}

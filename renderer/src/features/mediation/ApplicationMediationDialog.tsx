import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { openFromApplicationInput, type MediationDetail } from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { CaseForm } from '../cases/CaseForm';
import { caseErrorsWithin, caseFieldsOf, checkCaseDraft, emptyCaseDraft } from '../cases/caseDraft';
import { ctrlEnter } from '../cases/ctrlEnter';
import { useCaseDraft } from '../cases/useCaseDraft';
import { useCategories, useDeadlinePreset, useStaff } from '../cases/useCaseLookups';
import { MediationFields, useMediationFields } from './MediationFields';

interface ApplicationMediationDialogProps {
  user: SessionUser;
  onClose: () => void;
  onOpened: (mediation: MediationDetail) => void;
}

/**
 * Errors of the mediation part, keyed as MediationFields shows them: the
 * contract's check reports them under `mediation.`, the service (e.g. a
 * future 受理时间) without prefix; `case.` ones belong to the case form.
 */
function mediationErrorsOf(fields: FieldErrors | undefined): FieldErrors {
  const out = caseErrorsWithin(fields, 'mediation.');
  for (const [path, message] of Object.entries(fields ?? {})) {
    if (!path.startsWith('case.') && !path.startsWith('mediation.')) out[path] ??= message;
  }
  return out;
}

/**
 * 直接申请调解: a party applies for mediation without a case on the ledger,
 * so the case is registered and the mediation opened in one step (one
 * transaction: on any error nothing is saved). The case form is the one of
 * 新建案件, preset to 来访 and 转人民调解; Ctrl+Enter submits as there.
 */
export function ApplicationMediationDialog({ user, onClose, onOpened }: ApplicationMediationDialogProps) {
  const categories = useCategories();
  const staff = useStaff();
  const preset = useDeadlinePreset();
  const caseState = useCaseDraft(() =>
    emptyCaseDraft({ handlerId: String(user.id), source: 'visit', route: 'mediation' }),
  );
  const mediation = useMediationFields(user, { source: 'application' });
  const { busy, error, run } = useCall();
  const [invalid, setInvalid] = useState(false);

  const submit = async () => {
    if (busy) return;
    const caseErrors = checkCaseDraft(caseState.draft);
    const mediationInput = mediation.input();
    const mediationErrors = zodFieldErrors(openFromApplicationInput.shape.mediation, mediationInput);
    caseState.setErrors(caseErrors);
    mediation.form.setErrors(mediationErrors);
    const failed = Object.keys(caseErrors).length + Object.keys(mediationErrors).length > 0;
    setInvalid(failed);
    if (failed) return;

    const result = await run(() =>
      api.mediation.openFromApplication({ case: caseFieldsOf(caseState.draft), mediation: mediationInput }),
    );
    if (result.ok) {
      onOpened(result.value);
      return;
    }
    caseState.setErrors(caseErrorsWithin(result.error.fields, 'case.'));
    mediation.form.setErrors(mediationErrorsOf(result.error.fields));
  };

  const loadError = categories.error ?? staff.error ?? preset.error;
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="md"
      scroll="paper"
      aria-labelledby="application-mediation-title"
      onKeyDown={ctrlEnter(() => void submit())}
    >
      <DialogTitle id="application-mediation-title">直接申请调解</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={loadError ?? error} />
        {invalid && !error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            请按标红处的提示补全或更正后再提交。
          </Alert>
        )}
        <CaseForm
          state={caseState}
          categories={categories.data ?? []}
          staff={staff.data ?? []}
          preset={preset.data}
        />
        <Stack spacing={2} sx={{ mt: 3 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            受理调解
          </Typography>
          <MediationFields state={mediation} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          Ctrl+Enter 提交
        </Typography>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          登记并受理调解
        </Button>
      </DialogActions>
    </Dialog>
  );
}

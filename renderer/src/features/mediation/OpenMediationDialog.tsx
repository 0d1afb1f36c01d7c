import type { CaseDetail } from '../../../../shared/cases/schemas';
import {
  openMediationInput,
  type MediationDetail,
  type OpenMediationInput,
} from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { zodFieldErrors } from '../../hooks/useForm';
import { MediationFields, useMediationFields } from './MediationFields';

interface OpenMediationDialogProps {
  c: CaseDetail;
  user: SessionUser;
  onClose: () => void;
  onOpened: (mediation: MediationDetail) => void;
}

/**
 * 受理调解 on an existing case. 人民调解法第十七条 — only with the parties'
 * consent, hence the separate 「当事人拒绝调解」. The case's 诉求 is the usual
 * 申请事项, so it is preset.
 */
export function OpenMediationDialog({ c, user, onClose, onOpened }: OpenMediationDialogProps) {
  const fields = useMediationFields(user, { source: 'application', requests: c.demands ?? '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input: OpenMediationInput = { caseId: c.id, ...fields.input() };
    const errors = zodFieldErrors(openMediationInput, input);
    fields.form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.open(input));
    if (result.ok) onOpened(result.value);
    else fields.form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`受理调解：${c.code}`}
      submitLabel="受理并开始调解"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <MediationFields state={fields} autoFocus />
    </FormDialog>
  );
}

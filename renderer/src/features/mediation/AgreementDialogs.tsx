import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { toLocalDate } from '../../../../shared/dates';
import {
  correctAgreementInput,
  signAgreementInput,
  type Agreement,
} from '../../../../shared/mediation/schemas';
import { JUDICIAL_WINDOW_DAYS } from '../../../../shared/mediation/rules';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { MediationDone } from './mediationDialogs';
import { DateField } from '../../components/dates/DateFields';

interface AgreementDialogProps {
  agreement: Agreement;
  onClose: () => void;
  onDone: MediationDone;
}

/**
 * 标记已签署 (人民调解法第二十九条): the parties have signed, sealed or
 * fingerprinted, the mediator has signed and the seal is applied. The text is
 * frozen from then on, and the 30-day window of Art. 33 starts.
 */
export function SignAgreementDialog({ agreement: a, onClose, onDone }: AgreementDialogProps) {
  const form = useForm({ signedOn: toLocalDate(new Date()) });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { agreementId: a.id, signedOn: form.values.signedOn };
    const errors = zodFieldErrors(signAgreementInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.signAgreement(input));
    if (result.ok)
      onDone(result.value, `协议已签署生效。${JUDICIAL_WINDOW_DAYS} 日内当事人可共同申请司法确认。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="标记协议已签署"
      submitLabel="确认已签署"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Alert severity="warning">
        请确认各方当事人已签名、盖章或按指印，人民调解员已签名，并已加盖人民调解委员会印章。标记后协议文本即被冻结（保存文本及其
        防篡改校验码），不能再修改，如需更正只能生成新版本。
      </Alert>
      <Alert severity="info">
        自生效之日起 {JUDICIAL_WINDOW_DAYS}{' '}
        日内，双方当事人可以共同向人民法院申请司法确认（人民调解法第三十三条）。
      </Alert>
      <DateField label="生效日期" required autoFocus {...form.field('signedOn')} />
    </FormDialog>
  );
}

/** 更正: a signed agreement is never edited; a new version supersedes it once signed, and both stay on record. */
export function CorrectAgreementDialog({ agreement: a, onClose, onDone }: AgreementDialogProps) {
  const form = useForm({ reason: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { agreementId: a.id, reason: form.values.reason };
    const errors = zodFieldErrors(correctAgreementInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.correctAgreement(input));
    if (result.ok) onDone(result.value, '已生成协议的新版本：修改后重新打印，各方签署后再标记已签署。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`更正调解协议${a.number ? ` ${a.number}` : ''}`}
      submitLabel="生成新版本"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Alert severity="info">
        已签署的第{a.version}版保持不变并继续留存；新版本签署后，第{a.version}版标记为「已被更正版本取代」。
      </Alert>
      <TextField label="更正原因" required multiline minRows={2} autoFocus {...form.field('reason')} />
    </FormDialog>
  );
}

import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import type { Account } from '../../../../shared/accounts/schemas';

interface DisableAccountDialogProps {
  account: Account;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Accounts are never deleted: their name stays on every record and in the audit trail. */
export function DisableAccountDialog({ account, onClose, onDone }: DisableAccountDialogProps) {
  const { busy, error, run } = useCall();

  const submit = async () => {
    const result = await run(() => api.accounts.disable({ id: account.id }));
    if (result.ok) onDone(`已停用账户「${result.value.displayName}」。`);
  };

  return (
    <FormDialog
      open
      title="停用账户"
      submitLabel="确认停用"
      danger
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        停用后，「{account.displayName}」（{account.username}）将不能再登录，其经手的记录和操作日志都会保留。
        需要时可通过「重置密码」重新启用。
      </Typography>
    </FormDialog>
  );
}

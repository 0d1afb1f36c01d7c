import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { Section } from '../../components/Section';
import { useJobs } from '../../jobs/JobsContext';
import type { RekeyOutput } from '../../../../shared/maintenance/schemas';
import { useSession } from '../session/useSession';
import { PasswordConfirmDialog } from './PasswordConfirmDialog';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/**
 * Re-encrypts the archive under a new master key, e.g. after a password or
 * the recovery sheet may have leaked. Only the director's own password can be
 * re-wrapped (it is the one entered), so every other account needs a reset.
 */
export function RekeySection() {
  const { setStatus } = useSession();
  const jobs = useJobs();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<RekeyOutput>();

  return (
    <Section
      title="更换档案主密钥"
      description="怀疑密码或恢复密钥已泄露时使用：用新的主密钥重新加密整个档案库。"
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        更换前系统会先自动备份。更换后，旧的恢复密钥失效，除主任本人外的所有账户都必须由主任在「账户管理」中重置密码后才能登录。
      </Alert>
      <Button variant="outlined" color="error" onClick={() => setAsking(true)}>
        更换档案主密钥
      </Button>
      {asking && (
        <PasswordConfirmDialog
          title="更换档案主密钥"
          submitLabel="确认更换"
          danger
          acknowledge="我已了解：其他账户的密码需要由主任逐一重置"
          // A job: progress and 取消 in the tray; a wrong password is refused before it starts.
          call={(currentPassword) => jobs.run(() => api.maintenance.rekey({ currentPassword }))}
          onClose={() => setAsking(false)}
          onDone={(value) => {
            setAsking(false);
            setOutcome(value);
          }}
        >
          <Typography>
            档案库将用新的主密钥重新加密，可能需要一些时间：期间显示进度，可以取消，其他操作需等它完成，请勿关闭程序。完成后会显示新的恢复密钥，请立即打印或抄写。
          </Typography>
        </PasswordConfirmDialog>
      )}
      {outcome && (
        <RecoveryKeyDialog
          title="主密钥已更换：新的恢复密钥"
          recoveryKey={outcome.recoveryKey}
          notice={
            <Alert severity={outcome.accountsToReset > 0 ? 'warning' : 'success'}>
              {outcome.accountsToReset > 0
                ? `有 ${outcome.accountsToReset} 个账户需要重置密码，请到「账户管理」逐一重置后告知本人。`
                : '没有其他账户需要重置密码。'}
            </Alert>
          }
          onConfirmed={(status) => {
            setOutcome(undefined);
            setStatus(status);
          }}
        />
      )}
    </Section>
  );
}

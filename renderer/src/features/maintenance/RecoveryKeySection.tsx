import { useState } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import { api } from '../../api';
import { Section } from '../../components/Section';
import { useSession } from '../session/useSession';
import { PasswordConfirmDialog } from './PasswordConfirmDialog';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/** A new recovery key when the old sheet is lost or was never confirmed; the old key stops working. */
export function RecoveryKeySection() {
  const { setStatus } = useSession();
  const [asking, setAsking] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');

  return (
    <Section
      title="恢复密钥"
      description="恢复密钥在所有密码都遗忘时用于打开档案库。打印件遗失或未确认保管时，请重新生成；旧的恢复密钥随即失效。"
    >
      <Button variant="outlined" startIcon={<KeyOutlined />} onClick={() => setAsking(true)}>
        重新生成恢复密钥
      </Button>
      {asking && (
        <PasswordConfirmDialog
          title="重新生成恢复密钥"
          submitLabel="生成新密钥"
          call={(currentPassword) => api.maintenance.regenerateRecoveryKey({ currentPassword })}
          onClose={() => setAsking(false)}
          onDone={(value) => {
            setAsking(false);
            setRecoveryKey(value.recoveryKey);
          }}
        >
          <Typography>
            生成后，旧的恢复密钥（包括已打印的）将不能再打开档案库。请输入您的当前密码确认。
          </Typography>
        </PasswordConfirmDialog>
      )}
      {recoveryKey && (
        <RecoveryKeyDialog
          title="新的恢复密钥"
          recoveryKey={recoveryKey}
          onConfirmed={(status) => {
            setRecoveryKey('');
            setStatus(status);
          }}
        />
      )}
    </Section>
  );
}

import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import type { AuditVerification } from '../../../../shared/audit/schemas';

/** Recomputes the hash chain on the server: any edited or deleted record breaks it. */
export function AuditVerifyButton() {
  const { busy, error, run } = useCall();
  const [verification, setVerification] = useState<AuditVerification>();

  const verify = async () => {
    setVerification(undefined);
    const result = await run(() => api.audit.verify({}));
    if (result.ok) setVerification(result.value);
  };

  return (
    <>
      <Button variant="outlined" startIcon={<VerifiedUserOutlined />} onClick={verify} disabled={busy}>
        校验日志完整性
      </Button>
      <ErrorAlert error={error} />
      {verification && (
        <Alert severity={verification.ok ? 'success' : 'error'} sx={{ mt: 2 }}>
          {verification.ok
            ? `操作日志完整，未被改动（已校验 ${verification.checked} 条记录）。`
            : `操作日志校验未通过：${verification.problem ?? '记录链断裂'}`}
        </Alert>
      )}
    </>
  );
}

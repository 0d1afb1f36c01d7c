import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { CenteredCard } from '../../components/CenteredCard';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import { initialiseInput } from '../../../../shared/setup/schemas';
import { useSession } from '../session/useSession';
import { CentreStep } from './CentreStep';
import { DirectorStep } from './DirectorStep';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { CENTRE_PATHS, SETUP_FIELDS } from './setupForm';

const STEPS = ['中心信息', '主任账户', '恢复密钥'];

const centreSchema = initialiseInput.pick({
  centreName: true,
  committeeName: true,
  committeeShortName: true,
});

/**
 * First run: create the archive. The recovery key comes back from
 * `setup.initialise` and is shown once; the app opens only after the director
 * confirms it is kept. After an interrupted set-up (a power cut) it says that
 * nothing usable was left and that creating the archive clears the leftovers.
 */
export function SetupWizard({ unfinishedSetup }: { unfinishedSetup: boolean }) {
  const { setStatus, refresh } = useSession();
  const form = useForm(SETUP_FIELDS);
  const { busy, error, run } = useCall();
  const [step, setStep] = useState(0);
  const [recoveryKey, setRecoveryKey] = useState('');

  const v = form.values;
  const centre = {
    centreName: v.centreName,
    committeeName: v.committeeName,
    committeeShortName: v.committeeShortName,
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const errors = zodFieldErrors(centreSchema, centre);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) setStep(1);
  };

  const initialise = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...centre,
      director: { username: v.username, displayName: v.displayName, password: v.password },
    };
    const errors = zodFieldErrors(initialiseInput, input);
    if (!errors['director.password'] && v.password !== v.confirmPassword)
      errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.setup.initialise(input));
    if (result.ok) {
      setRecoveryKey(result.value.recoveryKey);
      setStep(2);
      return;
    }
    const fields = result.error.fields ?? {};
    form.setErrors(fields);
    if (Object.keys(fields).some((path) => CENTRE_PATHS.includes(path))) setStep(0);
  };

  return (
    <CenteredCard title="初始化档案库" width={680}>
      <Stepper activeStep={step} sx={{ mb: 3 }}>
        {STEPS.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {step === 2 ? (
        <RecoveryKeyPanel recoveryKey={recoveryKey} onConfirmed={setStatus} />
      ) : (
        <form onSubmit={step === 0 ? next : initialise} noValidate>
          <Stack spacing={2}>
            {unfinishedSetup && (
              <Alert severity="warning">
                上次初始化没有完成（可能因断电或程序被强行关闭而中断），没有留下可用的档案库。请重新初始化：残留文件会在创建时自动清除，文件夹中的备份等其他内容不受影响。
              </Alert>
            )}
            <Typography variant="body2" color="text.secondary">
              {step === 0
                ? '这些名称会出现在打印的文书上，以后可在「系统设置」中修改。'
                : '主任账户用于管理其他账户、系统设置和备份。密码至少 6 位，请牢记。'}
            </Typography>
            {error && (
              <Alert
                severity="error"
                action={
                  error.code === 'ALREADY_INITIALISED' ? (
                    <Button color="inherit" size="small" onClick={() => void refresh()}>
                      前往登录
                    </Button>
                  ) : undefined
                }
              >
                {error.message}
              </Alert>
            )}
            {step === 0 ? <CentreStep form={form} /> : <DirectorStep form={form} />}
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              {step === 1 && (
                <Button onClick={() => setStep(0)} disabled={busy}>
                  上一步
                </Button>
              )}
              <Button type="submit" variant="contained" disabled={busy}>
                {step === 0 ? '下一步' : '创建档案库'}
              </Button>
            </Stack>
          </Stack>
        </form>
      )}
    </CenteredCard>
  );
}

import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { api } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { updateSettingsInput, type Settings } from '../../../../shared/settings/schemas';
import { SelectField } from '../../components/SelectField';
import { agreementNumber, DEFAULT_AGREEMENT_NUMBER_TEMPLATE } from '../../../../shared/mediation/rules';
import { useSession } from '../session/useSession';

/** Dates on printed documents (设置: 文书日期格式). */
const DATE_STYLES = [
  { value: 'words', label: '二〇二六年十一月二十四日' },
  { value: 'digits', label: '2026年11月24日' },
];

/** Centre names, document formats, idle-lock minutes and backups kept; saved together in one call. */
export function CentreSettingsForm({ settings }: { settings: Settings }) {
  const { refresh } = useSession();
  const form = useForm({
    centreName: settings.centreName,
    committeeName: settings.committeeName,
    committeeShortName: settings.committeeShortName,
    idleLockMinutes: String(settings.idleLockMinutes),
    backupKeep: String(settings.backupKeep),
    agreementNumberTemplate: settings.agreementNumberTemplate,
    documentDateStyle: settings.documentDateStyle,
  });
  const { busy, error, run } = useCall();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const v = form.values;
    // An empty number field must fail as "required", not pass as 0 → "at least 1".
    const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    const input = {
      centreName: v.centreName,
      committeeName: v.committeeName,
      committeeShortName: v.committeeShortName,
      idleLockMinutes: toNumber(v.idleLockMinutes),
      backupKeep: toNumber(v.backupKeep),
      agreementNumberTemplate: v.agreementNumberTemplate,
      documentDateStyle: v.documentDateStyle === 'digits' ? ('digits' as const) : ('words' as const),
    };
    const errors = zodFieldErrors(updateSettingsInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.settings.update(input));
    if (result.ok) {
      setSaved(true);
      // The top bar's centre name and the idle-lock timer come from the session status.
      await refresh();
    } else {
      form.setErrors(result.error.fields ?? {});
    }
  };

  const numberInput = { htmlInput: { min: 1, step: 1 } };
  const numberExample = agreementNumber(
    form.values.agreementNumberTemplate,
    new Date().getFullYear(),
    form.values.committeeShortName,
    12,
  );
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 560 }}>
      <Stack spacing={2}>
        {saved && <Alert severity="success">设置已保存。</Alert>}
        {error && <Alert severity="error">{error.message}</Alert>}
        <TextField label="综治中心名称" autoFocus {...form.field('centreName')} />
        <TextField label="人民调解委员会名称" {...form.field('committeeName')} />
        <TextField label="调委会简称" {...form.field('committeeShortName')} />
        <TextField
          label="调解协议编号格式"
          {...form.field('agreementNumberTemplate')}
          helperText={
            form.errors.agreementNumberTemplate ??
            `{年} 为年份，{简称} 为调委会简称，{序号} 为当年协议序号（三位，必须包含）。默认：${DEFAULT_AGREEMENT_NUMBER_TEMPLATE}。示例：${numberExample}`
          }
        />
        <SelectField label="文书日期格式" options={DATE_STYLES} {...form.field('documentDateStyle')} />
        <Stack direction="row" spacing={2}>
          <TextField
            label="自动锁定（分钟）"
            type="number"
            slotProps={numberInput}
            {...form.field('idleLockMinutes')}
          />
          <TextField
            label="备份保留份数"
            type="number"
            slotProps={numberInput}
            {...form.field('backupKeep')}
          />
        </Stack>
        <Box>
          <Button type="submit" variant="contained" disabled={busy}>
            保存设置
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

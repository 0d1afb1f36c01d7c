import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  DEFAULT_CODE_PATTERN,
  formatArchiveCode,
  patternProblem,
  scanCode,
} from '../../../../shared/archive/codes';
import { archiveSettingsInput, type ArchiveSettings } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';

// An empty number field must fail as "required", not pass as 0.
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The 档号 a pattern gives, shown while the director types it (or why it cannot number). */
function codeExample(pattern: string, fonds: string): string {
  const problem = patternProblem(pattern);
  if (problem) return problem;
  const code = formatArchiveCode(pattern, {
    fonds: fonds.trim().toUpperCase() || 'J001',
    category: 'HY',
    year: new Date().getFullYear(),
    retention: 'D10',
    serial: 1,
  });
  return `示例：${code}（标签条码中为 ${scanCode(code)}）`;
}

function ArchiveSettingsForm({ settings }: { settings: ArchiveSettings }) {
  const form = useForm({
    fonds: settings.fonds,
    fondsName: settings.fondsName,
    codePattern: settings.codePattern,
    loanDays: String(settings.loanDays),
    importantLoanDays: String(settings.importantLoanDays),
    renewals: String(settings.renewals),
    warnDays: String(settings.warnDays),
  });
  const { busy, error, run } = useCall();
  const [saved, setSaved] = useState(false);
  const v = form.values;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      fonds: v.fonds,
      fondsName: v.fondsName || undefined,
      codePattern: v.codePattern,
      loanDays: toNumber(v.loanDays),
      importantLoanDays: toNumber(v.importantLoanDays),
      renewals: toNumber(v.renewals),
      warnDays: toNumber(v.warnDays),
    };
    const errors = zodFieldErrors(archiveSettingsInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.saveSettings(input));
    if (result.ok) setSaved(true);
    else form.setErrors(result.error.fields ?? {});
  };

  const number = { type: 'number', slotProps: { htmlInput: { min: 0, step: 1 } } } as const;
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 720 }}>
      <Stack spacing={2}>
        {saved && <Alert severity="success">档案设置已保存。</Alert>}
        <ErrorAlert error={error} />
        <FieldGrid>
          <TextField label="全宗号" required {...form.field('fonds')} />
          <TextField
            label="全宗名称"
            sx={{ gridColumn: 'span 2' }}
            {...form.field('fondsName')}
            helperText={form.errors.fondsName ?? '打印在归档文件目录封面上；留空则用综治中心名称'}
          />
        </FieldGrid>
        <TextField
          label="档号格式"
          required
          {...form.field('codePattern')}
          helperText={
            form.errors.codePattern ??
            `{全宗号} 全宗号，{门类} 门类代码，{年度} 四位年度，{期限} 保管期限代码（Y 永久、D30 定期30年、D10 定期10年），{件号} 四位件号；门类、年度、期限、件号必须包含，各部分之间用 - · . _ / 分隔。默认：${DEFAULT_CODE_PATTERN}。修改只影响此后归档的档案。`
          }
        />
        <Typography data-testid="code-example" color="text.secondary">
          {codeExample(v.codePattern, v.fonds)}
        </Typography>
        <FieldGrid>
          <TextField label="借出期限（天）" {...number} {...form.field('loanDays')} />
          <TextField label="重要/涉密档案借出期限（天）" {...number} {...form.field('importantLoanDays')} />
          <TextField label="可续借次数" {...number} {...form.field('renewals')} />
          <TextField label="到期前提醒（天）" {...number} {...form.field('warnDays')} />
        </FieldGrid>
        <Box>
          <Button type="submit" variant="contained" disabled={busy}>
            保存档案设置
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

/** 档案设置: the fonds, how 档号 are written, and the borrowing periods (the director's). */
export function ArchiveSettingsSection() {
  const settings = useLoad(useCallback(() => api.archive.settings({}), []));
  return (
    <Section title="档案设置">
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <ArchiveSettingsForm settings={settings.data} />
      ) : (
        settings.loading && <Typography color="text.secondary">正在读取…</Typography>
      )}
    </Section>
  );
}

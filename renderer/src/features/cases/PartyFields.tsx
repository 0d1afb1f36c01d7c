import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SEXES } from '../../../../shared/cases/codes';
import { isValidPhone, parseIdNumber } from '../../../../shared/privacy/identity';
import { optionsOf, SelectField } from '../../components/SelectField';
import { FieldGrid } from '../../components/FieldGrid';
import type { FieldErrors } from '../../hooks/useForm';
import type { PartyDraft } from './caseDraft';
import { halfWidth } from '../../../../shared/halfWidth';
import { usePrintableWarning } from '../fonts/usePrintableWarning';
import { DateField } from '../../components/dates/DateFields';

interface PartyFieldsProps {
  index: number;
  party: PartyDraft;
  errors: FieldErrors;
  canRemove: boolean;
  onChange: (patch: Partial<PartyDraft>) => void;
  onError: (path: string, message: string) => void;
  onRemove: () => void;
}

const wide = { gridColumn: 'span 2' };
const PHONE_HINT = '联系电话格式不正确（手机 11 位，座机请带区号）';

/**
 * One party: a person (with the ID card's checksum checked as soon as the
 * field is left, and sex and birth date taken from it) or an organisation
 * with its representative (domain.md, Module 1 and 人民调解法第29条).
 */
export function PartyFields({
  index,
  party,
  errors,
  canRemove,
  onChange,
  onError,
  onRemove,
}: PartyFieldsProps) {
  const title = `当事人 ${index + 1}`;
  const path = (key: keyof PartyDraft) => `parties.${index}.${key}`;
  const field = (key: keyof PartyDraft) => ({
    value: party[key] as string,
    onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }),
    error: Boolean(errors[path(key)]),
    helperText: errors[path(key)],
    size: 'small' as const,
  });

  // A name no configured font can print is flagged here, not first at the agreement's print (issue 13, item 6).
  const nameWarning = usePrintableWarning(party.name);
  const representativeWarning = usePrintableWarning(
    party.kind === 'organisation' ? party.representative : '',
  );
  const warned = (key: 'name' | 'representative', warning: string) =>
    !errors[path(key)] && warning
      ? { helperText: warning, slotProps: { formHelperText: { sx: { color: 'warning.dark' } } } }
      : {};

  const checkId = () => {
    // Typed in full-width mode (１１０１…Ｘ), shown as it is stored (issue 13, item 8).
    const raw = halfWidth(party.idNumber).trim();
    if (!raw) return;
    const parsed = parseIdNumber(raw);
    if (!parsed.ok) return onError(path('idNumber'), parsed.message);
    onChange({ idNumber: raw.toUpperCase(), sex: parsed.value.sex, birthDate: parsed.value.birthDate });
  };
  const checkPhone = () => {
    if (!party.phone.trim()) return;
    if (!isValidPhone(party.phone)) return onError(path('phone'), PHONE_HINT);
    if (halfWidth(party.phone) !== party.phone) onChange({ phone: halfWidth(party.phone) });
  };

  return (
    <Paper component="fieldset" aria-label={title} sx={{ m: 0, p: 2, minWidth: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography component="span" variant="subtitle2">
          {title}
        </Typography>
        <RadioGroup
          row
          aria-label={`${title}类型`}
          value={party.kind}
          onChange={(e) => onChange({ kind: e.target.value as PartyDraft['kind'] })}
        >
          <FormControlLabel value="person" control={<Radio size="small" />} label="个人" />
          <FormControlLabel value="organisation" control={<Radio size="small" />} label="单位" />
        </RadioGroup>
        <Box sx={{ flexGrow: 1 }} />
        {canRemove && (
          <Button size="small" color="error" onClick={onRemove}>
            删除{title}
          </Button>
        )}
      </Stack>
      {party.kind === 'person' ? (
        <FieldGrid>
          <TextField label="姓名" required {...field('name')} {...warned('name', nameWarning)} />
          <SelectField label="性别" emptyLabel="未填" options={optionsOf(SEXES)} {...field('sex')} />
          <TextField label="民族" {...field('ethnicity')} />
          <DateField label="出生日期" {...field('birthDate')} />
          <TextField
            label="年龄"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...field('age')}
            helperText={errors[path('age')] ?? '无出生日期时填写'}
          />
          <TextField
            label="身份证号"
            sx={wide}
            {...field('idNumber')}
            onBlur={checkId}
            helperText={errors[path('idNumber')] ?? '填写后自动核对校验位，并带出性别和出生日期'}
            slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off', spellCheck: false } }}
          />
          <TextField label="联系电话" {...field('phone')} onBlur={checkPhone} />
          <TextField label="职业或职务" {...field('occupation')} />
          <TextField label="单位或住址" sx={wide} {...field('address')} />
          <TextField label="网格" {...field('grid')} />
        </FieldGrid>
      ) : (
        <FieldGrid>
          <TextField
            label="单位名称"
            required
            sx={wide}
            {...field('name')}
            {...warned('name', nameWarning)}
          />
          <TextField
            label="法定代表人或负责人"
            required
            {...field('representative')}
            {...warned('representative', representativeWarning)}
          />
          <TextField label="职务" {...field('representativeTitle')} />
          <TextField label="联系电话" {...field('phone')} onBlur={checkPhone} />
          <TextField label="单位地址" sx={wide} {...field('address')} />
        </FieldGrid>
      )}
    </Paper>
  );
}

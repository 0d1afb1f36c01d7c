import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import DomainAddOutlined from '@mui/icons-material/DomainAddOutlined';
import {
  CASE_SOURCES,
  DIFFICULTIES,
  MAJOR_REASONS,
  RISK_LEVELS,
  ROUTES,
  type Difficulty,
  type MajorReason,
} from '../../../../shared/cases/codes';
import type { DeadlinePreset } from '../../../../shared/cases/deadline';
import type { Category, StaffOption } from '../../../../shared/cases/schemas';
import { optionsOf, SelectField } from '../../components/SelectField';
import type { CaseDraft } from './caseDraft';
import { FieldGrid } from '../../components/FieldGrid';
import { PartyFields } from './PartyFields';
import type { CaseDraftState } from './useCaseDraft';
import { DateTimeField } from '../../components/dates/DateFields';

interface CaseFormProps {
  state: CaseDraftState;
  categories: Category[];
  staff: StaffOption[];
  preset: DeadlinePreset | undefined;
}

/** What a difficulty promises (seed 001, 服务承诺), in the director's current preset. */
export function promiseOf(difficulty: Difficulty, preset: DeadlinePreset | undefined): string {
  if (!preset) return '';
  const days = preset[difficulty];
  return days === 0 ? '当日办理，立即上报' : `${days} 个工作日内办结`;
}

const span2 = { gridColumn: 'span 2' };

/**
 * Every field of a case (createCaseInput), for a new case, a case registered
 * from the first-contact log, and 编辑. Errors arrive keyed by the contract's
 * paths, from the local check and from the server alike.
 */
export function CaseForm({ state, categories, staff, preset }: CaseFormProps) {
  const { draft, errors, set, setParty, addParty, removeParty, setErrors } = state;

  const text = (key: keyof CaseDraft) => ({
    value: draft[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as CaseDraft[typeof key]),
    error: Boolean(errors[key]),
    helperText: errors[key],
    size: 'small' as const,
  });

  // A retired category stays choosable only for the case that already has it.
  const categoryOptions = categories
    .filter((c) => c.active || String(c.id) === draft.categoryId)
    .map((c) => ({ value: String(c.id), label: c.active ? c.label : `${c.label}（已停用）` }));
  const staffOptions = staff.map((s) => ({ value: String(s.id), label: s.displayName }));

  const toggleReason = (reason: MajorReason, on: boolean) =>
    set(
      'majorReasons',
      on ? [...draft.majorReasons, reason] : draft.majorReasons.filter((r) => r !== reason),
    );
  const major = draft.majorReasons.length > 0;

  return (
    <Stack spacing={2.5}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        案件信息
      </Typography>
      <FieldGrid>
        <SelectField
          label="来源"
          required
          emptyLabel="请选择"
          options={optionsOf(CASE_SOURCES)}
          {...text('source')}
        />
        <SelectField label="承办人" emptyLabel="未指定" options={staffOptions} {...text('handlerId')} />
        <SelectField
          label="纠纷类型"
          required
          emptyLabel="请选择"
          options={categoryOptions}
          {...text('categoryId')}
        />
        <DateTimeField label="发生时间" {...text('occurredAt')} />
        <TextField label="发生地点" sx={span2} {...text('place')} />
        <TextField
          label="涉及人数"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          {...text('peopleCount')}
        />
        <TextField
          label="涉及金额（元）"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          {...text('amount')}
        />
      </FieldGrid>
      <TextField label="简要情况" required multiline minRows={3} {...text('summary')} />
      <TextField label="诉求" multiline minRows={2} {...text('demands')} />

      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        风险与处理
      </Typography>
      <FieldGrid>
        <SelectField label="风险等级" required options={optionsOf(RISK_LEVELS)} {...text('risk')} />
        <SelectField
          label="难易程度"
          required
          options={optionsOf(DIFFICULTIES)}
          {...text('difficulty')}
          helperText={errors.difficulty ?? (draft.difficulty && promiseOf(draft.difficulty, preset))}
        />
        <SelectField label="处理方式" emptyLabel="未定" options={optionsOf(ROUTES)} {...text('route')} />
      </FieldGrid>
      <FormControl component="fieldset" error={Boolean(errors.majorReasons)}>
        <FormLabel component="legend">重大纠纷情形（勾选任一项即为重大纠纷）</FormLabel>
        <FormGroup row>
          {(Object.entries(MAJOR_REASONS) as [MajorReason, string][]).map(([reason, label]) => (
            <FormControlLabel
              key={reason}
              label={label}
              control={
                <Checkbox
                  size="small"
                  checked={draft.majorReasons.includes(reason)}
                  onChange={(e) => toggleReason(reason, e.target.checked)}
                />
              }
            />
          ))}
        </FormGroup>
        {errors.majorReasons && <FormHelperText>{errors.majorReasons}</FormHelperText>}
      </FormControl>
      {major && (
        <Alert severity="warning">
          重大矛盾纠纷须立即上报：保存后在案件页点「上报」，登记上报时间和上报对象；办结前在台账中一直突出显示。
        </Alert>
      )}
      <TextField label="备注" multiline minRows={1} {...text('notes')} />

      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        当事人
      </Typography>
      {errors.parties && <Alert severity="error">{errors.parties}</Alert>}
      {draft.parties.map((party, index) => (
        <PartyFields
          key={party.key}
          index={index}
          party={party}
          errors={errors}
          canRemove={draft.parties.length > 1}
          onChange={(patch) => setParty(index, patch)}
          onError={(path, message) => setErrors((e) => ({ ...e, [path]: message }))}
          onRemove={() => removeParty(index)}
        />
      ))}
      <Stack direction="row" spacing={1}>
        <Button startIcon={<PersonAddOutlined />} onClick={() => addParty('person')}>
          添加个人当事人
        </Button>
        <Button startIcon={<DomainAddOutlined />} onClick={() => addParty('organisation')}>
          添加单位当事人
        </Button>
      </Stack>
    </Stack>
  );
}

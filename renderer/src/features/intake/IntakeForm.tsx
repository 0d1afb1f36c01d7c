import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { INTAKE_CHANNELS, INTAKE_OUTCOMES } from '../../../../shared/cases/codes';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import { createIntakeInput, type Intake } from '../../../../shared/intake/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { isValidPhone } from '../../../../shared/privacy/identity';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useFocusInvalid } from '../../hooks/useFocusInvalid';
import { useForm, zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { CaseForm } from '../cases/CaseForm';
import {
  caseDraftOfKept,
  caseErrorsWithin,
  checkCaseDraft,
  emptyCaseDraft,
  keptCaseDraft,
  type KeptCaseDraft,
} from '../cases/caseDraft';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraft } from '../../hooks/useDraft';
import { ChoiceField } from '../../components/ChoiceField';
import { FieldGrid } from '../../components/FieldGrid';
import { useCaseDraft } from '../cases/useCaseDraft';
import { useCategories, useDeadlinePreset, useStaff } from '../cases/useCaseLookups';
import { ctrlEnter } from '../cases/ctrlEnter';
import { carriedOf, carryInto, EMPTY_INTAKE, intakeInputOf, type IntakeValues } from './intakeDraft';

/** The intake form as its draft keeps it. */
interface KeptIntake {
  intake: IntakeValues;
  case: KeptCaseDraft;
}

interface IntakeFormProps {
  user: SessionUser;
  onSaved: (intake: Intake, registered: CaseDetail | undefined) => void;
}

/**
 * 首问登记 (seed 001, 首问责任制度), keyboard first: it opens on 来访/来电,
 * Tab walks the fields in reading order, Enter never saves a half-filled
 * entry, Ctrl+Enter (or 保存登记) does. The signed-in user is the
 * first-contact person. Remounted (keyed) after each save, so it starts clean.
 * What is typed is kept as the user's draft until it is saved (useDraft).
 */
export function IntakeForm({ user, onSaved }: IntakeFormProps) {
  const [start] = useState(() => ({
    intake: EMPTY_INTAKE,
    case: emptyCaseDraft({ handlerId: String(user.id), source: 'visit' }),
  }));
  const form = useForm<keyof IntakeValues>(start.intake);
  const caseState = useCaseDraft(() => start.case);
  const initial = useMemo<KeptIntake>(
    () => ({ intake: start.intake, case: keptCaseDraft(start.case) }),
    [start],
  );
  const draft = useDraft<KeptIntake>(
    'intake',
    { intake: form.values, case: keptCaseDraft(caseState.draft) },
    {
      initial,
      restore: (kept) => {
        form.setValues({ ...EMPTY_INTAKE, ...kept.intake });
        caseState.setDraft(caseDraftOfKept(kept.case));
        form.setErrors({});
        caseState.setErrors({});
      },
    },
  );
  const categories = useCategories();
  const staff = useStaff();
  const preset = useDeadlinePreset();
  const { busy, error, run } = useCall();
  const [invalid, setInvalid] = useState(false);
  const { ref, focusInvalid } = useFocusInvalid<HTMLElement>();
  const v = form.values;

  const change = (name: keyof IntakeValues, value: string) => {
    form.setValue(name, value);
    form.setErrors((e) => ({ ...e, [name]: '' }));
    // The values before this keystroke tell a carried case field from one the user edited.
    const before = carriedOf(v);
    const now = carriedOf({ ...v, [name]: value });
    caseState.setDraft((d) => carryInto(d, before, now));
  };
  const field = (name: keyof IntakeValues) => ({
    ...form.field(name),
    onChange: (e: { target: { value: string } }) => change(name, e.target.value),
  });

  const submit = async () => {
    if (busy) return;
    const input = intakeInputOf(v, caseState.draft);
    const errors: FieldErrors = zodFieldErrors(createIntakeInput, input);
    if (v.outcome === 'referred' && !v.referredToId) errors.referredToId = '请选择转交给谁';
    const caseErrors = v.outcome === 'case' ? checkCaseDraft(caseState.draft) : {};
    const own = Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith('case.')));
    form.setErrors(own);
    caseState.setErrors(caseErrors);
    const failed = Object.keys(own).length + Object.keys(caseErrors).length > 0;
    setInvalid(failed);
    if (failed) return focusInvalid();

    const result = await run(() => api.intake.create(input));
    if (!result.ok) {
      form.setErrors(result.error.fields ?? {});
      caseState.setErrors(caseErrorsWithin(result.error.fields, 'case.'));
      focusInvalid();
      return;
    }
    // The deadline is computed on the server from the working-day calendar; show it at once.
    await draft.committed();
    const caseId = result.value.caseId;
    const registered = caseId ? await api.cases.get({ id: caseId }) : undefined;
    onSaved(result.value, registered?.ok ? registered.value : undefined);
  };

  return (
    <Paper
      ref={ref}
      component="section"
      aria-label="新登记"
      sx={{ p: 3, mb: 3 }}
      onKeyDown={ctrlEnter(() => void submit())}
    >
      <DraftNotice draft={draft} />
      <Stack spacing={2.5}>
        <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <ChoiceField
            label="方式"
            value={v.channel}
            options={optionsOf(INTAKE_CHANNELS)}
            onChange={(value) => change('channel', value)}
            autoFocus
          />
          <Box sx={{ flexGrow: 1 }} />
          <TextField
            label="首问责任人"
            value={user.displayName}
            size="small"
            sx={{ width: 180 }}
            slotProps={{ htmlInput: { readOnly: true, tabIndex: -1 } }}
            helperText="当前登录人"
          />
        </Stack>
        <FieldGrid>
          <TextField label="姓名" required size="small" {...field('personName')} />
          <TextField
            label="联系电话"
            size="small"
            {...field('phone')}
            onBlur={() => {
              if (v.phone.trim() && !isValidPhone(v.phone))
                form.setErrors((e) => ({ ...e, phone: '联系电话格式不正确（手机 11 位，座机请带区号）' }));
            }}
          />
          <TextField
            label="单位或住址"
            size="small"
            sx={{ gridColumn: 'span 2' }}
            {...field('unitOrAddress')}
          />
        </FieldGrid>
        <TextField label="反映事项" required multiline minRows={2} {...field('matter')} />
        <TextField
          label="收到的材料"
          size="small"
          placeholder="如：身份证复印件、照片 3 张"
          {...field('materials')}
        />
        <ChoiceField
          label="办理结果"
          value={v.outcome}
          options={optionsOf(INTAKE_OUTCOMES)}
          onChange={(value) => change('outcome', value)}
        />
        {v.outcome === 'answered' && (
          <TextField label="答复内容" required multiline minRows={2} {...field('answer')} />
        )}
        {v.outcome === 'referred' && (
          <FieldGrid>
            <SelectField
              label="转交给"
              required
              size="small"
              emptyLabel="请选择"
              options={(staff.data ?? [])
                .filter((s) => s.id !== user.id)
                .map((s) => ({ value: String(s.id), label: s.displayName }))}
              {...field('referredToId')}
            />
            <TextField label="转交说明" size="small" sx={{ gridColumn: 'span 3' }} {...field('note')} />
          </FieldGrid>
        )}
        {v.outcome === 'case' && (
          <Box sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 2 }}>
            <ErrorAlert error={categories.error ?? staff.error ?? preset.error} />
            <CaseForm
              state={caseState}
              categories={categories.data ?? []}
              staff={staff.data ?? []}
              preset={preset.data}
            />
          </Box>
        )}
        {invalid && !error && <Alert severity="error">请按标红处的提示补全或更正后再保存。</Alert>}
        <ErrorAlert error={error} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => void submit()} disabled={busy}>
            保存登记
          </Button>
          <Typography variant="body2" color="text.secondary">
            Ctrl+Enter 保存；Enter 不会提交
          </Typography>
        </Stack>
      </Stack>
    </Paper>
  );
}

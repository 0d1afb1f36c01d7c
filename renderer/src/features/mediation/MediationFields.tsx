import { useCallback, useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  INTAKE_FORMS,
  MEDIATION_SOURCES,
  type IntakeForm,
  type MediationSource,
} from '../../../../shared/mediation/codes';
import type { OpenMediationInput } from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ChoiceField } from '../../components/ChoiceField';
import { optionsOf } from '../../components/SelectField';
import { useForm } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';
import { NamesField } from './NamesField';

/** What opening a mediation records, whether on an existing case or with the case it creates. */
export type MediationFieldsInput = Omit<OpenMediationInput, 'caseId' | 'openedAt'>;

/** A party's own application comes with a 申请书; otherwise the committee fills a 受理登记表. */
const formFor = (source: MediationSource): IntakeForm =>
  source === 'application' ? 'application' : 'register';

/** The list's own error (`mediators`) or one name's (`mediators.0`). */
const isMediatorPath = (path: string) => path === 'mediators' || path.startsWith('mediators.');

/**
 * The state of the 受理调解 fields. Errors are keyed by the paths of
 * `mediationFields` without prefix; the signed-in user is preset as
 * mediator and recorder, the usual answer at the desk.
 */
export function useMediationFields(
  user: SessionUser,
  initial: { source: MediationSource; requests?: string },
) {
  const form = useForm({
    source: initial.source,
    intakeForm: formFor(initial.source),
    requests: initial.requests ?? '',
    recorder: user.displayName,
    participants: '',
    place: '',
  });
  const [mediators, setMediators] = useState([user.displayName]);
  // Only suggestions: if the staff list cannot be read, any name can still be typed.
  const staff = useLoad(useCallback(() => api.cases.staff({}), []));
  const v = form.values;

  const input = (): MediationFieldsInput => ({
    source: v.source as MediationSource,
    intakeForm: v.intakeForm as IntakeForm,
    requests: v.requests.trim() || undefined,
    mediators,
    recorder: v.recorder,
    participants: v.participants.trim() || undefined,
    place: v.place.trim() || undefined,
  });

  return { form, mediators, setMediators, staffNames: (staff.data ?? []).map((s) => s.displayName), input };
}

export type MediationFieldsState = ReturnType<typeof useMediationFields>;

interface MediationFieldsProps {
  state: MediationFieldsState;
  autoFocus?: boolean;
}

/**
 * 受理调解: how the dispute came to mediation, who mediates and records, and
 * where. 人民调解法第十七条 — only with the parties' consent, hence the
 * separate 「当事人拒绝调解」 on the case.
 */
export function MediationFields({ state, autoFocus }: MediationFieldsProps) {
  const { form, mediators, setMediators, staffNames } = state;
  const v = form.values;

  const choose = (name: 'source' | 'intakeForm') => (value: string) => {
    form.setValue(name, value);
    if (name === 'source') form.setValue('intakeForm', formFor(value as MediationSource));
    form.setErrors((e) => ({ ...e, [name]: '' }));
  };

  const mediatorError = Object.entries(form.errors).find(([path]) => isMediatorPath(path))?.[1];
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        人民调解不收取任何费用（人民调解法第四条），须经当事人同意；当事人一方明确拒绝调解的，不得调解。
      </Typography>
      <ChoiceField
        label="调解来源"
        value={v.source}
        options={optionsOf(MEDIATION_SOURCES)}
        onChange={choose('source')}
        error={form.errors.source}
        autoFocus={autoFocus}
      />
      <ChoiceField
        label="申请书或受理登记表"
        value={v.intakeForm}
        options={optionsOf(INTAKE_FORMS)}
        onChange={choose('intakeForm')}
        error={form.errors.intakeForm}
      />
      <TextField label="申请事项" multiline minRows={2} {...form.field('requests')} />
      <NamesField
        label="人民调解员"
        required
        value={mediators}
        onChange={(names) => {
          setMediators(names);
          form.setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => !isMediatorPath(p))));
        }}
        options={staffNames}
        error={mediatorError}
      />
      <TextField label="记录人" required {...form.field('recorder')} />
      <TextField
        label="邀请参加人员"
        placeholder="如：当事人亲属、邻居、有关专业人员"
        {...form.field('participants')}
      />
      <TextField label="调解地点" placeholder="如：调解室" {...form.field('place')} />
    </>
  );
}

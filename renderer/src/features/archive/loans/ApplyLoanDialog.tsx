import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CLASSIFICATIONS } from '../../../../../shared/archive/codes';
import {
  defaultLoanDays,
  LOAN_MODES,
  LOAN_PURPOSES,
  needsApproval,
  type LoanMode,
  type LoanPeriods,
} from '../../../../../shared/archive/loans';
import {
  applyLoanInput,
  type ArchiveItem,
  type ArchiveSettings,
} from '../../../../../shared/archive/schemas';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { api } from '../../../api';
import { ChoiceField } from '../../../components/ChoiceField';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormDialog } from '../../../components/FormDialog';
import { optionsOf, SelectField } from '../../../components/SelectField';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import { useLoad } from '../../../hooks/useLoad';
import type { LoanDialogProps } from './DecisionDialogs';

/** The item an application is for: what decides approval and the default period. */
export type LoanableItem = Pick<ArchiveItem, 'id' | 'code' | 'title' | 'classification' | 'important'>;

const BORROWER_KINDS = { staff: '本中心工作人员', outside: '外单位人员' };
const MODES = Object.keys(LOAN_MODES) as LoanMode[];

const periodsOf = (s: ArchiveSettings): LoanPeriods => ({
  days: s.loanDays,
  importantDays: s.importantLoanDays,
  renewals: s.renewals,
  warnDays: s.warnDays,
});

/** Which ways of borrowing this item wait for the director (needsApproval, by its 密级). */
function approvalLine(item: LoanableItem): string {
  const needs = MODES.filter((m) => needsApproval(m, item.classification)).map((m) => LOAN_MODES[m]);
  const free = MODES.filter((m) => !needsApproval(m, item.classification)).map((m) => LOAN_MODES[m]);
  return `本件密级「${CLASSIFICATIONS[item.classification]}」：${needs.join('、')}须经主任批准${free.length ? `；${free.join('、')}无需审批` : ''}。`;
}

/**
 * 申请借阅 (domain.md, Module 3): how (查阅 on site by default, 借出, 复制 —
 * saying which wait for the director), who (a colleague's account, or an
 * outside borrower with unit, phone, ID and letter), why, and for how long
 * (the settings' period, shorter for important and 秘密 items).
 */
export function ApplyLoanDialog({
  item,
  user,
  onClose,
  onDone,
}: {
  item: LoanableItem;
  user: SessionUser;
  onClose: () => void;
  onDone: LoanDialogProps['onDone'];
}) {
  const settings = useLoad(useCallback(() => api.archive.settings({}), []));
  const borrowers = useLoad(useCallback(() => api.archive.borrowers({}), []));
  const form = useForm({
    mode: 'read',
    borrowerKind: 'staff',
    borrowerAccountId: String(user.id),
    borrowerName: '',
    borrowerUnit: '',
    borrowerPhone: '',
    borrowerIdNumber: '',
    letter: '',
    purpose: '',
    purposeNote: '',
  });
  // The period follows the way chosen until someone types one.
  const [days, setDays] = useState<string | null>(null);
  const { busy, error, run } = useCall();
  const v = form.values;
  const mode = v.mode as LoanMode;
  const outside = v.borrowerKind === 'outside';
  const suggested = settings.data ? defaultLoanDays(mode, item, periodsOf(settings.data)) : undefined;
  const shownDays = days ?? (suggested === undefined ? '' : String(suggested));

  const submit = async () => {
    const text = (s: string) => s.trim() || undefined;
    const input = {
      itemId: item.id,
      mode,
      borrowerKind: outside ? ('outside' as const) : ('staff' as const),
      ...(outside
        ? {
            borrowerName: text(v.borrowerName),
            borrowerUnit: text(v.borrowerUnit),
            borrowerPhone: text(v.borrowerPhone),
            borrowerIdNumber: text(v.borrowerIdNumber),
            letter: text(v.letter),
          }
        : { borrowerAccountId: v.borrowerAccountId ? Number(v.borrowerAccountId) : undefined }),
      purpose: v.purpose as keyof typeof LOAN_PURPOSES,
      purposeNote: text(v.purposeNote),
      // Reading and copying are done the same day (the server's default); only a take-out has a period.
      days: mode === 'borrow' && shownDays !== '' ? Number(shownDays) : undefined,
    };
    const errors = zodFieldErrors(applyLoanInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.apply(input));
    if (!result.ok) {
      form.setErrors(result.error.fields ?? {});
      return;
    }
    const loan = result.value;
    const queued = loan.queuePosition ? `，排队第 ${loan.queuePosition} 位` : '';
    onDone(
      loan,
      loan.status === 'requested'
        ? `已登记借阅申请，待主任审批${queued}。`
        : `已登记借阅申请（无需审批），可以出借${queued}。`,
    );
  };

  return (
    <FormDialog
      open
      title={`申请借阅：${item.code}`}
      submitLabel="提交申请"
      busy={busy}
      error={error ?? settings.error ?? borrowers.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{item.title}</Typography>
      <ChoiceField
        label="借阅方式"
        value={v.mode}
        options={optionsOf(LOAN_MODES)}
        onChange={(value) => form.setValue('mode', value)}
        error={form.errors.mode}
      />
      <Alert severity={needsApproval(mode, item.classification) ? 'warning' : 'info'}>
        {approvalLine(item)}
        {needsApproval(mode, item.classification)
          ? `本次${LOAN_MODES[mode]}须经主任批准后才能出借。`
          : `本次${LOAN_MODES[mode]}无需审批，登记后即可办理。`}
      </Alert>
      <ChoiceField
        label="借阅人"
        value={v.borrowerKind}
        options={optionsOf(BORROWER_KINDS)}
        onChange={(value) => form.setValue('borrowerKind', value)}
      />
      {outside ? (
        <FieldGrid>
          <TextField label="姓名" required {...form.field('borrowerName')} />
          <TextField label="单位" required {...form.field('borrowerUnit')} />
          <TextField label="联系电话" required {...form.field('borrowerPhone')} />
          <TextField label="身份证号" required {...form.field('borrowerIdNumber')} />
          <TextField
            label="介绍信或公函"
            required
            placeholder="如：（2026）示法函字第88号调卷函"
            sx={{ gridColumn: 'span 2' }}
            {...form.field('letter')}
          />
        </FieldGrid>
      ) : (
        <SelectField
          label="工作人员"
          required
          emptyLabel="请选择"
          options={(borrowers.data ?? []).map((b) => ({ value: String(b.id), label: b.displayName }))}
          {...form.field('borrowerAccountId')}
        />
      )}
      <FieldGrid>
        <SelectField
          label="利用目的"
          required
          emptyLabel="请选择"
          options={optionsOf(LOAN_PURPOSES)}
          {...form.field('purpose')}
        />
        {mode === 'borrow' && (
          <TextField
            label="借出期限（天）"
            type="number"
            slotProps={{ htmlInput: { min: 1, max: 90, step: 1 } }}
            name="days"
            value={shownDays}
            error={Boolean(form.errors.days)}
            onChange={(e) => {
              setDays(e.target.value);
              form.setErrors(({ days: _, ...rest }) => rest);
            }}
            helperText={
              form.errors.days ??
              (item.important || item.classification === 'secret' ? '重要或秘密档案，期限较短' : undefined)
            }
          />
        )}
      </FieldGrid>
      <TextField label="借阅事由" multiline minRows={2} {...form.field('purposeNote')} />
    </FormDialog>
  );
}

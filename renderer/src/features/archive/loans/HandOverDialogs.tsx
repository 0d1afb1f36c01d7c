import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { lendInput } from '../../../../../shared/archive/schemas';
import type { ApiError } from '../../../../../shared/api/result';
import { formatTableDateTime } from '../../../../../shared/dates';
import { api } from '../../../api';
import { Facts } from '../../../components/Facts';
import { FormDialog } from '../../../components/FormDialog';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import { useLoad } from '../../../hooks/useLoad';
import type { LoanDialogProps } from './DecisionDialogs';
import { borrowerOf, periodOf } from './LoanSummary';

/**
 * 出借: handed over face to face with its pages counted (页数 prefilled from
 * the catalogue, changed if the count differs), under the approval shown —
 * who approved, on what conditions (no approver, no loan).
 */
export function LendDialog(props: LoanDialogProps & { itemPages?: number }) {
  if (props.itemPages !== undefined) return <LendForm {...props} pages={props.itemPages} />;
  return <LendFromList {...props} />;
}

/** From a list the item's 页数 is not at hand: it is read first. */
function LendFromList(props: LoanDialogProps) {
  const { itemId } = props.loan;
  const item = useLoad(useCallback(() => api.archive.get({ id: itemId }), [itemId]));
  // The dialog opens once the count is known, so it never shows an empty field that then changes.
  if (!item.data && !item.error) return null;
  return <LendForm {...props} pages={item.data?.pages} loadError={item.error} />;
}

function LendForm({
  loan,
  pages,
  loadError,
  onClose,
  onDone,
}: LoanDialogProps & { pages: number | undefined; loadError?: ApiError | null }) {
  const form = useForm({ pages: pages === undefined ? '' : String(pages) });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: loan.id, pages: Number(form.values.pages) };
    const errors =
      form.values.pages.trim() === '' ? { pages: '请填写出借页数' } : zodFieldErrors(lendInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.lend(input));
    if (result.ok)
      onDone(
        result.value,
        result.value.dueOn
          ? `已出借 ${loan.itemCode}，${input.pages} 页，应还日期 ${result.value.dueOn}。`
          : `已出借 ${loan.itemCode}。`,
      );
    else form.setErrors(result.error.fields ?? {});
  };

  const days = loan.approvedDays ?? loan.requestedDays;
  return (
    <FormDialog
      open
      title={`出借：${loan.itemCode}`}
      submitLabel="确认出借"
      busy={busy}
      error={error ?? loadError}
      onClose={onClose}
      onSubmit={submit}
    >
      <Facts
        facts={[
          { label: '题名', value: loan.itemTitle, wide: true },
          { label: '借阅人', value: borrowerOf(loan) },
          { label: '期限', value: periodOf(days) },
          {
            label: '批准人',
            value: loan.decidedBy
              ? `${loan.decidedBy}（${formatTableDateTime(loan.decidedAt ?? '')}）`
              : loan.needsApproval
                ? '尚未批准'
                : '现场查阅，无需审批',
          },
          ...(loan.decisionNote ? [{ label: '批准意见', value: loan.decisionNote, wide: true }] : []),
        ]}
      />
      {loan.decisionNote && <Alert severity="info">出借时请向借阅人说明批准意见：{loan.decisionNote}</Alert>}
      <TextField
        label="出借页数"
        type="number"
        required
        autoFocus
        slotProps={{ htmlInput: { min: 0, step: 1 } }}
        {...form.field('pages')}
        helperText={form.errors.pages ?? '当面清点页数；归还时按此核对。'}
      />
    </FormDialog>
  );
}

/** 续借: once (a setting), for as long again as the item allows; the server sets the new due date. */
export function RenewDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const { busy, error, run } = useCall();
  const submit = async () => {
    const result = await run(() => api.archive.renew({ id: loan.id }));
    if (result.ok)
      onDone(result.value, `已续借 ${loan.itemCode}，应还日期改为 ${result.value.dueOn ?? ''}。`);
  };
  return (
    <FormDialog
      open
      title={`续借：${loan.itemCode}`}
      submitLabel="确认续借"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        {borrowerOf(loan)}借阅的「{loan.itemTitle}」应还日期为 {loan.dueOn}
        {loan.renewals > 0 ? `，已续借 ${loan.renewals} 次` : ''}。续借后应还日期按本中心规定的借出期限顺延。
      </Typography>
    </FormDialog>
  );
}

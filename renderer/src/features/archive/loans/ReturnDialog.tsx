import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { LOAN_CONDITIONS, returnCondition, type LoanCondition } from '../../../../../shared/archive/loans';
import { returnLoanInput } from '../../../../../shared/archive/schemas';
import { api } from '../../../api';
import { ChoiceField } from '../../../components/ChoiceField';
import { Facts } from '../../../components/Facts';
import { FormDialog } from '../../../components/FormDialog';
import { optionsOf } from '../../../components/SelectField';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import type { LoanDialogProps } from './DecisionDialogs';
import { borrowerOf } from './LoanSummary';

/**
 * 归还 (domain.md: return is checked face to face, page count compared): the
 * pages counted back against the pages out. Fewer pages is 缺损 whatever is
 * ticked (returnCondition), and the dialog says so and asks once more before
 * saving; a 缺损 return says what is wrong. More pages than went out is a
 * miscount, refused as the server refuses it.
 */
export function ReturnDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const out = loan.pagesOut ?? 0;
  const form = useForm({ pages: String(out), condition: 'intact', note: '' });
  // The count that was confirmed as short; changing it asks again.
  const [confirmedShort, setConfirmedShort] = useState<number | null>(null);
  const { busy, error, run } = useCall();

  const pages = Number(form.values.pages);
  const counted = form.values.pages.trim() !== '' && Number.isInteger(pages);
  const missing = counted ? out - pages : 0;
  const condition = counted
    ? returnCondition(out, pages, form.values.condition as LoanCondition)
    : (form.values.condition as LoanCondition);

  const submit = async () => {
    const input = {
      id: loan.id,
      pages,
      condition,
      note: form.values.note.trim() || undefined,
    };
    const errors = !counted
      ? { pages: '请填写归还页数' }
      : pages > out
        ? { pages: `出借时为 ${out} 页，归还页数不能更多，请重新清点` }
        : zodFieldErrors(returnLoanInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (missing > 0 && confirmedShort !== pages) {
      setConfirmedShort(pages);
      return;
    }
    const result = await run(() => api.archive.returnLoan(input));
    if (result.ok)
      onDone(
        result.value,
        result.value.condition === 'damaged'
          ? `已归还 ${loan.itemCode}，登记为缺损：${result.value.conditionNote ?? ''}`
          : `已归还 ${loan.itemCode}，完好。`,
      );
    else form.setErrors(result.error.fields ?? {});
  };

  const warned = missing > 0 && confirmedShort === pages;
  return (
    <FormDialog
      open
      title={`归还：${loan.itemCode}`}
      submitLabel={warned ? '确认缺损并归还' : '确认归还'}
      danger={warned}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Facts
        facts={[
          { label: '题名', value: loan.itemTitle, wide: true },
          { label: '借阅人', value: borrowerOf(loan) },
          { label: '应还日期', value: loan.dueOn },
          { label: '出借页数', value: `${out} 页` },
        ]}
      />
      <TextField
        label="归还页数"
        type="number"
        required
        autoFocus
        slotProps={{ htmlInput: { min: 0, step: 1 } }}
        {...form.field('pages')}
        helperText={form.errors.pages ?? '当面清点，与出借页数核对。'}
      />
      {missing > 0 && (
        <Alert severity={warned ? 'error' : 'warning'}>
          归还 {pages} 页，比出借时少 {missing} 页，将登记为「缺损」。
          {warned ? '请核实后再次点击「确认缺损并归还」。' : ''}
        </Alert>
      )}
      <ChoiceField
        label="归还时状态"
        value={condition}
        options={optionsOf(LOAN_CONDITIONS)}
        onChange={(value) => form.setValue('condition', value)}
        error={form.errors.condition}
      />
      <TextField
        label="缺损说明"
        multiline
        minRows={2}
        required={condition === 'damaged'}
        placeholder={missing > 0 ? '少页情况将自动记录，可补充说明' : '如：第3页有水渍'}
        {...form.field('note')}
      />
    </FormDialog>
  );
}

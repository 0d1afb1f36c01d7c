import { useState } from 'react';
import type { Loan } from '../../../../../shared/archive/schemas';
import { api } from '../../../api';
import { DocumentPreviewDialog } from '../../../print/DocumentPreviewDialog';
import { CancelDialog, EffectDialog } from './CloseOutDialogs';
import { ApproveDialog, RefuseDialog } from './DecisionDialogs';
import { LendDialog, RenewDialog } from './HandOverDialogs';
import type { LoanDialog } from './loanActions';
import { ReturnDialog } from './ReturnDialog';

/**
 * The open dialog of a loan, wherever its button was (the item's loans, the
 * loans page, the desk): one set of dialogs for every place. `itemPages`
 * prefills 出借 where the item is at hand.
 */
export function LoanDialogHost({
  dialog,
  itemPages,
  onClose,
  onDone,
}: {
  dialog: LoanDialog | null;
  itemPages?: number;
  onClose: () => void;
  onDone: (loan: Loan, message: string) => void;
}) {
  if (!dialog) return null;
  const props = { loan: dialog.loan, onClose, onDone };
  switch (dialog.kind) {
    case 'approve':
      return <ApproveDialog {...props} />;
    case 'refuse':
      return <RefuseDialog {...props} />;
    case 'lend':
      return <LendDialog {...props} {...(itemPages === undefined ? {} : { itemPages })} />;
    case 'renew':
      return <RenewDialog {...props} />;
    case 'return':
      return <ReturnDialog {...props} />;
    case 'cancel':
      return <CancelDialog {...props} />;
    case 'recordEffect':
      return <EffectDialog {...props} />;
    case 'recall':
      return <RecallPreview loan={dialog.loan} onClose={onClose} />;
  }
}

/** 催还通知单 (domain.md: a printable recall notice), previewed and saved as a PDF; each one issued is audited. */
function RecallPreview({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const { id, itemCode } = loan;
  // Made once per opening: the server records every notice it issues.
  const [request] = useState(() => ({
    title: `催还通知单：${itemCode}`,
    load: () => api.archive.printRecall({ id }),
  }));
  return <DocumentPreviewDialog request={request} onClose={onClose} />;
}

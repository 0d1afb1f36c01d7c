import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { Role } from '../../../../../shared/accounts/roles';
import type { Loan } from '../../../../../shared/archive/schemas';
import { LOAN_BUTTONS, loanActionsFor, type LoanDialog, type LoanDialogKind } from './loanActions';

/** The step that moves a loan on is the filled button; the others are quiet, refusing and withdrawing in red. */
const LOOK: Record<LoanDialogKind, { variant: 'contained' | 'outlined' | 'text'; color?: 'error' }> = {
  approve: { variant: 'contained' },
  refuse: { variant: 'outlined', color: 'error' },
  lend: { variant: 'contained' },
  return: { variant: 'contained' },
  renew: { variant: 'outlined' },
  recordEffect: { variant: 'text' },
  cancel: { variant: 'text', color: 'error' },
  recall: { variant: 'outlined', color: 'error' },
};

/** A loan's buttons: only the steps this user may take from its state (loanActionsFor). */
export function LoanActions({
  loan,
  role,
  onOpen,
  only,
  wrap = false,
}: {
  loan: Loan;
  role: Role;
  onOpen: (dialog: LoanDialog) => void;
  /** Just these steps, where a place offers a few (the desk). */
  only?: readonly LoanDialogKind[];
  /** In a table whose rows may grow (the item's loans), the buttons may stack; a grid's row is one line. */
  wrap?: boolean;
}) {
  const actions = loanActionsFor(loan, role).filter((kind) => !only || only.includes(kind));
  if (actions.length === 0) return null;
  return (
    <Stack
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: wrap ? 'wrap' : 'nowrap', alignItems: 'center', rowGap: 0.5 }}
      aria-label={`借阅操作：${loan.borrowerName}`}
    >
      {actions.map((kind) => (
        <Button
          key={kind}
          size="small"
          variant={LOOK[kind].variant}
          color={LOOK[kind].color ?? 'primary'}
          sx={{ whiteSpace: 'nowrap', minWidth: 0 }}
          onClick={(event) => {
            // Inside a row that opens its item, a step must not open the item too.
            event.stopPropagation();
            onOpen({ kind, loan });
          }}
        >
          {LOAN_BUTTONS[kind]}
        </Button>
      ))}
    </Stack>
  );
}

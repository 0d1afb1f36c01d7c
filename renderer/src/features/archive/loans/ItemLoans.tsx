import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import AssignmentReturnOutlined from '@mui/icons-material/AssignmentReturnOutlined';
import type { ArchiveItemDetail } from '../../../../../shared/archive/schemas';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { Section } from '../../../components/Section';
import { ApplyLoanDialog } from './ApplyLoanDialog';
import { LoanActions } from './LoanActions';
import type { LoanDialog } from './loanActions';
import { LoanDialogHost } from './LoanDialogHost';
import { LoanTable } from './LoanTable';

/**
 * 借阅 on an item's page: its loans newest first, with their state, place in
 * the queue and due date, the steps this user may take on each, and 申请借阅.
 * After every step the page reloads the item (`onChanged`), so 在借 and the
 * queue stay true.
 */
export function ItemLoans({
  item,
  user,
  onChanged,
}: {
  item: ArchiveItemDetail;
  user: SessionUser;
  onChanged: () => void;
}) {
  const [dialog, setDialog] = useState<LoanDialog | null>(null);
  const [applying, setApplying] = useState(false);
  const [notice, setNotice] = useState('');

  const done = (message: string) => {
    setDialog(null);
    setApplying(false);
    setNotice(message);
    onChanged();
  };

  return (
    <Section
      title="借阅"
      description={
        item.onLoanId !== null
          ? '本件正在借出中；新的申请将排队，归还后按顺序出借。'
          : '查阅为现场查阅；借出、复制及秘密档案的查阅须经主任批准。'
      }
    >
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Button
        variant="contained"
        startIcon={<AssignmentReturnOutlined />}
        disabled={item.destroyed}
        onClick={() => {
          setNotice('');
          setApplying(true);
        }}
        sx={{ mb: 2 }}
      >
        申请借阅
      </Button>
      <LoanTable
        loans={item.loans}
        actions={(loan) => (
          <LoanActions
            loan={loan}
            role={user.role}
            wrap
            onOpen={(next) => {
              setNotice('');
              setDialog(next);
            }}
          />
        )}
      />
      {applying && (
        <ApplyLoanDialog
          item={item}
          user={user}
          onClose={() => setApplying(false)}
          onDone={(_loan, message) => done(message)}
        />
      )}
      <LoanDialogHost
        dialog={dialog}
        itemPages={item.pages}
        onClose={() => setDialog(null)}
        onDone={(_loan, message) => done(message)}
      />
    </Section>
  );
}

import { useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Role } from '../../../../shared/accounts/roles';
import { LOAN_MODES } from '../../../../shared/archive/loans';
import type { Loan } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import type { Navigate, OpenArchiveItem } from '../../app/navigation';
import { useLoad } from '../../hooks/useLoad';
import { LoanActions } from '../archive/loans/LoanActions';
import type { LoanDialog, LoanDialogKind } from '../archive/loans/loanActions';
import { DueChip } from '../archive/loans/LoanChips';
import { LoanDialogHost } from '../archive/loans/LoanDialogHost';
import { borrowerOf } from '../archive/loans/LoanSummary';
import { DeskList, DeskPanels } from './DeskList';

/** A panel lists a few loans; the loans page shows the rest. */
const SHOWN = 8;

/** 工作台's figures of the archive's keeping, for those who keep it (到期鉴定, 销毁清册). */
function KeepingFigures({
  expired,
  disposals,
  isDirector,
  onNavigate,
}: {
  expired: number;
  disposals: number;
  isDirector: boolean;
  onNavigate: Navigate;
}) {
  return (
    <Paper component="section" aria-label="档案保管" sx={{ p: 2.5, mb: 3 }}>
      <Stack direction="row" spacing={4} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2">
          档案保管
        </Typography>
        <Typography data-testid="expired-count">
          保管期满待鉴定 <strong>{expired}</strong> 件
        </Typography>
        {isDirector && (
          <Typography data-testid="disposals-awaiting">
            待审批销毁清册 <strong>{disposals}</strong> 份
          </Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={() => onNavigate('archive')}>
          前往档案目录
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * The archive on the desk (domain.md, cross-module links: loans awaiting
 * approval or overdue): for the director the applications to decide, with
 * 批准 / 不予批准 in place; for the archive room the loans to hand out and
 * those due (yellow) or overdue (red, with the 催还通知单); the overdue ones
 * for the director too. Those who keep the archive see what awaits appraisal
 * and disposal. A 档号 opens its item.
 */
export function ArchivePanels({
  role,
  onNavigate,
  onOpenArchiveItem,
}: {
  role: Role;
  onNavigate: Navigate;
  onOpenArchiveItem: OpenArchiveItem;
}) {
  const dashboard = useLoad(useCallback(() => api.archive.dashboard({}), []));
  const [dialog, setDialog] = useState<LoanDialog | null>(null);
  const [notice, setNotice] = useState('');
  const d = dashboard.data;
  const isDirector = role === 'director';

  const list = (title: string, loans: Loan[] | undefined, empty: string, end: (loan: Loan) => ReactNode) => (
    <DeskList
      title={title}
      count={loans && loans.length > 0 ? `${loans.length} 件` : undefined}
      empty={empty}
      rows={loans?.slice(0, SHOWN).map((loan) => ({
        key: loan.id,
        code: loan.itemCode,
        onOpen: () => onOpenArchiveItem(loan.itemId),
        partyNames: `${borrowerOf(loan)} · ${LOAN_MODES[loan.mode]}`,
        title: `${loan.itemTitle}：${borrowerOf(loan)}${LOAN_MODES[loan.mode]}`,
        end: end(loan),
      }))}
      more={
        loans && loans.length > SHOWN ? `其余 ${loans.length - SHOWN} 件请在「档案借阅」中查看。` : undefined
      }
    />
  );
  const actions = (only: readonly LoanDialogKind[]) => (loan: Loan) => (
    <LoanActions
      loan={loan}
      role={role}
      only={only}
      onOpen={(next) => {
        setNotice('');
        setDialog(next);
      }}
    />
  );
  const due = (loan: Loan) => <DueChip loan={loan} />;
  const overdue = (loan: Loan) => (
    <>
      <DueChip loan={loan} />
      {actions(['recall'])(loan)}
    </>
  );

  return (
    <>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <DeskPanels error={dashboard.error}>
        {isDirector ? (
          <>
            {list(
              '待审批借阅',
              d?.awaitingApproval,
              '没有待审批的借阅申请。',
              actions(['approve', 'refuse']),
            )}
            {list('借阅已逾期', d?.overdue, '没有逾期未还的档案。', overdue)}
          </>
        ) : (
          <>
            {list('待出借', d?.readyToLend, '没有待出借的档案。', actions(['lend']))}
            {list('借阅即将到期', d?.dueSoon, '没有即将到期的借阅。', due)}
            {list('借阅已逾期', d?.overdue, '没有逾期未还的档案。', overdue)}
          </>
        )}
      </DeskPanels>
      {d && (role === 'director' || role === 'archivist') && (
        <KeepingFigures
          expired={d.expiredCount}
          disposals={d.disposalsAwaiting}
          isDirector={isDirector}
          onNavigate={onNavigate}
        />
      )}
      <LoanDialogHost
        dialog={dialog}
        onClose={() => setDialog(null)}
        onDone={(_loan, message) => {
          setDialog(null);
          setNotice(message);
          void dashboard.reload();
        }}
      />
    </>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { LOAN_CONDITIONS, LOAN_MODES, LOAN_PURPOSES } from '../../../../../shared/archive/loans';
import type { Loan } from '../../../../../shared/archive/schemas';
import { formatTableDateTime } from '../../../../../shared/dates';
import { SimpleTable, type Column } from '../../mediation/SimpleTable';
import { DueChip, LoanStatusChip, QueueChip } from './LoanChips';
import { borrowerOf, periodOf } from './LoanSummary';

const day = (iso: string | null) => (iso ? formatTableDateTime(iso).slice(0, 10) : '');

/** 批准: who decided, when, and on what terms (or why not). */
function decision(loan: Loan): string {
  if (!loan.needsApproval) return '无需审批';
  if (!loan.decidedBy) return '';
  const note = loan.decisionNote ? `：${loan.decisionNote}` : '';
  return `${loan.decidedBy} ${day(loan.decidedAt)}${loan.status === 'refused' ? ' 不予批准' : ''}${note}`;
}

/** 归还: when, how many pages, and the state it came back in. */
function returned(loan: Loan): ReactNode {
  if (!loan.returnedAt) return '';
  const state = loan.condition ? LOAN_CONDITIONS[loan.condition] : '';
  return (
    <>
      {day(loan.returnedAt)}，{loan.pagesBack} 页，
      <Box component="span" sx={loan.condition === 'damaged' ? { color: 'error.main', fontWeight: 600 } : {}}>
        {state}
      </Box>
      {loan.conditionNote ? `（${loan.conditionNote}）` : ''}
    </>
  );
}

/** 利用效果 once recorded, or why an application was withdrawn. */
const remark = (loan: Loan): string =>
  loan.effect ? `利用效果：${loan.effect}` : loan.cancelReason ? `撤销：${loan.cancelReason}` : '';

/**
 * An item's loans, newest first, as the register reads them: state (and place
 * in the queue), how and why, who approved, when it went out and is due back
 * (coloured), when it came back and in what state; then the steps open to
 * the user, when given.
 */
export function LoanTable({
  loans,
  actions,
}: {
  loans: readonly Loan[];
  /** The buttons of a row; the table is read-only without. */
  actions?: (loan: Loan) => ReactNode;
}) {
  const columns: Column<Loan>[] = [
    {
      header: '状态',
      nowrap: true,
      cell: (l) => (
        <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <LoanStatusChip status={l.status} />
          <QueueChip position={l.queuePosition} />
        </Stack>
      ),
    },
    { header: '借阅人', minWidth: '5em', cell: (l) => borrowerOf(l) },
    {
      header: '方式与目的',
      minWidth: '6em',
      cell: (l) =>
        `${LOAN_MODES[l.mode]}，${LOAN_PURPOSES[l.purpose]}${l.purposeNote ? `（${l.purposeNote}）` : ''}`,
    },
    {
      header: '申请',
      nowrap: true,
      cell: (l) => (
        <Stack spacing={0.5}>
          <span>{day(l.requestedAt)}</span>
          <span>{periodOf(l.approvedDays ?? l.requestedDays)}</span>
        </Stack>
      ),
    },
    { header: '审批', minWidth: '6em', cell: decision },
    {
      header: '出借 / 应还',
      nowrap: true,
      cell: (l) =>
        l.lentAt ? (
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <span>
              {day(l.lentAt)}，{l.pagesOut} 页{l.renewals > 0 ? `，续借 ${l.renewals} 次` : ''}
            </span>
            <DueChip loan={l} />
          </Stack>
        ) : (
          ''
        ),
    },
    { header: '归还', cell: returned },
    { header: '备注', cell: remark },
    // Not kept on one line: when long text crowds the row, the buttons stack rather than leave the page.
    ...(actions ? [{ header: '操作', cell: actions }] : []),
  ];
  return (
    <SimpleTable
      label="借阅记录"
      columns={columns}
      rows={loans}
      rowKey={(l) => l.id}
      empty="尚无借阅记录。"
    />
  );
}

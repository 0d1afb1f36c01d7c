import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import type { Role } from '../../../../../shared/accounts/roles';
import { LOAN_MODES } from '../../../../../shared/archive/loans';
import type { Loan } from '../../../../../shared/archive/schemas';
import { LoanActions } from './LoanActions';
import type { LoanDialog } from './loanActions';
import { DueChip, LoanStatusChip, QueueChip } from './LoanChips';
import { borrowerOf } from './LoanSummary';

const ellipsis = (value: string) => (
  <Box
    component="span"
    title={value}
    sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
  >
    {value}
  </Box>
);

/**
 * The loans page's columns, narrow enough for the steps to stay in view at
 * 1366 px: 档号 opens the item (a link, so the keyboard reaches it), the
 * borrower with the unit and the mode, the state with the queue, the due date
 * coloured, and the steps the user may take in place (利用目的 and the rest
 * are in each step's dialog).
 */
export function loanColumns(
  role: Role,
  onOpenItem: (itemId: number) => void,
  onOpen: (dialog: LoanDialog) => void,
): GridColDef<Loan>[] {
  return [
    {
      field: 'itemCode',
      headerName: '档号',
      width: 182,
      renderCell: ({ row }) => (
        <Link component="button" type="button" underline="hover" onClick={() => onOpenItem(row.itemId)}>
          {row.itemCode}
        </Link>
      ),
    },
    {
      field: 'itemTitle',
      headerName: '题名',
      flex: 1,
      minWidth: 100,
      renderCell: ({ value }) => ellipsis(value as string),
    },
    {
      field: 'borrowerName',
      headerName: '借阅人 · 方式',
      width: 160,
      // As the desk writes it; the mode is its own column nowhere else, and the steps need its width.
      renderCell: ({ row }) => ellipsis(`${borrowerOf(row)} · ${LOAN_MODES[row.mode]}`),
    },
    {
      field: 'requestedAt',
      headerName: '申请日期',
      width: 92,
      valueFormatter: (v: string) => v.slice(0, 10),
    },
    {
      field: 'status',
      headerName: '状态',
      // 待出借 with 排队第 1 位 beside it.
      width: 160,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', height: '100%' }}>
          <LoanStatusChip status={row.status} />
          <QueueChip position={row.queuePosition} />
        </Box>
      ),
    },
    {
      field: 'dueOn',
      headerName: '应还日期',
      // 2026-12-01 即将到期 / 逾期 12 天, whole.
      width: 190,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', alignItems: 'center', height: '100%' }}>
          <DueChip loan={row} />
        </Box>
      ),
    },
    {
      field: 'actions',
      headerName: '操作',
      // The widest set: 归还, 续借 and 催还通知单 of an overdue take-out.
      width: 214,
      sortable: false,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', alignItems: 'center', height: '100%' }}>
          <LoanActions loan={row} role={role} onOpen={onOpen} />
        </Box>
      ),
    },
  ];
}

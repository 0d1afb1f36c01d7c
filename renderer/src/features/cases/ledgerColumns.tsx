import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { DIFFICULTIES, type Difficulty } from '../../../../shared/cases/codes';
import { CASE_SORT_FIELDS, type CaseRow } from '../../../../shared/cases/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { DeadlineChip, MajorMark, StatusText } from './CaseChips';
import { PartyNames } from './PartyNames';

export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

/** Only what the server can sort by is sortable (CASE_SORT_FIELDS; the fields share their names). */
export const isSortField = (field: string): field is CaseSortField =>
  (CASE_SORT_FIELDS as readonly string[]).includes(field);

/** 12,000.50 — amounts in yuan as the statistics print them. */
export const formatYuan = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? ''
    : value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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
 * The ledger's columns. The case code is a link as well as the row click, so
 * the keyboard and screen readers reach the record too. `q` is the search the
 * rows answer: the party it matched is shown first, marked.
 */
export function ledgerColumns(onOpen: (id: number) => void, q?: string): GridColDef<CaseRow>[] {
  const sortable = (field: string) => ({ sortable: isSortField(field) });
  return [
    {
      field: 'code',
      headerName: '案件编号',
      width: 108,
      ...sortable('code'),
      renderCell: ({ row }) => (
        <Link
          component="button"
          type="button"
          underline="hover"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row.id);
          }}
        >
          {row.code}
        </Link>
      ),
    },
    {
      field: 'registeredAt',
      headerName: '登记时间',
      width: 138,
      ...sortable('registeredAt'),
      valueFormatter: (value: string) => formatTableDateTime(value),
    },
    {
      field: 'partyNames',
      headerName: '当事人',
      // Wide enough for two names a line; a longer list wraps to a second line, the searched party first.
      width: 150,
      sortable: false,
      renderCell: ({ value }) => <PartyNames partyNames={value as string} q={q} lines={2} />,
    },
    { field: 'category', headerName: '纠纷类型', width: 100, sortable: false },
    {
      field: 'summary',
      headerName: '简要情况',
      flex: 1,
      minWidth: 100,
      sortable: false,
      renderCell: ({ value }) => ellipsis(value as string),
    },
    {
      field: 'difficulty',
      headerName: '难易程度',
      width: 80,
      sortable: false,
      valueFormatter: (value: Difficulty) => DIFFICULTIES[value],
    },
    {
      field: 'status',
      headerName: '状态',
      width: 74,
      ...sortable('status'),
      renderCell: ({ row }) => <StatusText status={row.status} />,
    },
    { field: 'handlerName', headerName: '承办人', width: 70, sortable: false },
    {
      field: 'deadline',
      headerName: '办理期限',
      width: 178,
      ...sortable('deadline'),
      renderCell: ({ row }) => <DeadlineChip state={row.deadlineState} deadline={row.deadline} />,
    },
    {
      field: 'major',
      headerName: '重大',
      width: 56,
      sortable: false,
      renderCell: ({ row }) => (row.major ? <MajorMark /> : null),
    },
    {
      field: 'amount',
      headerName: '金额（元）',
      width: 104,
      type: 'number',
      ...sortable('amount'),
      valueFormatter: (value: number | null) => formatYuan(value),
    },
  ];
}

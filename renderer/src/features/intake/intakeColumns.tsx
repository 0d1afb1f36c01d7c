import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import {
  INTAKE_CHANNELS,
  INTAKE_OUTCOMES,
  type IntakeChannel,
  type IntakeOutcome,
} from '../../../../shared/cases/codes';
import type { Intake } from '../../../../shared/intake/schemas';
import { formatTableDateTime } from '../../../../shared/dates';

const ellipsis = (value: string | null) => (
  <Box
    component="span"
    title={value ?? ''}
    sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
  >
    {value}
  </Box>
);

/** How the contact ended, in a few words: the answer, to whom it went, or the case. */
function handling(row: Intake): string {
  if (row.outcome === 'answered') return row.answer ?? '';
  if (row.outcome === 'referred') return `转交${row.referredToName ?? ''}${row.note ? `：${row.note}` : ''}`;
  return '';
}

/** The first-contact list; phones arrive masked (domain.md, privacy). */
export function intakeColumns(onOpenCase: (id: number) => void): GridColDef<Intake>[] {
  return [
    {
      field: 'receivedAt',
      headerName: '登记时间',
      width: 136,
      valueFormatter: (value: string) => formatTableDateTime(value),
    },
    {
      field: 'channel',
      headerName: '方式',
      width: 64,
      valueFormatter: (value: IntakeChannel) => INTAKE_CHANNELS[value],
    },
    { field: 'personName', headerName: '姓名', width: 96 },
    { field: 'phone', headerName: '联系电话', width: 120 },
    {
      field: 'matter',
      headerName: '反映事项',
      flex: 1,
      minWidth: 180,
      renderCell: ({ value }) => ellipsis(value as string),
    },
    { field: 'firstContactName', headerName: '首问责任人', width: 96 },
    {
      field: 'outcome',
      headerName: '办理结果',
      width: 96,
      valueFormatter: (value: IntakeOutcome) => INTAKE_OUTCOMES[value],
    },
    {
      field: 'handling',
      headerName: '答复或转交',
      flex: 1,
      minWidth: 140,
      valueGetter: (_value, row) => handling(row),
      renderCell: ({ value }) => ellipsis(value as string),
    },
    {
      field: 'caseCode',
      headerName: '案件编号',
      width: 118,
      renderCell: ({ row }) =>
        row.caseId && row.caseCode ? (
          <Link component="button" type="button" underline="hover" onClick={() => onOpenCase(row.caseId!)}>
            {row.caseCode}
          </Link>
        ) : null,
    },
  ];
}

import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import type { FootageRequest } from '../../../../shared/footage/schemas';
import { FootageStateChip } from './FootageChips';
import { correctionLines, minuteText, pointsText, rangeText, shortRangeText } from './footageText';

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
 * The register's columns at 1366 px: the number opens the record (a link,
 * so the keyboard reaches it) where every step is taken; the ID number comes
 * masked; a correction and the request it corrects name each other.
 */
export function footageColumns(onOpen: (id: number) => void): GridColDef<FootageRequest>[] {
  return [
    {
      field: 'id',
      headerName: '登记号',
      width: 64,
      renderCell: ({ row }) => (
        <Link
          component="button"
          type="button"
          underline="hover"
          aria-label={`查看登记 #${row.id}`}
          onClick={() => onOpen(row.id)}
        >
          #{row.id}
        </Link>
      ),
    },
    {
      field: 'requestedAt',
      headerName: '登记时间',
      width: 132,
      valueFormatter: (v: string) => minuteText(v),
    },
    {
      field: 'requester',
      headerName: '调取人 · 单位',
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) => ellipsis(`${row.requester} · ${row.unit}`),
    },
    { field: 'idNumber', headerName: '身份证号', width: 168 },
    {
      field: 'points',
      headerName: '点位',
      flex: 1,
      minWidth: 120,
      renderCell: ({ row }) => ellipsis(pointsText(row)),
    },
    {
      field: 'rangeFrom',
      headerName: '调取时段',
      width: 196,
      // The whole range on hover; one day's hours in one line.
      renderCell: ({ row }) => (
        <Box component="span" title={rangeText(row)}>
          {shortRangeText(row)}
        </Box>
      ),
    },
    {
      field: 'state',
      headerName: '状态',
      width: 190,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', height: '100%', minWidth: 0 }}>
          <FootageStateChip state={row.state} />
          {ellipsis(correctionLines(row).join('；'))}
        </Box>
      ),
    },
  ];
}

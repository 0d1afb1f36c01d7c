import type { ReactNode } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** Numbers and short codes stay on one line. */
  nowrap?: boolean;
}

interface SimpleTableProps<R> {
  /** The table's accessible name (「打印记录」, 「卷内目录」 …). */
  label: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  /** Shown instead of an empty table. */
  empty: string;
}

/** A short, complete list of a record (a few rows, never paged): a plain table read like the printed one. */
export function SimpleTable<R>({ label, columns, rows, rowKey, empty }: SimpleTableProps<R>) {
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.header} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((c) => (
                <TableCell
                  key={c.header}
                  sx={c.nowrap ? { whiteSpace: 'nowrap' } : { whiteSpace: 'pre-wrap' }}
                >
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

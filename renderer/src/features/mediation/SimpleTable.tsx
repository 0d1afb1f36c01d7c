import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
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
  /**
   * Free text that may run long keeps this width (e.g. '7em'), so beside
   * one-line columns it wraps into a paragraph, not into a column of single characters.
   */
  minWidth?: string;
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
                  {/* A cell's own min-width is ignored by browsers; its content's is not. */}
                  {c.minWidth ? <Box sx={{ minWidth: c.minWidth }}>{c.cell(row)}</Box> : c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

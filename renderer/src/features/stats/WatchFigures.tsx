import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ResponseFigures, TargetResponse } from '../../../../shared/watch/analysis';

/** A headline figure of the watch with its own unit (班, 起, 分钟, 次 — not the ledger's 件). */
export interface WatchFigure {
  label: string;
  value: string;
  unit?: string;
  note?: string;
}

export function WatchFigureCards({ figures }: { figures: readonly WatchFigure[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        mb: 2,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' },
      }}
    >
      {figures.map((f) => (
        <Paper key={f.label} component="section" aria-label={f.label} sx={{ p: 2 }}>
          <Typography variant="body2" color="text.secondary" component="h3">
            {f.label}
          </Typography>
          <Typography variant="h5" component="p" sx={{ my: 0.5, fontWeight: 600 }}>
            {f.value}
            {f.unit && (
              <Typography component="span" sx={{ ml: 0.5 }} color="text.secondary">
                {f.unit}
              </Typography>
            )}
          </Typography>
          {f.note && (
            <Typography variant="body2" color="text.secondary">
              {f.note}
            </Typography>
          )}
        </Paper>
      ))}
    </Box>
  );
}

export const minutesText = (m: number | null) =>
  m === null ? '—' : `${Number.isInteger(m) ? m : m.toFixed(1)} 分钟`;

/** 督查督办 by whom was sent: how many, how many came back, how fast, how many late. */
export function ResponseTable({ rows, total }: { rows: readonly TargetResponse[]; total: ResponseFigures }) {
  return (
    <Table size="small" aria-label="派遣反馈时间">
      <TableHead>
        <TableRow>
          <TableCell>通知对象</TableCell>
          <TableCell align="right">派遣</TableCell>
          <TableCell align="right">已反馈</TableCell>
          <TableCell align="right">超时</TableCell>
          <TableCell align="right">中位数</TableCell>
          <TableCell align="right">90% 在内</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...rows, { ...total, target: 'total', label: '合计' }].map((r) => (
          <TableRow key={r.target}>
            <TableCell sx={r.target === 'total' ? { fontWeight: 600 } : undefined}>{r.label}</TableCell>
            <TableCell align="right">{r.dispatches}</TableCell>
            <TableCell align="right">{r.answered}</TableCell>
            <TableCell align="right" sx={r.late > 0 ? { color: 'error.main' } : undefined}>
              {r.late}
            </TableCell>
            <TableCell align="right">{minutesText(r.medianMinutes)}</TableCell>
            <TableCell align="right">{minutesText(r.p90Minutes)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

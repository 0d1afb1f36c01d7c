import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { WatchEvent } from '../../../../shared/watch/schemas';
import { actionLabel, categoryLabel, pointText, shortTime, supervisionText } from './watchText';

export type EventAct = 'dispatch' | 'report' | 'close' | 'toCase' | 'detail';

interface EventTableProps {
  label: string;
  events: readonly WatchEvent[];
  /** The core's clock of the answer: 剩余 / 超时 count from it. */
  at: string;
  /** The shift under way: events of earlier shifts are marked 「上班遗留」. */
  shiftId: number | null;
  canWrite: boolean;
  empty: string;
  onAct: (act: EventAct, event: WatchEvent) => void;
  /** Opens the case an event was turned into (the ledger's users only). */
  onOpenCase?: (caseId: number) => void;
}

/** The state word of an event: 已办结 / 处置中 / 未结. */
const stateOf = (e: WatchEvent) => (e.status === 'closed' ? '已办结' : e.beingHandled ? '处置中' : '未结');

/**
 * Events of the duty screen with their supervision clocks. An overdue event
 * (a dispatch that did not report back in time) is red and says
 * 「督办：已超时」 until it is closed, as 督查督办 asks.
 */
export function EventTable({
  label,
  events,
  at,
  shiftId,
  canWrite,
  empty,
  onAct,
  onOpenCase,
}: EventTableProps) {
  if (events.length === 0)
    return (
      <Typography color="text.secondary" sx={{ py: 1 }}>
        {empty}
      </Typography>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 90 }}>时间</TableCell>
            <TableCell sx={{ width: 130 }}>点位</TableCell>
            <TableCell sx={{ width: 90, whiteSpace: 'nowrap' }}>类别</TableCell>
            <TableCell>发现情况</TableCell>
            <TableCell sx={{ width: 250 }}>派遣与督办</TableCell>
            <TableCell sx={{ width: 130 }}>状态</TableCell>
            {canWrite && <TableCell sx={{ width: 190 }}>操作</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((e) => {
            const red = e.overdue;
            const cell = red ? { color: 'error.main' } : undefined;
            const open = e.status === 'open';
            return (
              <TableRow
                key={e.id}
                data-overdue={red ? 'true' : undefined}
                sx={red ? { bgcolor: (t) => alpha(t.palette.error.main, 0.08) } : undefined}
              >
                <TableCell sx={cell}>{shortTime(e.occurredAt, at)}</TableCell>
                <TableCell sx={cell}>{pointText(e) || '—'}</TableCell>
                <TableCell sx={{ ...cell, whiteSpace: 'nowrap' }}>{categoryLabel(e.category)}</TableCell>
                <TableCell sx={cell}>
                  {shiftId !== null && e.shiftId !== shiftId && open && (
                    <Chip size="small" label="上班遗留" color="warning" variant="outlined" sx={{ mr: 1 }} />
                  )}
                  <Link
                    component="button"
                    type="button"
                    color="inherit"
                    sx={{ textAlign: 'left', verticalAlign: 'baseline' }}
                    onClick={() => onAct('detail', e)}
                  >
                    {e.description}
                  </Link>
                </TableCell>
                <TableCell sx={cell}>
                  {red && (
                    <Typography component="div" variant="body2" sx={{ fontWeight: 700, color: 'error.main' }}>
                      督办：已超时
                    </Typography>
                  )}
                  {e.dispatches.length === 0 ? (
                    <Typography variant="body2" color="text.secondary">
                      {actionLabel(e.action)}
                    </Typography>
                  ) : (
                    e.dispatches.map((d) => (
                      <Typography key={d.id} variant="body2" sx={cell}>
                        {supervisionText(d, at)}
                      </Typography>
                    ))
                  )}
                </TableCell>
                <TableCell sx={cell}>
                  {stateOf(e)}
                  {e.caseCode && (
                    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                      案件{' '}
                      {onOpenCase && e.caseId ? (
                        <Link component="button" type="button" onClick={() => onOpenCase(e.caseId!)}>
                          {e.caseCode}
                        </Link>
                      ) : (
                        e.caseCode
                      )}
                    </Typography>
                  )}
                </TableCell>
                {canWrite && (
                  <TableCell>
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                      {open && (
                        <Button size="small" onClick={() => onAct('dispatch', e)}>
                          派遣
                        </Button>
                      )}
                      {open && e.dispatches.some((d) => d.reportedAt === null) && (
                        <Button size="small" onClick={() => onAct('report', e)}>
                          登记到场/反馈
                        </Button>
                      )}
                      {open && (
                        <Button size="small" onClick={() => onAct('close', e)}>
                          办结
                        </Button>
                      )}
                      {e.caseId === null && (
                        <Button size="small" onClick={() => onAct('toCase', e)}>
                          转入台账
                        </Button>
                      )}
                    </Stack>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

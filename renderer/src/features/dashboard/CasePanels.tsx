import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CaseRow } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import type { OpenCase } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { DeadlineChip } from '../cases/CaseChips';

/** A panel lists a few cases; the ledger's filters show the rest. */
const SHOWN = 8;
/** cases.dashboard answers at most this many per list (electron/core/features/cases/cases.list.ts). */
const SERVER_LIMIT = 50;
const countOf = (rows: CaseRow[]) => `${rows.length}${rows.length >= SERVER_LIMIT ? '+' : ''}`;

function CaseList({
  title,
  rows,
  empty,
  onOpenCase,
}: {
  title: string;
  rows: CaseRow[] | undefined;
  empty: string;
  onOpenCase: OpenCase;
}) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2.5, flex: 1, minWidth: 0 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
        {rows && rows.length > 0 && (
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {countOf(rows)} 件
          </Typography>
        )}
      </Typography>
      {!rows ? (
        <Typography color="text.secondary">正在读取…</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.slice(0, SHOWN).map((row) => (
            <ListItem key={row.id} disableGutters divider sx={{ gap: 1, alignItems: 'center' }}>
              <Link component="button" type="button" underline="hover" onClick={() => onOpenCase(row.id)}>
                {row.code}
              </Link>
              <Box
                component="span"
                title={row.partyNames}
                sx={{
                  flex: 1,
                  minWidth: 0,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {row.partyNames}
              </Box>
              <DeadlineChip state={row.deadlineState} deadline={row.deadline} />
            </ListItem>
          ))}
          {rows.length > SHOWN && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {rows.length >= SERVER_LIMIT
                ? '更多案件请在「矛盾纠纷台账」中查看。'
                : `其余 ${rows.length - SHOWN} 件请在「矛盾纠纷台账」中查看。`}
            </Typography>
          )}
        </List>
      )}
    </Paper>
  );
}

/** What the service promise asks of the user today: due, overdue, and major disputes still open. */
export function CasePanels({ onOpenCase }: { onOpenCase: OpenCase }) {
  const dashboard = useLoad(useCallback(() => api.cases.dashboard({}), []));
  const d = dashboard.data;
  return (
    <Box sx={{ mb: 3 }}>
      <ErrorAlert error={dashboard.error} />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
        <CaseList title="即将到期" rows={d?.due} empty="没有即将到期的案件" onOpenCase={onOpenCase} />
        <CaseList title="已超期" rows={d?.overdue} empty="没有超期的案件" onOpenCase={onOpenCase} />
        <CaseList
          title="重大纠纷（未办结）"
          rows={d?.majorOpen}
          empty="没有未办结的重大纠纷"
          onOpenCase={onOpenCase}
        />
      </Stack>
    </Box>
  );
}

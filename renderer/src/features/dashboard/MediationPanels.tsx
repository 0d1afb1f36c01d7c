import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MediationDue } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import type { OpenMediation } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { DaysLeftChip } from '../mediation/MediationChips';

function DueList({
  title,
  rows,
  empty,
  onOpen,
}: {
  title: string;
  rows: MediationDue[] | undefined;
  empty: string;
  onOpen: OpenMediation;
}) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2.5, flex: 1, minWidth: 0 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {!rows ? (
        <Typography color="text.secondary">正在读取…</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((row) => (
            <ListItem
              key={`${row.mediationId}-${row.date}-${row.what}`}
              disableGutters
              divider
              sx={{ gap: 1 }}
            >
              <Link
                component="button"
                type="button"
                underline="hover"
                onClick={() => onOpen(row.mediationId)}
              >
                {row.caseCode}
              </Link>
              <Box
                component="span"
                title={`${row.partyNames}：${row.what}`}
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
              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                {row.date}
              </Box>
              <DaysLeftChip days={row.daysLeft} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}

/**
 * The mediation deadlines of the desk (domain.md, cross-module links): the
 * 30-day window for judicial confirmation (人民调解法第三十三条) and the
 * follow-ups due; a code opens its mediation. The rows name the parties and
 * the case, so the panels are for the ledger's users only (director, staff):
 * the page mounts them for those roles alone, and only then is the list asked for.
 */
export function MediationPanels({ onOpenMediation }: { onOpenMediation: OpenMediation }) {
  const dashboard = useLoad(useCallback(() => api.mediation.dashboard({}), []));
  const d = dashboard.data;
  return (
    <Box sx={{ mb: 3 }}>
      <ErrorAlert error={dashboard.error} />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
        <DueList
          title="司法确认申请期限"
          rows={d?.judicialDeadlines}
          empty="没有临近的司法确认申请期限。"
          onOpen={onOpenMediation}
        />
        <DueList title="待回访" rows={d?.followUpsDue} empty="没有待回访的调解。" onOpen={onOpenMediation} />
      </Stack>
    </Box>
  );
}

import { useCallback } from 'react';
import Box from '@mui/material/Box';
import type { MediationDue } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import type { OpenMediation } from '../../app/navigation';
import { useLoad } from '../../hooks/useLoad';
import { DaysLeftChip } from '../mediation/MediationChips';
import { DeskList, DeskPanels } from './DeskList';

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
    <DeskList
      title={title}
      empty={empty}
      rows={rows?.map((row) => ({
        key: `${row.mediationId}-${row.date}-${row.what}`,
        code: row.caseCode,
        onOpen: () => onOpen(row.mediationId),
        partyNames: row.partyNames,
        title: `${row.partyNames}：${row.what}`,
        end: (
          <>
            <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
              {row.date}
            </Box>
            <DaysLeftChip days={row.daysLeft} />
          </>
        ),
      }))}
    />
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
    <DeskPanels error={dashboard.error}>
      <DueList
        title="司法确认申请期限"
        rows={d?.judicialDeadlines}
        empty="没有临近的司法确认申请期限。"
        onOpen={onOpenMediation}
      />
      <DueList title="待回访" rows={d?.followUpsDue} empty="没有待回访的调解。" onOpen={onOpenMediation} />
    </DeskPanels>
  );
}

import { useCallback } from 'react';
import type { CaseRow } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import type { OpenCase } from '../../app/navigation';
import { useLoad } from '../../hooks/useLoad';
import { DeadlineChip } from '../cases/CaseChips';
import { DeskList, DeskPanels } from './DeskList';

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
    <DeskList
      title={title}
      count={rows && rows.length > 0 ? `${countOf(rows)} 件` : undefined}
      empty={empty}
      rows={rows?.slice(0, SHOWN).map((row) => ({
        key: row.id,
        code: row.code,
        onOpen: () => onOpenCase(row.id),
        partyNames: row.partyNames,
        end: <DeadlineChip state={row.deadlineState} deadline={row.deadline} />,
      }))}
      more={
        rows && rows.length > SHOWN
          ? rows.length >= SERVER_LIMIT
            ? '更多案件请在「矛盾纠纷台账」中查看。'
            : `其余 ${rows.length - SHOWN} 件请在「矛盾纠纷台账」中查看。`
          : undefined
      }
    />
  );
}

/** What the service promise asks of the user today: due, overdue, and major disputes still open. */
export function CasePanels({ onOpenCase }: { onOpenCase: OpenCase }) {
  const dashboard = useLoad(useCallback(() => api.cases.dashboard({}), []));
  const d = dashboard.data;
  return (
    <DeskPanels error={dashboard.error}>
      <CaseList title="即将到期" rows={d?.due} empty="没有即将到期的案件" onOpenCase={onOpenCase} />
      <CaseList title="已超期" rows={d?.overdue} empty="没有超期的案件" onOpenCase={onOpenCase} />
      <CaseList
        title="重大纠纷（未办结）"
        rows={d?.majorOpen}
        empty="没有未办结的重大纠纷"
        onOpenCase={onOpenCase}
      />
    </DeskPanels>
  );
}

import Chip from '@mui/material/Chip';
import type { RosterMonth, RosterVersion } from '../../../../shared/duty/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { Section } from '../../components/Section';
import { SimpleTable, type Column } from '../mediation/SimpleTable';

export const VERSION_STATUS: Record<RosterVersion['status'], string> = {
  draft: '草稿',
  published: '已发布',
  superseded: '已被新版本取代',
};

const COLOR = { draft: 'primary', published: 'success', superseded: 'default' } as const;

type Version = RosterMonth['versions'][number];

const COLUMNS: Column<Version>[] = [
  { header: '版本', cell: (v) => `第 ${v.version} 版`, nowrap: true },
  {
    header: '状态',
    cell: (v) => (
      <Chip size="small" variant="outlined" color={COLOR[v.status]} label={VERSION_STATUS[v.status]} />
    ),
    nowrap: true,
  },
  { header: '制作', cell: (v) => `${v.createdBy} ${formatTableDateTime(v.createdAt)}`, nowrap: true },
  {
    header: '发布',
    cell: (v) => (v.publishedAt ? `${v.publishedBy ?? ''} ${formatTableDateTime(v.publishedAt)}` : '—'),
    nowrap: true,
  },
  { header: '起始日', cell: (v) => v.startsOn ?? '月初', nowrap: true },
  { header: '说明', cell: (v) => v.note ?? '' },
];

/** 版本记录: every version the month's roster has had — drafts, the one published, those a swap replaced. */
export function RosterVersions({ versions }: { versions: Version[] }) {
  return (
    <Section title="版本记录" description="发布后的每次调班都生成新版本，旧版本保留备查。">
      <SimpleTable
        label="版本记录"
        columns={COLUMNS}
        rows={versions}
        rowKey={(v) => v.id}
        empty="本月还没有值班表。"
      />
    </Section>
  );
}

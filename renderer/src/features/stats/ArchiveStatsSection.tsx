import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ArchiveStats } from '../../../../shared/archive/schemas';
import { periodLabel, type MonthRange } from '../../../../shared/stats/months';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { LoanMonthBars } from './ArchiveCharts';
import { ChartCard } from './ChartCard';
import { SERIES } from './chartColors';
import { FigureCards, type Figure } from './FigureCards';
import { HorizontalBars } from './StatsCharts';

const inWords = (items: readonly { label: string; count: number }[]) =>
  items.map((c) => `${c.label} ${c.count} 件`).join('，');

/** The period's figures as cards; 逾期未还 is as the archive stands now, so none has comparisons. */
function figures(s: ArchiveStats): Figure[] {
  const sum = (pick: (m: ArchiveStats['months'][number]) => number) =>
    s.months.reduce((n, m) => n + pick(m), 0);
  const count = (label: string, value: number, name?: string): Figure => ({
    label,
    value,
    format: 'count',
    ...(name ? { name } : {}),
  });
  return [
    count(
      '借阅申请',
      sum((m) => m.loans),
    ),
    count(
      '借出',
      sum((m) => m.borrowings),
      '档案借出',
    ),
    count(
      '现场查阅与复制',
      sum((m) => m.readings + m.copies),
    ),
    count('逾期未还（当前）', s.overdueNow, '逾期未还'),
    count('不予批准', s.refused, '借阅不予批准'),
    count('归还时缺损', s.damaged, '归还缺损'),
  ];
}

/** A list's height grows with its rows, so every label stays readable. */
const barsHeight = (rows: number) => Math.max(220, rows * 28 + 30);

/**
 * 档案借阅 on the 统计 page for the page's period (domain.md, Module 3): the
 * figures, the loans served each month by way (查阅 / 借出 / 复制, stacked),
 * and the period's applications by 利用目的, by 门类 and by 借阅单位 (the
 * first few). A loan belongs to the month it was applied for.
 */
export function ArchiveStatsSection({ period }: { period: MonthRange }) {
  const load = useLoad(useCallback(() => api.archive.stats(period), [period]));
  const stats = load.data;
  const empty = stats !== undefined && stats.months.every((m) => m.loans === 0) && stats.overdueNow === 0;
  return (
    <Box component="section" aria-label="档案借阅" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 0.5 }}>
        档案借阅{stats ? `（${periodLabel(stats)}）` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        借阅按申请日期计入月份；查阅、借出、复制为其中已实际办理者；不予批准、归还时缺损为本期申请中的件数；逾期未还为当前已过应还日期仍未归还的借阅。
      </Typography>
      <ErrorAlert error={load.error} />
      <LinearProgress
        aria-label="正在统计档案借阅"
        sx={{ mb: 2, visibility: load.loading ? 'visible' : 'hidden' }}
      />
      {stats && (
        <>
          {empty && (
            <Alert severity="info" sx={{ mb: 2 }}>
              本期没有档案借阅。
            </Alert>
          )}
          <FigureCards figures={figures(stats)} heading="h3" mb={2} />
          {!empty && (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(6, 1fr)' } }}>
              <ChartCard
                title="借阅按月份"
                span={6}
                height={260}
                summary={stats.months
                  .map(
                    (m) =>
                      `${periodLabel({ from: m.month, to: m.month })} 查阅 ${m.readings} 件，借出 ${m.borrowings} 件，复制 ${m.copies} 件`,
                  )
                  .join('；')}
              >
                <LoanMonthBars stats={stats} />
              </ChartCard>
              <ChartCard
                title="借阅按利用目的"
                span={2}
                height={barsHeight(stats.byPurpose.length)}
                summary={inWords(stats.byPurpose)}
              >
                <HorizontalBars counts={stats.byPurpose} color={SERIES.total} />
              </ChartCard>
              <ChartCard
                title="借阅按档案门类"
                span={2}
                height={barsHeight(stats.byCategory.length)}
                summary={inWords(stats.byCategory)}
              >
                <HorizontalBars counts={stats.byCategory} color={SERIES.closed} />
              </ChartCard>
              <ChartCard
                title="借阅单位（前列）"
                span={2}
                height={barsHeight(stats.byUnit.length)}
                summary={inWords(stats.byUnit)}
              >
                <HorizontalBars counts={stats.byUnit} color={SERIES.lastYear} />
              </ChartCard>
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

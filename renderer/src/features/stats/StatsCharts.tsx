import Box from '@mui/material/Box';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { periodLabel } from '../../../../shared/stats/months';
import type { CaseStats, Count } from '../../../../shared/stats/schemas';
import { ChartCard } from './ChartCard';
import { DIFFICULTY_COLORS, OUTCOME_COLORS, RISK_COLORS, SERIES, barLabel, PIE_LABEL } from './chartColors';

const inWords = (counts: readonly Count[]) => counts.map((c) => `${c.label} ${c.count} 件`).join('，');
const pieces = (value: unknown) => [`${String(value)} 件`, '件数'] as [string, string];
const TICK = { fontSize: 12 };

/** Long category lists read best as horizontal bars, each labelled with its count. */
export function HorizontalBars({ counts, color }: { counts: readonly Count[]; color: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart layout="vertical" data={[...counts]} margin={{ top: 0, right: 32, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK} />
        <YAxis type="category" dataKey="label" width={120} interval={0} tick={TICK} />
        <Tooltip formatter={pieces} />
        <Bar dataKey="count" name="件数" fill={color} isAnimationActive={false} label={barLabel('right')} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A few levels (难易程度, 风险等级), each in its own colour. */
function LevelBars({ counts, colors }: { counts: readonly Count[]; colors: Record<string, string> }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...counts]} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} interval={0} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip formatter={pieces} />
        <Bar dataKey="count" name="件数" isAnimationActive={false} label={barLabel('top')}>
          {counts.map((c) => (
            <Cell key={c.key} fill={colors[c.key] ?? SERIES.total} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function OutcomePie({ counts }: { counts: readonly Count[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <PieChart>
        <Pie
          data={counts.filter((c) => c.count > 0)}
          dataKey="count"
          nameKey="label"
          innerRadius="45%"
          outerRadius="75%"
          isAnimationActive={false}
          label={PIE_LABEL}
        >
          {counts
            .filter((c) => c.count > 0)
            .map((c) => (
              <Cell key={c.key} fill={OUTCOME_COLORS[c.key] ?? SERIES.total} />
            ))}
        </Pie>
        <Tooltip formatter={(value) => `${String(value)} 件`} />
        <Legend itemSorter={null} />
      </PieChart>
    </ResponsiveContainer>
  );
}

/** Several months: the monthly trend of 受理, 办结 and 化解成功. */
function MonthlyTrend({ stats }: { stats: CaseStats }) {
  const data = stats.byMonth.map((m) => ({ ...m, label: periodLabel({ from: m.month, to: m.month }) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip formatter={(value) => `${String(value)} 件`} />
        <Legend itemSorter={null} />
        <Line dataKey="total" name="受理" stroke={SERIES.total} strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="closed" name="办结" stroke={SERIES.closed} strokeWidth={2} isAnimationActive={false} />
        <Line
          dataKey="resolved"
          name="化解成功"
          stroke={SERIES.resolved}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** One month: the month beside the month before and the same month last year. */
function PeriodComparison({ stats }: { stats: CaseStats }) {
  const rows = [
    { name: '受理', of: 'total' },
    { name: '办结', of: 'closed' },
    { name: '化解成功', of: 'resolved' },
    { name: '重大纠纷', of: 'major' },
  ] as const;
  const data = rows.map((r) => ({
    name: r.name,
    current: stats.period[r.of],
    previous: stats.previous[r.of],
    lastYear: stats.lastYear[r.of],
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip formatter={(value) => `${String(value)} 件`} />
        <Legend itemSorter={null} />
        <Bar
          dataKey="current"
          name={`本期（${periodLabel(stats.period)}）`}
          fill={SERIES.total}
          isAnimationActive={false}
          label={barLabel('top')}
        />
        <Bar
          dataKey="previous"
          name={`上期（${periodLabel(stats.previous)}）`}
          fill={SERIES.previous}
          isAnimationActive={false}
          label={barLabel('top')}
        />
        <Bar
          dataKey="lastYear"
          name={`去年同期（${periodLabel(stats.lastYear)}）`}
          fill={SERIES.lastYear}
          isAnimationActive={false}
          label={barLabel('top')}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The charts of the period: comparison or trend, then the breakdowns. */
export function StatsCharts({ stats }: { stats: CaseStats }) {
  const several = stats.byMonth.length > 1;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(6, 1fr)' } }}>
      {several ? (
        <ChartCard
          title="月度趋势"
          span={6}
          height={280}
          summary={stats.byMonth
            .map(
              (m) =>
                `${periodLabel({ from: m.month, to: m.month })} 受理 ${m.total} 件，办结 ${m.closed} 件，化解成功 ${m.resolved} 件`,
            )
            .join('；')}
        >
          <MonthlyTrend stats={stats} />
        </ChartCard>
      ) : (
        <ChartCard
          title="与上期、去年同期对比"
          span={6}
          height={280}
          summary={`本期受理 ${stats.period.total} 件，上期 ${stats.previous.total} 件，去年同期 ${stats.lastYear.total} 件`}
        >
          <PeriodComparison stats={stats} />
        </ChartCard>
      )}
      <ChartCard
        title="按纠纷类型"
        span={3}
        height={Math.max(240, stats.byCategory.length * 26 + 30)}
        summary={inWords(stats.byCategory)}
      >
        <HorizontalBars counts={stats.byCategory} color={SERIES.total} />
      </ChartCard>
      <ChartCard
        title="按来源"
        span={3}
        height={Math.max(240, stats.bySource.length * 30 + 30)}
        summary={inWords(stats.bySource)}
      >
        <HorizontalBars counts={stats.bySource} color={SERIES.closed} />
      </ChartCard>
      <ChartCard title="按难易程度" span={2} height={280} summary={inWords(stats.byDifficulty)}>
        <LevelBars counts={stats.byDifficulty} colors={DIFFICULTY_COLORS} />
      </ChartCard>
      <ChartCard title="按风险等级" span={2} height={280} summary={inWords(stats.byRisk)}>
        <LevelBars counts={stats.byRisk} colors={RISK_COLORS} />
      </ChartCard>
      <ChartCard title="按办理结果" span={2} height={280} summary={inWords(stats.byOutcome)}>
        <OutcomePie counts={stats.byOutcome} />
      </ChartCard>
    </Box>
  );
}

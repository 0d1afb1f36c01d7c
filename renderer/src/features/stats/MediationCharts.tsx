import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MediationStats } from '../../../../shared/mediation/schemas';
import { periodLabel } from '../../../../shared/stats/months';
import { SERIES, barLabel, PIE_LABEL } from './chartColors';

/** 调解来源, each in its own colour (the case charts' palette). */
const SOURCE_COLORS: Record<string, string> = {
  initiative: SERIES.total,
  application: SERIES.closed,
  referral: SERIES.lastYear,
};

const TICK = { fontSize: 12 };
const pieces = (value: unknown) => `${String(value)} 件`;

/** 受理 and 调解成功 month by month (one pair of bars for a single month). */
export function MediationMonthBars({ stats }: { stats: MediationStats }) {
  const data = stats.byMonth.map((m) => ({ ...m, label: periodLabel({ from: m.month, to: m.month }) }));
  const one = data.length === 1;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip formatter={pieces} />
        <Legend itemSorter={null} />
        <Bar
          dataKey="accepted"
          name="受理"
          fill={SERIES.total}
          isAnimationActive={false}
          maxBarSize={48}
          {...(one ? { label: barLabel('top') } : {})}
        />
        <Bar
          dataKey="succeeded"
          name="调解成功"
          fill={SERIES.resolved}
          isAnimationActive={false}
          maxBarSize={48}
          {...(one ? { label: barLabel('top') } : {})}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** 主动调解 / 申请调解 / 接受委托移送: the share of the period's mediations. */
export function MediationSourcePie({ stats }: { stats: MediationStats }) {
  const data = stats.bySource.filter((s) => s.count > 0);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <PieChart>
        <Pie
          data={data}
          dataKey="count"
          nameKey="label"
          innerRadius="45%"
          outerRadius="75%"
          isAnimationActive={false}
          label={PIE_LABEL}
        >
          {data.map((s) => (
            <Cell key={s.key} fill={SOURCE_COLORS[s.key] ?? SERIES.total} />
          ))}
        </Pie>
        <Tooltip formatter={pieces} />
        <Legend itemSorter={null} />
      </PieChart>
    </ResponsiveContainer>
  );
}

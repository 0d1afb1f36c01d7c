import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArchiveStats } from '../../../../shared/archive/schemas';
import { periodLabel } from '../../../../shared/stats/months';
import { LOAN_MODE_COLORS } from './chartColors';

const TICK = { fontSize: 12 };
const pieces = (value: unknown) => `${String(value)} 件`;

/** The three ways of borrowing, stacked per month (what was actually served of the month's applications). */
const MODES = [
  { key: 'readings', name: '查阅' },
  { key: 'borrowings', name: '借出' },
  { key: 'copies', name: '复制' },
] as const;

/** 查阅 / 借出 / 复制 month by month, stacked, so each bar's height is the month's loans served. */
export function LoanMonthBars({ stats }: { stats: ArchiveStats }) {
  const data = stats.months.map((m) => ({ ...m, label: periodLabel({ from: m.month, to: m.month }) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip formatter={pieces} />
        <Legend itemSorter={null} />
        {MODES.map((m) => (
          <Bar
            key={m.key}
            dataKey={m.key}
            name={m.name}
            stackId="modes"
            fill={LOAN_MODE_COLORS[m.key]}
            isAnimationActive={false}
            maxBarSize={56}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

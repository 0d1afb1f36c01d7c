import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MediationFigures, MediationStats } from '../../../../shared/mediation/schemas';
import { periodLabel, type MonthRange } from '../../../../shared/stats/months';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { ChartCard } from './ChartCard';
import { FigureCards, figuresOf, type FigureSpec } from './FigureCards';
import { MediationMonthBars, MediationSourcePie } from './MediationCharts';

/** The headline figures, as the case cards show them; `name` tells them apart from the case cards (受理). */
const CARDS: FigureSpec<MediationFigures>[] = [
  { label: '受理', name: '调解受理', format: 'count', of: (p) => p.accepted },
  { label: '调解成功', format: 'count', of: (p) => p.succeeded },
  { label: '成功率', name: '调解成功率', format: 'rate', of: (p) => p.successRate },
  { label: '协议金额（元）', name: '调解协议金额', format: 'yuan', of: (p) => p.amountTotal },
  { label: '防止民转刑', format: 'count', of: (p) => p.preventedCriminal },
  { label: '防止群体性上访', format: 'count', of: (p) => p.preventedPetition },
];

/** 纠纷类型 · 受理 · 调解成功, with the total. */
function CategoryTable({ stats }: { stats: MediationStats }) {
  const total = stats.byCategory.reduce(
    (t, c) => ({ count: t.count + c.count, succeeded: t.succeeded + c.succeeded }),
    { count: 0, succeeded: 0 },
  );
  return (
    <Paper sx={{ p: 2, gridColumn: { lg: 'span 6' } }}>
      <Typography variant="h6" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
        调解按纠纷类型
      </Typography>
      <Table size="small" aria-label="调解按纠纷类型">
        <TableHead>
          <TableRow>
            <TableCell>纠纷类型</TableCell>
            <TableCell align="right">受理</TableCell>
            <TableCell align="right">调解成功</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {stats.byCategory.map((c) => (
            <TableRow key={c.key}>
              <TableCell>{c.label}</TableCell>
              <TableCell align="right">{c.count}</TableCell>
              <TableCell align="right">{c.succeeded}</TableCell>
            </TableRow>
          ))}
          <TableRow sx={{ '& td': { fontWeight: 600 } }}>
            <TableCell>合计</TableCell>
            <TableCell align="right">{total.count}</TableCell>
            <TableCell align="right">{total.succeeded}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}

const inWords = (items: readonly { label: string; count: number }[]) =>
  items.map((c) => `${c.label} ${c.count} 件`).join('，');

/**
 * 人民调解 on the 统计 page (domain.md, Module 2: monthly mediation
 * statistics) for the page's period: the headline figures with 环比 and 同比,
 * 受理 and 调解成功 by month, the source split and the categories.
 */
export function MediationStatsSection({ period }: { period: MonthRange }) {
  const load = useLoad(useCallback(() => api.mediation.stats(period), [period]));
  const stats = load.data;
  const empty =
    stats !== undefined &&
    stats.period.accepted === 0 &&
    stats.period.succeeded === 0 &&
    stats.period.terminated === 0;
  return (
    <Box component="section" aria-label="人民调解" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 0.5 }}>
        人民调解{stats ? `（${periodLabel(stats.period)}）` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        受理为本期受理的调解；调解成功为本期签署生效的调解协议，协议金额取现行有效版本；成功率 = 调解成功 ÷
        （调解成功 + 终止调解）；防止民转刑、防止群体性上访按本期结案归卷的调解计。
      </Typography>
      <ErrorAlert error={load.error} />
      <LinearProgress
        aria-label="正在统计人民调解"
        sx={{ mb: 2, visibility: load.loading ? 'visible' : 'hidden' }}
      />
      {stats && (
        <>
          {empty && (
            <Alert severity="info" sx={{ mb: 2 }}>
              本期没有受理、调解成功或终止的人民调解。
            </Alert>
          )}
          <FigureCards figures={figuresOf(CARDS, stats)} heading="h3" mb={2} />
          {!empty && (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(6, 1fr)' } }}>
              <ChartCard
                title="调解按月份"
                span={4}
                height={280}
                summary={stats.byMonth
                  .map(
                    (m) =>
                      `${periodLabel({ from: m.month, to: m.month })} 受理 ${m.accepted} 件，调解成功 ${m.succeeded} 件`,
                  )
                  .join('；')}
              >
                <MediationMonthBars stats={stats} />
              </ChartCard>
              <ChartCard title="调解按来源" span={2} height={280} summary={inWords(stats.bySource)}>
                <MediationSourcePie stats={stats} />
              </ChartCard>
              <CategoryTable stats={stats} />
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

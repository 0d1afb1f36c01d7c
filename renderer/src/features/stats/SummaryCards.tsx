import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  formatPointChange,
  formatRate,
  formatRelativeChange,
  formatYuan,
  pointChange,
  relativeChange,
} from '../../../../shared/stats/compare';
import type { CaseStats, PeriodFigures } from '../../../../shared/stats/schemas';

interface Card {
  label: string;
  /** Rates change by percentage points, counts and amounts by a percentage of the earlier figure. */
  kind: 'count' | 'rate' | 'yuan';
  of: (p: PeriodFigures) => number | null;
  unit?: string;
}

const CARDS: Card[] = [
  { label: '受理', kind: 'count', of: (p) => p.total, unit: '件' },
  { label: '办结', kind: 'count', of: (p) => p.closed, unit: '件' },
  { label: '化解成功率', kind: 'rate', of: (p) => p.successRate },
  { label: '按期办结率', kind: 'rate', of: (p) => p.onTimeRate },
  { label: '涉及金额', kind: 'yuan', of: (p) => p.amountTotal, unit: '元' },
  { label: '重大纠纷', kind: 'count', of: (p) => p.major, unit: '件' },
];

function shown(card: Card, value: number | null): string {
  if (card.kind === 'rate') return formatRate(value);
  if (card.kind === 'yuan') return formatYuan(value ?? 0);
  return String(value ?? 0);
}

function change(card: Card, current: number | null, base: number | null): string {
  return card.kind === 'rate'
    ? formatPointChange(pointChange(current, base))
    : formatRelativeChange(relativeChange(current ?? 0, base ?? 0));
}

/** One line of comparison: 环比 +5.6%（上期 72 件）. */
function Delta({
  name,
  card,
  current,
  base,
}: {
  name: string;
  card: Card;
  current: number | null;
  base: number | null;
}) {
  return (
    <Typography variant="body2" color="text.secondary">
      {name} {change(card, current, base)}
      <Box component="span" sx={{ ml: 0.5, fontSize: '0.85em' }}>
        （{name === '环比' ? '上期' : '去年同期'} {shown(card, base)}
        {card.unit && card.kind !== 'yuan' ? ` ${card.unit}` : ''}）
      </Box>
    </Typography>
  );
}

/** The headline figures of the period, each with 环比 and 同比. */
export function SummaryCards({ stats }: { stats: CaseStats }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        mb: 3,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' },
      }}
    >
      {CARDS.map((card) => {
        const current = card.of(stats.period);
        return (
          <Paper key={card.label} component="section" aria-label={card.label} sx={{ p: 2 }}>
            <Typography variant="body2" color="text.secondary" component="h2">
              {card.label}
              {card.unit === '元' ? '（元）' : ''}
            </Typography>
            <Typography variant="h5" component="p" sx={{ my: 0.5, fontWeight: 600 }}>
              {shown(card, current)}
              {card.unit && card.kind === 'count' && (
                <Typography component="span" sx={{ ml: 0.5 }} color="text.secondary">
                  {card.unit}
                </Typography>
              )}
            </Typography>
            <Delta name="环比" card={card} current={current} base={card.of(stats.previous)} />
            <Delta name="同比" card={card} current={current} base={card.of(stats.lastYear)} />
          </Paper>
        );
      })}
    </Box>
  );
}

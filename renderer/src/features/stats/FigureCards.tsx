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
import { sameRange, type MonthRange } from '../../../../shared/stats/months';

/** Rates change by percentage points, counts (件) and amounts (元) by a percentage of the earlier figure. */
export type FigureFormat = 'count' | 'rate' | 'yuan';

/** One headline figure of a period, with the two it is compared against. */
export interface Figure {
  /** Shown on the card. */
  label: string;
  /** The card's accessible name, where it differs from the label. */
  name?: string;
  value: number | null;
  /** The period before (环比); a figure without comparisons (a count as it stands now) leaves both out. */
  previous?: number | null;
  /** The same period a year earlier (同比). */
  lastYear?: number | null;
  format: FigureFormat;
}

/** How a figure is read off each of the three periods. */
export interface FigureSpec<P> {
  label: string;
  name?: string;
  format: FigureFormat;
  of: (p: P) => number | null;
}

/** The figures of `specs` for a period and its comparisons; 环比 left out where it is the 同比 (a year). */
export function figuresOf<P extends MonthRange>(
  specs: readonly FigureSpec<P>[],
  stats: { period: P; previous: P; lastYear: P },
): Figure[] {
  const previousIsLastYear = sameRange(stats.previous, stats.lastYear);
  return specs.map(({ of, ...spec }) => ({
    ...spec,
    value: of(stats.period),
    ...(previousIsLastYear ? {} : { previous: of(stats.previous) }),
    lastYear: of(stats.lastYear),
  }));
}

/** The figure as shown, without its unit: 72, 86.5%, 1,234.00. */
function shown(format: FigureFormat, value: number | null): string {
  if (format === 'rate') return formatRate(value);
  if (format === 'yuan') return formatYuan(value ?? 0);
  return String(value ?? 0);
}

function change(format: FigureFormat, current: number | null, base: number | null): string {
  return format === 'rate'
    ? formatPointChange(pointChange(current, base))
    : formatRelativeChange(relativeChange(current ?? 0, base ?? 0));
}

/** One line of comparison: 环比 +5.6%（上期 72 件）. */
function Delta({ name, figure, base }: { name: '环比' | '同比'; figure: Figure; base: number | null }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {name} {change(figure.format, figure.value, base)}
      <Box component="span" sx={{ ml: 0.5, fontSize: '0.85em' }}>
        （{name === '环比' ? '上期' : '去年同期'} {shown(figure.format, base)}
        {figure.format === 'count' ? ' 件' : ''}）
      </Box>
    </Typography>
  );
}

/**
 * Headline figures of a period as cards, each with 环比 and 同比 where it has them. `heading` is
 * the level of the cards' labels under the section they sit in.
 */
export function FigureCards({
  figures,
  heading = 'h2',
  mb = 3,
}: {
  figures: readonly Figure[];
  heading?: 'h2' | 'h3';
  mb?: number;
}) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        mb,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' },
      }}
    >
      {figures.map((figure) => (
        <Paper
          key={figure.name ?? figure.label}
          component="section"
          aria-label={figure.name ?? figure.label}
          sx={{ p: 2 }}
        >
          <Typography variant="body2" color="text.secondary" component={heading}>
            {figure.label}
          </Typography>
          <Typography variant="h5" component="p" sx={{ my: 0.5, fontWeight: 600 }}>
            {shown(figure.format, figure.value)}
            {figure.format === 'count' && (
              <Typography component="span" sx={{ ml: 0.5 }} color="text.secondary">
                件
              </Typography>
            )}
          </Typography>
          {figure.previous !== undefined && <Delta name="环比" figure={figure} base={figure.previous} />}
          {figure.lastYear !== undefined && <Delta name="同比" figure={figure} base={figure.lastYear} />}
        </Paper>
      ))}
    </Box>
  );
}

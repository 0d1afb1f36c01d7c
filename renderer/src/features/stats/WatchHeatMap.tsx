import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { WEEKDAY_LABELS } from '../../../../shared/watch/analysis';

/** Five steps from none to the busiest cell, in the charts' blue. */
const STEPS = ['#f1f4f7', '#c9d9e8', '#8fb1d0', '#4f82b0', '#1f5a8c'] as const;

const stepOf = (count: number, max: number) =>
  count === 0 || max === 0 ? 0 : Math.min(4, 1 + Math.floor(((count - 1) / max) * 4));

/**
 * Events by hour of day × weekday (热力图) as a grid of coloured cells with a
 * legend — recharts draws no heat map. Each cell names its weekday, hour and
 * count for a screen reader and as a tooltip; the darkest step is the busiest.
 */
export function WatchHeatMap({ heat }: { heat: number[][] }) {
  const max = Math.max(0, ...heat.flat());
  // The legend gives each step the counts it covers (a step no count falls in is left out).
  const legend: { color: string; text: string }[] = [{ color: STEPS[0], text: '0' }];
  for (let step = 1, c = 1; step <= 4 && c <= max; step++) {
    const first = c;
    while (c <= max && stepOf(c, max) === step) c++;
    if (c > first)
      legend.push({ color: STEPS[step]!, text: c - 1 > first ? `${first}–${c - 1}` : String(first) });
  }
  return (
    <Box>
      <Box
        role="grid"
        aria-label="事件按星期和小时分布"
        sx={{
          display: 'grid',
          gridTemplateColumns: '4.5em repeat(24, minmax(0, 1fr))',
          gap: '2px',
          fontSize: 12,
        }}
      >
        <Box role="row" sx={{ display: 'contents' }}>
          <Box role="columnheader" />
          {Array.from({ length: 24 }, (_, h) => (
            <Box key={h} role="columnheader" sx={{ textAlign: 'center', color: 'text.secondary' }}>
              {h}
            </Box>
          ))}
        </Box>
        {heat.map((row, d) => (
          <Box key={d} role="row" sx={{ display: 'contents' }}>
            <Box role="rowheader" sx={{ color: 'text.secondary', pr: 0.5, whiteSpace: 'nowrap' }}>
              {WEEKDAY_LABELS[d]}
            </Box>
            {row.map((count, h) => {
              const label = `${WEEKDAY_LABELS[d]} ${h}时 ${count} 起`;
              const step = stepOf(count, max);
              return (
                <Box
                  key={h}
                  role="gridcell"
                  aria-label={label}
                  title={label}
                  sx={{
                    height: 22,
                    borderRadius: '2px',
                    bgcolor: STEPS[step],
                    color: step >= 3 ? '#fff' : 'text.primary',
                    textAlign: 'center',
                    lineHeight: '22px',
                  }}
                >
                  {count > 0 ? count : ''}
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, flexWrap: 'wrap' }} aria-hidden>
        <Typography variant="caption" color="text.secondary">
          起数：
        </Typography>
        {legend.map(({ color, text }) => (
          <Box key={color} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box
              sx={{ width: 14, height: 14, bgcolor: color, borderRadius: '2px', border: '1px solid #d0d7de' }}
            />
            <Typography variant="caption" color="text.secondary">
              {text}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/**
 * One titled chart. The drawing is an image to a screen reader, so its
 * figures are given in words as its label (`summary`).
 */
export function ChartCard({
  title,
  summary,
  height,
  span,
  children,
}: {
  title: string;
  summary: string;
  height: number;
  /** Columns taken in the page's six-column chart grid (wide screens). */
  span: number;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      aria-label={title}
      sx={{ p: 2, gridColumn: { lg: `span ${span}` }, minWidth: 0 }}
    >
      <Typography variant="h6" component="h2" sx={{ mb: 1, fontSize: '1rem' }}>
        {title}
      </Typography>
      <Box role="img" aria-label={`${title}：${summary}`} sx={{ height, minWidth: 0 }}>
        {children}
      </Box>
    </Paper>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Long text takes the whole row. */
  wide?: boolean;
}

const isEmpty = (v: ReactNode) => v === null || v === undefined || v === '' || v === false;

/**
 * Label/value pairs of a record as a description list (<dl>): read like a
 * printed form, and each value is found by its label. Empty values show a
 * dash, so a missing entry is visibly missing rather than absent.
 */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}
    >
      {facts.map((fact) => (
        <Box key={fact.label} sx={fact.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {fact.label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {isEmpty(fact.value) ? '—' : fact.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

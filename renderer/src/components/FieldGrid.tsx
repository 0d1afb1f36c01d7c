import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

/** Form fields in as many columns as fit (each at least 170 px); `gridColumn: 'span 2'` widens one. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))' }}>
      {children}
    </Box>
  );
}

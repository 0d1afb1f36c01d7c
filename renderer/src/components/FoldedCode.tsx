import { useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';

/**
 * A long check code (the 防篡改校验码 of a signed agreement) folded to its ends:
 * staff compare the first and last characters with a printout, rarely all 64,
 * so the whole code is one click away instead of filling the panel.
 */
export function FoldedCode({ code, label }: { code: string; label: string }) {
  const [open, setOpen] = useState(false);
  const folded = code.length > 20 ? `${code.slice(0, 8)}…${code.slice(-8)}` : code;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
      <Box component="code" aria-label={label} sx={{ fontSize: 13, wordBreak: 'break-all' }}>
        {open ? code : folded}
      </Box>
      {folded !== code && (
        <Link component="button" type="button" variant="body2" onClick={() => setOpen((o) => !o)}>
          {open ? '收起' : '显示完整'}
        </Link>
      )}
    </Box>
  );
}

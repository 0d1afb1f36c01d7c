import Box from '@mui/material/Box';
import { recoveryKeyRows } from '../../../../shared/recoveryKey';
import { MONO_STACK } from '../../theme';

/** Kept in the text (a copy gives the exact key) but not drawn: the row's end already shows the break. */
const hidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * The recovery key on screen as on its printed sheet: a monospace face, three
 * rows of three groups, each group one unbreakable element, so a line never
 * ends inside a group however narrow the window. The text content is exactly
 * the key (the dash between rows is there, only not drawn).
 */
export function RecoveryKeyText({ recoveryKey }: { recoveryKey: string }) {
  const rows = recoveryKeyRows(recoveryKey);
  return (
    <Box
      data-testid="recovery-key"
      sx={{
        fontFamily: MONO_STACK,
        fontSize: { xs: 22, sm: 28 },
        fontWeight: 600,
        letterSpacing: '0.08em',
        lineHeight: 1.6,
        textAlign: 'center',
        userSelect: 'all',
        position: 'relative',
        p: 2,
        border: 2,
        borderColor: 'primary.main',
        borderRadius: 1,
        bgcolor: '#f7fafc',
      }}
    >
      {rows.map((groups, r) => (
        <Box key={r} sx={{ whiteSpace: 'nowrap' }}>
          {groups.map((group, g) => (
            <span key={g}>
              <Box component="span" data-testid="recovery-key-group" sx={{ whiteSpace: 'nowrap' }}>
                {group}
              </Box>
              {g < groups.length - 1
                ? '-'
                : r < rows.length - 1 && (
                    <Box component="span" sx={hidden}>
                      -
                    </Box>
                  )}
            </span>
          ))}
        </Box>
      ))}
    </Box>
  );
}

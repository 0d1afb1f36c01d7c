import Chip from '@mui/material/Chip';
import { FOOTAGE_STATES, type FootageState } from '../../../../shared/footage/codes';

/** Waiting ones in the primary colour, refusals red, finished ones quiet. */
const COLOR: Record<FootageState, 'primary' | 'success' | 'error' | 'default'> = {
  waiting: 'primary',
  approved: 'success',
  refused: 'error',
  copied: 'default',
  corrected: 'default',
};

export function FootageStateChip({ state }: { state: FootageState }) {
  return <Chip size="small" variant="outlined" color={COLOR[state]} label={FOOTAGE_STATES[state]} />;
}

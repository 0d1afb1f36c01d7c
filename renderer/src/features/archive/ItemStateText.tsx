import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ArchiveItem } from '../../../../shared/archive/schemas';
import { itemState } from './catalogueFilter';

const COLOURS = { 在库: 'text.primary', 借出中: 'warning.dark', 已销毁: 'text.disabled' } as const;

/** 在库 / 借出中 / 已销毁 as text in a row. */
export function ItemStateText({ item }: { item: Pick<ArchiveItem, 'destroyed' | 'onLoanId'> }) {
  const state = itemState(item);
  return (
    <Typography component="span" variant="body2" sx={{ color: COLOURS[state] }}>
      {state}
    </Typography>
  );
}

/** The same state as a chip beside the item page's heading. */
export function ItemStateChip({ item }: { item: Pick<ArchiveItem, 'destroyed' | 'onLoanId'> }) {
  const state = itemState(item);
  const color = state === '在库' ? 'success' : state === '借出中' ? 'warning' : 'default';
  return <Chip label={state} color={color} variant="outlined" />;
}

import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import PriorityHigh from '@mui/icons-material/PriorityHigh';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import { DEADLINE_STATE_LABELS, type DeadlineState } from '../../../../shared/cases/deadline';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from '../../../../shared/cases/status';

/**
 * Service-promise colours (domain.md): green on time, yellow due within one
 * working day, red overdue, grey suspended. Soft backgrounds with dark text
 * keep the contrast readable, and every state carries its own word and icon,
 * so nobody has to tell red from green.
 */
export const DEADLINE_LOOK: Record<
  Exclude<DeadlineState, 'none'>,
  { bg: string; fg: string; icon: ReactElement }
> = {
  green: { bg: '#e3f2e6', fg: '#1b5e20', icon: <CheckCircleOutlined /> },
  yellow: { bg: '#fff3c4', fg: '#6d4c00', icon: <ScheduleOutlined /> },
  red: { bg: '#fde4e1', fg: '#a3190f', icon: <ErrorOutlined /> },
  grey: { bg: '#eceff1', fg: '#455a64', icon: <PauseCircleOutlined /> },
};

/** 办理期限 with its state: "2026-11-27 正常"; a closed case shows the date alone. */
export function DeadlineChip({
  state,
  deadline,
  size = 'small',
}: {
  state: DeadlineState;
  deadline: string | null;
  size?: 'small' | 'medium';
}) {
  if (state === 'none') return <span>{deadline ?? '—'}</span>;
  const look = DEADLINE_LOOK[state];
  const word = DEADLINE_STATE_LABELS[state];
  return (
    <Chip
      size={size}
      icon={look.icon}
      label={deadline ? `${deadline} ${word}` : word}
      data-deadline-state={state}
      sx={{
        bgcolor: look.bg,
        color: look.fg,
        border: 1,
        borderColor: look.fg,
        fontWeight: 500,
        '& .MuiChip-icon': { color: look.fg },
      }}
    />
  );
}

const isOpen = (status: CaseStatus) => OPEN_STATUSES.includes(status);

/** 状态: open states in the primary colour, finished and suspended ones quiet. */
export function StatusChip({ status, size = 'small' }: { status: CaseStatus; size?: 'small' | 'medium' }) {
  return (
    <Chip
      size={size}
      variant="outlined"
      color={isOpen(status) ? 'primary' : 'default'}
      label={CASE_STATUSES[status]}
    />
  );
}

/** 状态 as text, for the ledger's narrow column (a chip would not fit 调解中). */
export function StatusText({ status }: { status: CaseStatus }) {
  return (
    <Box component="span" sx={{ color: isOpen(status) ? 'primary.main' : 'text.secondary', fontWeight: 500 }}>
      {CASE_STATUSES[status]}
    </Box>
  );
}

/** 重大 badge of the case record and the dashboard (domain.md: highlighted until closed). */
export function MajorChip({ size = 'small' }: { size?: 'small' | 'medium' }) {
  return <Chip size={size} color="error" icon={<PriorityHigh />} label="重大" />;
}

/** 重大 in the ledger's narrow column: the word on red, no icon. */
export function MajorMark() {
  return (
    <Box
      component="span"
      sx={{
        bgcolor: 'error.main',
        color: 'error.contrastText',
        borderRadius: 1,
        px: 0.75,
        py: 0.25,
        fontSize: 12,
      }}
    >
      重大
    </Box>
  );
}

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import {
  nextStatuses,
  OPEN_STATUSES,
  TRANSITION_LABELS,
  type CaseStatus,
} from '../../../../shared/cases/status';

export type CaseDialog =
  { kind: 'edit' } | { kind: 'transition'; to: CaseStatus } | { kind: 'escalate' } | { kind: 'extend' };

/**
 * What can be done with the case now: only the transitions the status machine
 * allows from here (nextStatuses); 上报 and 延期 while the case is not closed
 * (上报 only for a major dispute).
 */
export function CaseActions({ c, onOpen }: { c: CaseDetail; onOpen: (dialog: CaseDialog) => void }) {
  const open = OPEN_STATUSES.includes(c.status);
  // 调解中 is entered by opening a mediation and left by its agreement or termination (server rule).
  const moves = c.mediationOpen ? [] : nextStatuses(c.status).filter((to) => to !== 'mediating');
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} aria-label="案件操作">
      {c.mediationOpen && (
        <Typography color="text.secondary" sx={{ alignSelf: 'center' }}>
          调解进行中：在「人民调解」中达成协议或终止调解后，案件随之办结。
        </Typography>
      )}
      {moves.map((to) => (
        <Button
          key={to}
          variant={to === 'suspended' ? 'outlined' : 'contained'}
          color={to === 'suspended' ? 'warning' : 'primary'}
          onClick={() => onOpen({ kind: 'transition', to })}
        >
          {TRANSITION_LABELS[to]}
        </Button>
      ))}
      <Button
        variant="outlined"
        startIcon={<EditOutlined />}
        disabled={c.status === 'archived'}
        onClick={() => onOpen({ kind: 'edit' })}
      >
        编辑
      </Button>
      {c.major && (open || c.status === 'suspended') && (
        <Button
          variant={c.escalatedAt ? 'outlined' : 'contained'}
          color="error"
          startIcon={<CampaignOutlined />}
          onClick={() => onOpen({ kind: 'escalate' })}
        >
          上报
        </Button>
      )}
      {(open || c.status === 'suspended') && (
        <Button
          variant="outlined"
          startIcon={<EventRepeatOutlined />}
          onClick={() => onOpen({ kind: 'extend' })}
        >
          延期
        </Button>
      )}
    </Stack>
  );
}

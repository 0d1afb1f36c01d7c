import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CaseEvent } from '../../../../shared/cases/schemas';
import { CASE_STATUSES } from '../../../../shared/cases/status';
import { formatTableDateTime } from '../../../../shared/dates';
import { Section } from '../../components/Section';

const KIND_LABELS: Record<CaseEvent['kind'], string> = {
  created: '登记案件',
  transition: '状态变更',
  updated: '修改案件信息',
  escalated: '上报',
  'deadline-extended': '延长办理期限',
  attachment: '添加附件',
  'follow-up': '回访',
  mediation: '人民调解',
};

function headline(e: CaseEvent): string {
  if (e.kind === 'transition' && e.toStatus) {
    const from = e.fromStatus ? `${CASE_STATUSES[e.fromStatus]} → ` : '';
    return `${from}${CASE_STATUSES[e.toStatus]}`;
  }
  return KIND_LABELS[e.kind];
}

/**
 * 办理经过: every action on the case, oldest first, as a vertical line of
 * dated entries with who did it (domain.md: "a dated history of every action").
 */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  return (
    <Section title="办理经过">
      <Stack component="ol" aria-label="办理经过" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((e, i) => {
          const last = i === events.length - 1;
          return (
            <Box component="li" key={e.id} sx={{ display: 'flex', gap: 2 }}>
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ width: 128, flexShrink: 0, pt: '1px', fontVariantNumeric: 'tabular-nums' }}
              >
                {formatTableDateTime(e.at)}
              </Typography>
              <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', flexShrink: 0 }}>
                <Box
                  sx={{
                    width: 12,
                    height: 12,
                    mt: '5px',
                    borderRadius: '50%',
                    bgcolor: last ? 'primary.main' : 'background.paper',
                    border: 2,
                    borderColor: 'primary.main',
                  }}
                />
                {!last && <Box sx={{ flexGrow: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
              </Box>
              <Box sx={{ pb: last ? 0 : 2.5, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 500 }}>
                  {headline(e)}
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                    {e.actorName}
                  </Typography>
                </Typography>
                {e.note && (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {e.note}
                  </Typography>
                )}
              </Box>
            </Box>
          );
        })}
      </Stack>
    </Section>
  );
}

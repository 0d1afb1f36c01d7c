import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { MEDIATION_SOURCES } from '../../../../shared/mediation/codes';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import type { OpenMediation } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useLoad } from '../../hooks/useLoad';
import { DaysLeftChip, MediationStatusChip } from './MediationChips';
import { canOpenMediation } from './mediationRules';
import { OpenMediationDialog } from './OpenMediationDialog';
import { RefusalDialog } from './RefusalDialog';

interface CaseMediationSectionProps {
  c: CaseDetail;
  user: SessionUser;
  onOpenMediation: OpenMediation;
  /** A recorded refusal answers with the updated case. */
  onCaseChanged: (updated: CaseDetail, message: string) => void;
}

/**
 * 人民调解 on the case record: the case's mediations, and — while the case is
 * being handled and none is under way — opening one, or recording that a
 * party refuses (人民调解法第十七条).
 */
export function CaseMediationSection({ c, user, onOpenMediation, onCaseChanged }: CaseMediationSectionProps) {
  // Reloaded when the case changes (its status decides what may be opened).
  const mediations = useLoad(useCallback(() => api.mediation.forCase({ caseId: c.id }), [c]));
  const [dialog, setDialog] = useState<'open' | 'refuse' | null>(null);
  const list = mediations.data;
  const mayOpen = list !== undefined && canOpenMediation(c.status, list);

  return (
    <Section title="人民调解">
      <ErrorAlert error={mediations.error} />
      {!list ? (
        mediations.loading && <Typography color="text.secondary">正在读取…</Typography>
      ) : list.length === 0 ? (
        <Typography color="text.secondary">本案尚未进行人民调解。</Typography>
      ) : (
        <List dense disablePadding aria-label="本案调解">
          {list.map((m) => (
            <ListItem key={m.id} disableGutters divider sx={{ gap: 1.5, flexWrap: 'wrap' }}>
              <MediationStatusChip status={m.status} />
              <Typography sx={{ flex: 1, minWidth: 200 }}>
                {formatTableDateTime(m.openedAt)} 受理（{MEDIATION_SOURCES[m.source]}），人民调解员{' '}
                {m.mediators.join('、')}
                {m.agreements[0]?.number ? `，协议 ${m.agreements[0].number}` : ''}
              </Typography>
              {m.judicial.deadline && m.judicial.daysLeft !== null && !m.judicial.appliedOn && (
                // 人民调解法第33条: the 30-day window is shown wherever the case is looked at.
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2">司法确认申请期限 {m.judicial.deadline}</Typography>
                  <DaysLeftChip days={m.judicial.daysLeft} />
                </Stack>
              )}
              <Button variant="outlined" size="small" onClick={() => onOpenMediation(m.id)}>
                打开调解
              </Button>
            </ListItem>
          ))}
        </List>
      )}
      {mayOpen && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" onClick={() => setDialog('open')}>
            受理调解
          </Button>
          <Button variant="outlined" color="warning" onClick={() => setDialog('refuse')}>
            当事人拒绝调解
          </Button>
        </Stack>
      )}
      {dialog === 'open' && (
        <OpenMediationDialog
          c={c}
          user={user}
          onClose={() => setDialog(null)}
          onOpened={(m) => onOpenMediation(m.id)}
        />
      )}
      {dialog === 'refuse' && (
        <RefusalDialog
          c={c}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            onCaseChanged(next, '已记录当事人拒绝调解，本案不进行人民调解。');
          }}
        />
      )}
    </Section>
  );
}

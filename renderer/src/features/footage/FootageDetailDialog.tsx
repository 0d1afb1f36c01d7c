import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FootageRequest } from '../../../../shared/footage/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { useLoad } from '../../hooks/useLoad';
import { FootageStateChip } from './FootageChips';
import { copyText, correctionLines, minuteText, pointsText, rangeText } from './footageText';

/** What the user may do next on a request, by role and where it stands. */
export type FootageStep = 'approve' | 'refuse' | 'copy' | 'correct';

export function stepsFor(user: SessionUser, r: FootageRequest): FootageStep[] {
  const keeps = user.role === 'director' || user.role === 'operator';
  const current = r.correctedById === null;
  const steps: FootageStep[] = [];
  if (user.role === 'director' && current && !r.decision) steps.push('approve', 'refuse');
  if (keeps && current && r.decision?.approved) steps.push('copy');
  if (keeps && current) steps.push('correct');
  return steps;
}

const STEP_LABELS: Record<FootageStep, string> = {
  approve: '批准',
  refuse: '不予批准',
  copy: '登记复制',
  correct: '更正',
};

interface Props {
  id: number;
  user: SessionUser;
  onClose: () => void;
  onStep: (step: FootageStep, request: FootageRequest) => void;
  onOpen: (id: number) => void;
}

/**
 * One request as registered: every field (the ID number whole for the
 * director and operators), the decision, every copy, and the corrections
 * either way; the steps the user may take from here. Nothing here edits it.
 */
export function FootageDetailDialog({ id, user, onClose, onStep, onOpen }: Props) {
  const loaded = useLoad(useCallback(() => api.footage.get({ id }), [id]));
  const r = loaded.data;
  const d = r?.decision;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="footage-detail-title">
      <DialogTitle id="footage-detail-title">录像调取登记 #{id}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={loaded.error} />
        {r && (
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <FootageStateChip state={r.state} />
              {r.correctsId !== null && (
                <Button size="small" onClick={() => onOpen(r.correctsId!)}>
                  查看原登记 #{r.correctsId}
                </Button>
              )}
              {r.correctedById !== null && (
                <Button size="small" onClick={() => onOpen(r.correctedById!)}>
                  查看更正后的登记 #{r.correctedById}
                </Button>
              )}
            </Stack>
            {correctionLines(r).map((line) => (
              <Alert key={line} severity="info">
                {line}
              </Alert>
            ))}
            {r.likelyOverwritten && (
              <Alert severity="warning">登记时已提示：所调取时段早于录像保存期限，录像很可能已被覆盖。</Alert>
            )}
            <Facts
              facts={[
                { label: '调取人', value: r.requester },
                { label: '调取单位', value: r.unit },
                { label: '身份证号', value: r.idNumber },
                { label: '介绍信或公函', value: r.letter },
                { label: '调取点位', value: pointsText(r), wide: true },
                { label: '调取时段', value: rangeText(r), wide: true },
                { label: '调取事由', value: r.purpose, wide: true },
                { label: '登记时间', value: minuteText(r.requestedAt) },
                { label: '登记人', value: r.recordedBy },
                {
                  label: '审批',
                  value: d
                    ? `${d.approved ? '批准' : '不予批准'}（${d.decidedBy}，${minuteText(d.decidedAt)}）${d.note ? `：${d.note}` : ''}`
                    : r.correctedById === null
                      ? '待主任审批'
                      : '',
                  wide: true,
                },
                {
                  label: '复制',
                  value: r.copies.length ? r.copies.map(copyText).join('\n') : '',
                  wide: true,
                },
              ]}
            />
            <Typography variant="body2" color="text.secondary">
              登记一经保存不能修改或删除；如有错误，请用「更正」另行登记并注明理由。
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {r &&
          stepsFor(user, r).map((step) => (
            <Button
              key={step}
              variant={step === 'approve' || step === 'copy' ? 'contained' : 'outlined'}
              color={step === 'refuse' ? 'error' : 'primary'}
              onClick={() => onStep(step, r)}
            >
              {STEP_LABELS[step]}
            </Button>
          ))}
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}

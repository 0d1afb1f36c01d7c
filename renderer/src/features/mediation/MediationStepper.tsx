import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { signedAgreement } from './mediationRules';

export type StepKey =
  'intake' | 'rights' | 'sessions' | 'agreement' | 'termination' | 'followUp' | 'judicial' | 'close';

interface StepInfo {
  key: StepKey;
  label: string;
  done: boolean;
  optional?: string;
}

/**
 * The seed's procedure as steps: 受理 → 告知权利义务 → 调解 → 协议 → 回访 →
 * 司法确认 → 结案归卷; a mediation that fails ends in 终止调解 instead of the
 * agreement and what follows it (人民调解法第二十六条).
 */
export function stepsOf(m: MediationDetail): StepInfo[] {
  const first: StepInfo[] = [
    { key: 'intake', label: '受理', done: true },
    { key: 'rights', label: '告知权利义务', done: m.rightsNoticeSignedAt !== null },
    { key: 'sessions', label: '调解', done: m.sessions.length > 0 },
  ];
  const close: StepInfo = { key: 'close', label: '结案归卷', done: m.closedAt !== null };
  if (m.status === 'terminated' || m.terminatedAt)
    return [...first, { key: 'termination', label: '终止调解', done: true }, close];
  return [
    ...first,
    { key: 'agreement', label: '调解协议', done: signedAgreement(m) !== undefined },
    { key: 'followUp', label: '回访', done: m.followUps.some((f) => f.visitedAt !== null) },
    {
      key: 'judicial',
      label: '司法确认',
      done: m.judicial.appliedOn !== null,
      optional: '当事人自愿',
    },
    close,
  ];
}

export const anchorOf = (key: StepKey) => `mediation-step-${key}`;

/** The overview of where the mediation stands; a step scrolls to its part of the page. */
export function MediationStepper({ m }: { m: MediationDetail }) {
  const steps = stepsOf(m);
  const active = steps.findIndex((s) => !s.done);
  return (
    <Box component="nav" aria-label="调解流程" sx={{ mb: 3, overflowX: 'auto' }}>
      <Stepper nonLinear alternativeLabel activeStep={active === -1 ? steps.length : active}>
        {steps.map((s) => (
          <Step key={s.key} completed={s.done}>
            <StepButton
              onClick={() => document.getElementById(anchorOf(s.key))?.scrollIntoView({ behavior: 'smooth' })}
              optional={
                s.optional && (
                  <Typography variant="caption" color="text.secondary">
                    {s.optional}
                  </Typography>
                )
              }
            >
              {s.label}
            </StepButton>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}

/** Where the stepper scrolls to: the section of one step. */
export function StepAnchor({ step, children }: { step: StepKey; children: ReactNode }) {
  return (
    <Box id={anchorOf(step)} sx={{ scrollMarginTop: 80 }}>
      {children}
    </Box>
  );
}

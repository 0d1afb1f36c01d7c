import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { GenerateOutput } from '../../../../shared/duty/schemas';

export type Outcome =
  | { ok: true; optimal: boolean; spread: { nights: number; offDays: number; hours: number } }
  | { ok: false; reasons: string[] };

/** Balances from earlier months are shares, so a spread may be fractional. */
const figure = (n: number) => Math.round(n * 10) / 10;

export const outcomeOf = (out: GenerateOutput): Outcome =>
  out.ok ? { ok: true, optimal: out.optimal, spread: out.spread } : { ok: false, reasons: out.reasons };

/**
 * What a generation said: the fairness it reached (spread counting earlier
 * months' balances), or every reason no roster can exist, with its numbers,
 * so the director knows what to change (people, leave, rules, template).
 */
export function GenerateOutcome({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  if (outcome.ok)
    return (
      <Alert severity="success" onClose={onClose} sx={{ mb: 2 }}>
        已生成草稿{outcome.optimal ? '，已证明是规则允许范围内最公平的安排' : ''}
        。各人差距（请假按应得份额折算，并计入以往月份的多排少排）：夜班 {figure(outcome.spread.nights)}{' '}
        个，周末节假日班 {figure(outcome.spread.offDays)} 个，工时 {figure(outcome.spread.hours)}{' '}
        小时。请核对后保存或发布。
      </Alert>
    );
  return (
    <Alert severity="warning" onClose={onClose} sx={{ mb: 2 }} aria-label="无法生成值班表">
      <AlertTitle>按现有人员、请假和规则，本月排不出值班表</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {outcome.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      可在「排班设置」中增加值班人员、调整规则或班次模板，或在「请假与带班」中调整请假后再生成。
    </Alert>
  );
}

import Chip from '@mui/material/Chip';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import {
  AGREEMENT_STATUSES,
  MEDIATION_STATUSES,
  type AgreementStatus,
  type MediationStatus,
} from '../../../../shared/mediation/codes';

/** 调解状态: under way in the primary colour, finished ones quiet. */
export function MediationStatusChip({
  status,
  size = 'small',
}: {
  status: MediationStatus;
  size?: 'small' | 'medium';
}) {
  const color = status === 'open' ? 'primary' : status === 'agreed' ? 'success' : 'default';
  return <Chip size={size} variant="outlined" color={color} label={MEDIATION_STATUSES[status]} />;
}

/** 协议状态: 草稿 / 已签署生效 / 已被更正版本取代. */
export function AgreementStatusChip({ status }: { status: AgreementStatus }) {
  const color = status === 'signed' ? 'success' : status === 'draft' ? 'warning' : 'default';
  return <Chip size="small" variant="outlined" color={color} label={AGREEMENT_STATUSES[status]} />;
}

/** Within a week of the last day, or past it, a deadline is urgent (shown red, with its own word). */
export const URGENT_DAYS = 7;

export const daysLeftText = (days: number) =>
  days < 0 ? `已超过 ${-days} 天` : days === 0 ? '今天截止' : `还剩 ${days} 天`;

/** Days to a deadline, red when ≤ 7 days or past; the words carry it for anyone who cannot tell colours. */
export function DaysLeftChip({ days, size = 'small' }: { days: number; size?: 'small' | 'medium' }) {
  const urgent = days <= URGENT_DAYS;
  return (
    <Chip
      size={size}
      color={urgent ? 'error' : 'default'}
      variant={urgent ? 'filled' : 'outlined'}
      icon={urgent ? <ErrorOutlined /> : <ScheduleOutlined />}
      label={daysLeftText(days)}
      data-urgent={urgent}
    />
  );
}

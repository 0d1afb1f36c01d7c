/**
 * The case status machine (domain.md): 登记 → 受理 → 办理中 (调解中 while a
 * mediation is open) → 办结 → 回访 → 归档, and 中止 (suspended, with a
 * reason) from any open state. Only these transitions are accepted; each is a
 * dated event with who made it.
 */
export const CASE_STATUSES = {
  registered: '登记',
  accepted: '受理',
  in_progress: '办理中',
  mediating: '调解中',
  closed: '办结',
  followed_up: '回访',
  archived: '归档',
  suspended: '中止',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

/** States in which the service-promise deadline runs. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['registered', 'accepted', 'in_progress', 'mediating'];

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  registered: ['accepted', 'closed', 'suspended'],
  accepted: ['in_progress', 'mediating', 'closed', 'suspended'],
  in_progress: ['mediating', 'closed', 'suspended'],
  mediating: ['in_progress', 'closed', 'suspended'],
  suspended: ['in_progress', 'closed'],
  closed: ['followed_up', 'archived'],
  followed_up: ['archived'],
  archived: [],
};

/** The statuses a case may move to from `from`. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

/** True when `from → to` is a transition of the machine. */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The button label for moving into a status. */
export const TRANSITION_LABELS: Record<CaseStatus, string> = {
  registered: '登记',
  accepted: '受理',
  in_progress: '开始办理',
  mediating: '转入调解',
  closed: '办结',
  followed_up: '回访',
  archived: '归档',
  suspended: '中止',
};

/**
 * What a transition must carry: closing needs an outcome and a result,
 * suspending a reason, a follow-up its record.
 */
export function transitionNeeds(to: CaseStatus): {
  outcome: boolean;
  result: boolean;
  reason: boolean;
  followUp: boolean;
} {
  return {
    outcome: to === 'closed',
    result: to === 'closed',
    reason: to === 'suspended',
    followUp: to === 'followed_up',
  };
}

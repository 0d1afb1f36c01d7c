import { describe, expect, it } from 'vitest';
import {
  CASE_STATUSES,
  canTransition,
  nextStatuses,
  OPEN_STATUSES,
  transitionNeeds,
  type CaseStatus,
} from '../../shared/cases/status';

const ALL = Object.keys(CASE_STATUSES) as CaseStatus[];

/** The machine of domain.md, written out by hand. */
const ALLOWED: [CaseStatus, CaseStatus][] = [
  ['registered', 'accepted'],
  ['registered', 'closed'],
  ['registered', 'suspended'],
  ['accepted', 'in_progress'],
  ['accepted', 'mediating'],
  ['accepted', 'closed'],
  ['accepted', 'suspended'],
  ['in_progress', 'mediating'],
  ['in_progress', 'closed'],
  ['in_progress', 'suspended'],
  ['mediating', 'in_progress'],
  ['mediating', 'closed'],
  ['mediating', 'suspended'],
  ['suspended', 'in_progress'],
  ['suspended', 'closed'],
  ['closed', 'followed_up'],
  ['closed', 'archived'],
  ['followed_up', 'archived'],
];

describe('案件状态机', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(nextStatuses(from)).toContain(to);
  });

  it('allows nothing else (all 64 pairs checked)', () => {
    const allowed = new Set(ALLOWED.map(([a, b]) => `${a}>${b}`));
    for (const from of ALL)
      for (const to of ALL)
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
  });

  it.each([
    ['registered', 'archived'],
    ['registered', 'followed_up'],
    ['registered', 'registered'],
    ['closed', 'in_progress'],
    ['archived', 'closed'],
    ['archived', 'registered'],
    ['followed_up', 'closed'],
    ['suspended', 'archived'],
    ['suspended', 'accepted'],
    ['mediating', 'accepted'],
  ] as [CaseStatus, CaseStatus][])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends at 归档', () => {
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('runs the deadline only in open states', () => {
    expect(OPEN_STATUSES).toEqual(['registered', 'accepted', 'in_progress', 'mediating']);
  });

  it('says what a transition must carry', () => {
    expect(transitionNeeds('closed')).toEqual({
      outcome: true,
      result: true,
      reason: false,
      followUp: false,
    });
    expect(transitionNeeds('suspended')).toEqual({
      outcome: false,
      result: false,
      reason: true,
      followUp: false,
    });
    expect(transitionNeeds('followed_up')).toEqual({
      outcome: false,
      result: false,
      reason: false,
      followUp: true,
    });
    for (const to of ['accepted', 'in_progress', 'mediating', 'archived'] as CaseStatus[])
      expect(transitionNeeds(to)).toEqual({ outcome: false, result: false, reason: false, followUp: false });
  });
});

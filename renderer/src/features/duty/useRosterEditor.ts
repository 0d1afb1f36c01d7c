import { useMemo, useState } from 'react';
import type { Assignment, RosterRules } from '../../../../shared/duty/rules';
import type { RosterMonth } from '../../../../shared/duty/schemas';
import type { ShiftTemplate } from '../../../../shared/duty/shifts';
import { countsOf, validateRoster } from '../../../../shared/duty/validate';
import {
  clientContext,
  editCell,
  editMove,
  spreadOf,
  startHistory,
  undo,
  type ShiftChip,
} from './rosterGrid';

const NONE: Assignment[] = [];

/**
 * The month's roster as edited on this screen. Every edit is checked at once
 * by the shared validator (≤ 10 ms a month) with the same context the server
 * uses; while nothing is changed the list is the server's own. A new answer
 * from the server (load, save, generation) starts a fresh undo history.
 */
export function useRosterEditor(args: {
  view: RosterMonth;
  previous: RosterMonth | undefined;
  template: ShiftTemplate;
  rules: RosterRules;
  isOffDay: (date: string) => boolean;
}) {
  const { view, previous, template, rules, isOffDay } = args;
  const base = (view.draft ?? view.published)?.assignments ?? NONE;
  const [history, setHistory] = useState(() => startHistory(base));
  const [seen, setSeen] = useState(base);
  if (seen !== base) {
    setSeen(base);
    setHistory(startHistory(base));
  }
  const roster = seen === base ? history.present : base;
  const dirty = roster !== base;

  const ctx = useMemo(
    () => clientContext({ view, template, rules, isOffDay, previous }),
    [view, template, rules, isOffDay, previous],
  );
  const issues = useMemo(
    () => (dirty ? validateRoster(ctx, roster) : view.issues),
    [dirty, ctx, roster, view.issues],
  );
  const counts = useMemo(() => countsOf(ctx, roster), [ctx, roster]);

  return {
    roster,
    dirty,
    canUndo: history.past.length > 0,
    issues,
    counts,
    spread: spreadOf(counts),
    leave: ctx.leave,
    set: (personId: number, date: string, shift: string | null) =>
      setHistory((h) => editCell(h, personId, date, shift)),
    /** A shift chip dragged to another cell (RosterGrid): the same history, so 撤销 takes it back. */
    move: (chip: ShiftChip, to: { personId: number; date: string }) =>
      setHistory((h) => editMove(h, chip, to)),
    undo: () => setHistory(undo),
  };
}

// The archive room's loans for the demo seed: the current ones (out, waiting) and each item's history before them.
// Separate from archive.seed.ts (the catalogue and its boxes), which writes the rows drawn here.
import { addDays } from '../../../../shared/calendar/workdays';
import {
  defaultLoanDays,
  dueDate,
  needsApproval,
  type LoanMode,
  type LoanPeriods,
  type LoanPurpose,
  type LoanStatus,
} from '../../../../shared/archive/loans';
import { idCheckChar } from '../../../../shared/privacy/identity';
import type { Dice } from '../cases/cases.seed-random';
import { REGIONS } from '../cases/cases.seed-data';
import {
  atDay,
  commonName,
  DAY,
  dayOf,
  HOUR,
  minute,
  pad,
  type ItemRow,
  type Person,
} from './archive.seed-common';
import * as T from './archive.seed-data';

/** One loan row as the app's steps leave it (archive.loans.ts), times as whole minutes. */
export interface LoanRow {
  item_id: number;
  status: LoanStatus;
  mode: LoanMode;
  borrower_kind: 'staff' | 'outside';
  borrower_account_id: number | null;
  borrower_name: string;
  borrower_unit: string | null;
  borrower_phone: string | null;
  borrower_id_number: string | null;
  letter: string | null;
  purpose: LoanPurpose;
  purpose_note: string | null;
  needs_approval: number;
  requested_days: number;
  requested_at: string;
  requested_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decided_by_id: number | null;
  decision_note: string | null;
  approved_days: number | null;
  lent_at: string | null;
  lent_by: string | null;
  pages_out: number | null;
  due_on: string | null;
  renewals: number;
  returned_at: string | null;
  returned_to: string | null;
  pages_back: number | null;
  condition: 'intact' | 'damaged' | null;
  condition_note: string | null;
  effect: string | null;
  cancel_reason: string | null;
}

function idNumber(d: Dice): string {
  const first17 = `${d.pick(REGIONS)}${d.int(1960, 2000)}${pad(d.int(1, 12))}${pad(d.int(1, 28))}${pad(d.int(0, 99))}${d.int(0, 9)}`;
  return first17 + idCheckChar(first17);
}

const mobile = (d: Dice) =>
  `1${d.pick(['3', '5', '8', '9'])}${String(d.int(0, 999_999_999)).padStart(9, '0')}`;

export interface LoanContext {
  items: ItemRow[];
  periods: LoanPeriods;
  now: number;
  today: string;
  director: Person;
  clerk: () => Person;
  keeper: () => Person;
  people: Person[];
  total: number;
}

/** A time on `t`'s day in office hours (08:30–16:30), not before `lo`. */
function office(d: Dice, t: number, lo: number): number {
  const day = new Date(t);
  day.setHours(8, 30 + d.int(0, 480), 0, 0);
  return Math.max(day.getTime(), lo + d.int(5, 40) * 60_000);
}

/**
 * The loans: first the current ones (out, waiting), each on an item of its own
 * or queued behind one that is out, then each item's history before them —
 * loans one after another, each returned (or refused, or cancelled) before
 * the next goes out.
 */
export function seedLoans(d: Dice, x: LoanContext): LoanRow[] {
  const rows: LoanRow[] = [];
  /** Per item, the time its current loans begin: its history ends a day before. */
  const cutoff = new Map<number, number>();
  const older = x.items.filter((i) => new Date(i.created_at).getTime() < x.now - 60 * DAY);
  const order = older.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(d.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let next = 0;
  const take = () => (next < order.length ? older[order[next++]!]! : null);
  const daysFor = (item: ItemRow, mode: LoanMode) =>
    defaultLoanDays(
      mode,
      { classification: item.classification, important: item.important === 1 },
      x.periods,
    );

  const base = (item: ItemRow, mode: LoanMode, requestedAt: number): LoanRow => {
    const staff = d.chance(0.4);
    const who = staff ? d.pick(x.people) : null;
    const unit = staff ? null : d.pick(T.OUTSIDE_UNITS);
    const purpose = (
      staff ? d.pick(['review', 'review', 'research', 'other'] as const) : d.pick(unit!.purposes)
    ) as LoanPurpose;
    const days = daysFor(item, mode);
    return {
      item_id: item.id,
      status: 'requested',
      mode,
      borrower_kind: staff ? 'staff' : 'outside',
      borrower_account_id: who?.id ?? null,
      borrower_name: who?.name ?? commonName(d),
      borrower_unit: unit?.unit ?? '本中心',
      borrower_phone: staff ? null : mobile(d),
      borrower_id_number: staff ? null : idNumber(d),
      letter: staff
        ? null
        : `${unit!.unit}${d.chance(0.5) ? '介绍信' : '调阅函'}（${dayOf(requestedAt).slice(0, 4)}）第${d.int(1, 200)}号`,
      purpose,
      purpose_note: d.chance(0.8) ? d.pick(T.PURPOSE_NOTES[purpose]!) : null,
      needs_approval: needsApproval(mode, item.classification) ? 1 : 0,
      requested_days: days,
      requested_at: minute(requestedAt),
      requested_by: who && d.chance(0.7) && who.role !== 'director' ? who.name : x.clerk().name,
      decided_at: null,
      decided_by: null,
      decided_by_id: null,
      decision_note: null,
      approved_days: null,
      lent_at: null,
      lent_by: null,
      pages_out: null,
      due_on: null,
      renewals: 0,
      returned_at: null,
      returned_to: null,
      pages_back: null,
      condition: null,
      condition_note: null,
      effect: null,
      cancel_reason: null,
    };
  };
  const modeFor = (r: { outside: boolean }): LoanMode =>
    r.outside
      ? d.weighted({ read: 55, copy: 30, borrow: 15 })
      : d.weighted({ read: 40, borrow: 45, copy: 15 });
  const approve = (r: LoanRow, at: number) => {
    r.status = 'approved';
    if (r.needs_approval === 0) return;
    r.decided_at = minute(at);
    r.decided_by = x.director.name;
    r.decided_by_id = x.director.id;
    r.decision_note = d.chance(0.4) ? d.pick(T.CONDITIONS) : null;
    r.approved_days = r.requested_days;
  };
  const lend = (r: LoanRow, item: ItemRow, at: number, due: string) => {
    r.status = 'out';
    r.lent_at = minute(at);
    r.lent_by = x.keeper().name;
    r.pages_out = item.pages;
    r.due_on = due;
  };

  // ——— current: out (overdue, due soon, in time) ———
  const scale = (share: number, min: number) => Math.max(min, Math.round(x.total * share));
  const outCount = Math.min(scale(0.02, 6), Math.floor(older.length * 0.3));
  const outItems: { item: ItemRow; lentAt: number }[] = [];
  for (let k = 0; k < outCount; k++) {
    const item = take();
    if (!item) break;
    const days = daysFor(item, 'borrow');
    const kind = k % 4 === 0 ? 'overdue' : k % 4 === 1 ? 'dueSoon' : 'ok';
    const renewed = kind === 'overdue' && d.chance(0.2) ? 1 : 0;
    const due =
      kind === 'overdue'
        ? addDays(x.today, -d.int(1, 25))
        : kind === 'ok' && days - 1 > x.periods.warnDays
          ? addDays(x.today, d.int(x.periods.warnDays + 1, days - 1))
          : addDays(x.today, d.int(0, Math.min(x.periods.warnDays, days - 1)));
    const lentOn = addDays(due, -days * (1 + renewed));
    const lentAt = office(d, atDay(lentOn), atDay(lentOn));
    const decidedAt = lentAt - d.int(1, 48) * HOUR;
    const requestedAt = decidedAt - d.int(1, 24) * HOUR;
    const r = base(item, 'borrow', requestedAt);
    approve(r, decidedAt);
    lend(r, item, lentAt, due);
    r.renewals = renewed;
    rows.push(r);
    cutoff.set(item.id, requestedAt);
    outItems.push({ item, lentAt });
  }

  // ——— current: waiting for the director or to be handed out; a third queued behind an item that is out ———
  const waiting = scale(0.006, 6);
  for (let k = 0; k < waiting; k++) {
    const queued = k % 3 === 0 && outItems.length > 0;
    const target = queued ? d.pick(outItems) : null;
    const item = target?.item ?? take();
    if (!item) break;
    const outside = d.chance(0.6);
    const wantApproved = k % 2 === 1;
    // A request that waits for the director needs approval: taking out, copying, or a 秘密 item.
    let mode = modeFor({ outside });
    if (!wantApproved && !needsApproval(mode, item.classification)) mode = 'copy';
    const lo = target ? target.lentAt : x.now - 3 * DAY;
    const requestedAt = Math.min(
      office(d, lo + d.int(0, Math.max(0, x.now - lo - 2 * HOUR)), lo),
      x.now - 20 * 60_000,
    );
    const r = base(item, mode, requestedAt);
    if (wantApproved)
      approve(r, Math.min(office(d, requestedAt + d.int(1, 20) * HOUR, requestedAt), x.now - 5 * 60_000));
    rows.push(r);
    if (!cutoff.has(item.id)) cutoff.set(item.id, requestedAt);
  }

  // ——— history: the rest, by each item's popularity, before its current loans ———
  const start = x.now - 3 * 365 * DAY;
  const history = Math.max(0, x.total - rows.length);
  const weights = x.items.map(
    (i) => (i.category === 'TJ' ? 4 : 1) * (i.classification === 'secret' ? 0.5 : 1) * (0.3 + d.next()),
  );
  const weightSum = weights.reduce((s, w) => s + w, 0);
  let made = 0;
  x.items.forEach((item, idx) => {
    const k = Math.round((history * weights[idx]!) / weightSum);
    const from = Math.max(start, new Date(item.created_at).getTime() + DAY);
    const until = (cutoff.get(item.id) ?? x.now - 2 * DAY) - DAY;
    if (k === 0 || until - from < 2 * DAY) return;
    const gap = (until - from) / (k + 1);
    let t = from;
    for (let n = 0; n < k && made < history; n++) {
      t += gap * (0.3 + 1.4 * d.next());
      if (t > until) break;
      const r = pastLoan(d, x, item, t, until, base, approve, lend, modeFor);
      rows.push(r.row);
      made++;
      t = Math.max(t, r.freeFrom);
    }
  });
  return rows;
}

/** One finished loan: refused, cancelled or returned, the item free again at `freeFrom` (before `until`). */
function pastLoan(
  d: Dice,
  x: LoanContext,
  item: ItemRow,
  t: number,
  until: number,
  base: (item: ItemRow, mode: LoanMode, at: number) => LoanRow,
  approve: (r: LoanRow, at: number) => void,
  lend: (r: LoanRow, item: ItemRow, at: number, due: string) => void,
  modeFor: (r: { outside: boolean }) => LoanMode,
): { row: LoanRow; freeFrom: number } {
  const requestedAt = office(d, t, t);
  const r = base(item, modeFor({ outside: d.chance(0.6) }), requestedAt);
  let at = requestedAt;
  if (r.needs_approval === 1) {
    if (d.chance(0.02)) {
      r.status = 'cancelled';
      r.cancel_reason = d.pick(T.CANCELS);
      return { row: r, freeFrom: requestedAt };
    }
    at = office(d, requestedAt + d.int(1, 30) * HOUR, requestedAt);
    if (d.chance(0.06)) {
      r.status = 'refused';
      r.decided_at = minute(at);
      r.decided_by = x.director.name;
      r.decided_by_id = x.director.id;
      r.decision_note = d.pick(T.REFUSALS);
      return { row: r, freeFrom: requestedAt };
    }
  }
  approve(r, at);
  if (d.chance(0.03)) {
    r.status = 'cancelled';
    r.cancel_reason = d.pick(T.CANCELS);
    return { row: r, freeFrom: at };
  }
  const lentAt = r.mode === 'borrow' ? office(d, at + d.int(0, 3) * DAY, at) : at + d.int(5, 30) * 60_000;
  const days = r.approved_days ?? r.requested_days;
  const renewed = r.mode === 'borrow' && d.chance(0.1) ? 1 : 0;
  const due = dueDate(dayOf(lentAt), days * (1 + renewed));
  lend(r, item, lentAt, due);
  r.renewals = renewed;
  let returnedAt =
    r.mode === 'borrow'
      ? office(d, atDay(dayOf(lentAt)) + d.int(1, Math.max(1, days * (1 + renewed))) * DAY, lentAt)
      : lentAt + d.int(30, 100) * 60_000;
  // Now and then an item came back late (the overdue list of its day).
  if (r.mode === 'borrow' && d.chance(0.07)) returnedAt += d.int(1, 20) * DAY;
  returnedAt = Math.min(returnedAt, until - HOUR);
  if (returnedAt <= lentAt) returnedAt = lentAt + 30 * 60_000;
  r.status = 'returned';
  r.returned_at = minute(returnedAt);
  r.returned_to = x.keeper().name;
  r.pages_back = item.pages;
  r.condition = 'intact';
  if (d.chance(0.03)) {
    r.condition = 'damaged';
    // As returnLoan words it: fewer pages is 缺损 and says how many.
    if (item.pages > 1 && d.chance(0.5)) {
      r.pages_back = item.pages - 1;
      r.condition_note = `归还时少 1 页（出借 ${item.pages} 页，归还 ${item.pages - 1} 页）`;
    } else r.condition_note = d.pick(T.DAMAGES);
  }
  if (d.chance(0.3)) r.effect = d.pick(T.EFFECTS);
  return { row: r, freeFrom: returnedAt };
}

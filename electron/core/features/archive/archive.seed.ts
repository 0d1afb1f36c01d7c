import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { addDays } from '../../../../shared/calendar/workdays';
import type { Classification, Retention } from '../../../../shared/archive/codes';
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
import { appendAudit } from '../audit/audit.queries';
import { stmt } from '../cases/cases.queries';
import { Dice, fill, mulberry32 } from '../cases/cases.seed-random';
import { ESTATES, GIVEN, REGIONS, SURNAMES } from '../cases/cases.seed-data';
import { saveBox } from './archive.boxes';
import { fileItem } from './archive.items';
import { getArchiveSettings, loanPeriods } from './archive.settings';
import * as T from './archive.seed-data';

export interface SeedArchiveOptions {
  /** Catalogue items in all, the mediation dossiers already filed included (at least a few of every 门类 are added). */
  items: number;
  /** Loans in all: the current ones (out, waiting) and the history before them. */
  loans: number;
  now: Date;
  seed?: number;
}

export interface SeedArchiveResult {
  items: number;
  dossiers: number;
  boxes: number;
  loans: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CATEGORIES = ['HY', 'BG', 'XX', 'ZB', 'WS', 'TJ'] as const;
const RETENTION_LIST: readonly Retention[] = ['Y', 'D30', 'D10'];
/** The years the catalogue spans: the paper archive reaches back before the system (so D10 items have expired). */
const YEARS_BACK = 12;
/** Items added besides the dossiers even when those alone reach the target: every 门类 and period shows. */
const MIN_OTHERS = 40;
const BOX_SIZE = 30;
const BOXES_PER_CABINET = 40;

const RETENTION_WEIGHTS: Record<string, Record<Retention, number>> = {
  HY: { Y: 30, D30: 50, D10: 20 },
  BG: { Y: 40, D30: 40, D10: 20 },
  XX: { Y: 5, D30: 25, D10: 70 },
  ZB: { Y: 2, D30: 8, D10: 90 },
  WS: { Y: 30, D30: 40, D10: 30 },
  TJ: { Y: 10, D30: 80, D10: 10 },
};

interface Person {
  id: number;
  name: string;
  role: string;
}

interface ItemSpec {
  categoryCode: string;
  year: number;
  retention: Retention;
  classification: Classification;
  title: string;
  docNumber: string | undefined;
  responsible: string;
  date: string;
  pages: number;
  important: boolean;
}

interface ItemRow {
  id: number;
  code: string;
  category: string;
  classification: Classification;
  important: number;
  pages: number;
  created_at: string;
}

/** One loan row as the app's steps leave it (archive.loans.ts), times as whole minutes. */
interface LoanRow {
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

const minute = (t: number) => toLocalIso(new Date(t)).slice(0, 16);
const dayOf = (t: number) => toLocalDate(new Date(t));
const atDay = (day: string) => new Date(`${day}T00:00:00`).getTime();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Adds the archive room of the demo (domain.md, Module 3): catalogue items of
 * every 门类 over twelve years (D10 items of the oldest years past their
 * retention), boxed by series in numbered cabinets, some 秘密; and loans in
 * every state — waiting for the director, approved and waiting (some queued
 * behind an item that is out), refused, out (some overdue, some due soon),
 * returned intact or 缺损, cancelled — by staff and by outside units (courts,
 * 司法所, 派出所). Items are filed through `fileItem`, so serials run without
 * gaps in date order; the dossiers of closed mediations are already filed by
 * the mediation seed through `fileMediationDossier`. Loans are written as the
 * steps of archive.loans.ts leave them, in the order they were applied for:
 * at most one loan out per item, an approver on every loan that needed one.
 */
export function seedArchiveRoom(db: Db, options: SeedArchiveOptions): SeedArchiveResult {
  const d = new Dice(mulberry32(options.seed ?? 20261126));
  const today = toLocalDate(options.now);
  // Everything happened before today began: a clock that runs on while the ledger is seeded (seconds
  // or minutes) must not move a single minute of the archive room, so the same seed gives the same rows.
  const now = atDay(today);
  const currentYear = options.now.getFullYear();
  const settings = getArchiveSettings(db);
  const periods = loanPeriods(settings);
  const people = db
    .prepare(
      "SELECT id, display_name AS name, role FROM accounts WHERE disabled = 0 AND role IN ('director', 'staff', 'archivist') ORDER BY id",
    )
    .all() as Person[];
  const director = people.find((p) => p.role === 'director');
  if (!director) throw new Error('seedArchiveRoom needs a director');
  const keepers = people.filter((p) => p.role === 'archivist');
  const desk = people.filter((p) => p.role !== 'director');
  const keeper = () => d.pick(keepers.length ? keepers : desk.length ? desk : [director]);
  const clerk = () => d.pick(desk.length ? desk : [director]);
  const audit = (summary: string) =>
    appendAudit(
      db,
      toLocalIso(options.now),
      { id: director.id, name: `${director.name}（示范数据）` },
      { action: 'archive.seed', entity: 'archive', summary },
    );

  // ——— 1. the catalogue ———
  const dossiers = (
    stmt(db, 'SELECT count(*) AS n FROM archive_items WHERE mediation_id IS NOT NULL').get() as { n: number }
  ).n;
  // Dossiers of mediations are in the catalogue from the year the system came into use; before it, paper ones.
  const systemYear =
    (
      stmt(db, 'SELECT min(year) AS y FROM archive_items WHERE mediation_id IS NOT NULL').get() as {
        y: number | null;
      }
    ).y ?? currentYear - 3;
  const firstYear = currentYear - YEARS_BACK;
  const others = Math.max(options.items - dossiers, MIN_OTHERS);
  const specs: ItemSpec[] = [];
  for (let k = 0; k < others; k++) {
    // The first ones cover every 门类 × 保管期限, the D10 ones in the oldest years (expired by now).
    const cover = k < CATEGORIES.length * RETENTION_LIST.length;
    const category = cover
      ? CATEGORIES[k % CATEGORIES.length]!
      : d.weighted({ HY: 20, BG: 15, XX: 20, ZB: 20, WS: 20, TJ: 10 });
    const retention = cover
      ? RETENTION_LIST[Math.floor(k / CATEGORIES.length)]!
      : d.weighted(RETENTION_WEIGHTS[category]!);
    // More recent years hold more (the centre files more as it grows).
    let year =
      cover && retention === 'D10'
        ? firstYear + (k % 2)
        : firstYear + Math.floor(Math.sqrt(d.next()) * (YEARS_BACK + 1));
    if (cover && retention !== 'D10') year = firstYear + 2 + (k % (YEARS_BACK - 2));
    // Paper dossiers only from before the system: since then each is filed when its mediation closes.
    const cat = category === 'TJ' && year >= systemYear ? 'WS' : category;
    const spec = itemSpec(d, cat, Math.min(year, currentYear), retention, today);
    // Among them 秘密 ones, whatever the draw: a 秘密 item is read only with the director's approval.
    if (cover && retention === 'Y' && (cat === 'BG' || cat === 'WS')) spec.classification = 'secret';
    specs.push(spec);
  }
  specs.sort((a, b) => a.date.localeCompare(b.date));
  const itemBatch = 2000;
  for (let first = 0; first < specs.length; first += itemBatch) {
    const batch = specs.slice(first, first + itemBatch);
    writeTransaction(db, () => {
      for (const s of batch) {
        // Catalogued a few days after the document's date, in office hours, never after now.
        const at = Math.min(atDay(s.date) + d.int(1, 20) * DAY + d.int(9 * 60, 17 * 60) * 60_000, now - HOUR);
        fileItem(db, settings, { ...s, note: undefined, boxId: undefined }, keeper().name, minute(at));
      }
      audit(`示范数据：著录档案 ${batch.length} 件（${batch[0]!.date} 至 ${batch.at(-1)!.date}）`);
    });
  }

  // ——— 2. boxes: each series of a past year in boxes of 30, in 档号 order; this year's items wait unboxed ———
  const series = db
    .prepare(
      `SELECT id, category, year, retention FROM archive_items WHERE destroyed_at IS NULL AND box_id IS NULL AND year < ?
       ORDER BY year, category, retention, serial`,
    )
    .all(currentYear) as { id: number; category: string; year: number; retention: Retention }[];
  let boxes = 0;
  writeTransaction(db, () => {
    const setBox = stmt(db, 'UPDATE archive_items SET box_id = ? WHERE id = ?');
    for (let i = 0; i < series.length;) {
      const head = series[i]!;
      let j = i;
      while (
        j < series.length &&
        j - i < BOX_SIZE &&
        series[j]!.category === head.category &&
        series[j]!.year === head.year &&
        series[j]!.retention === head.retention
      )
        j++;
      const no = stmt(db, 'SELECT count(*) AS n FROM archive_boxes WHERE box_no LIKE ?').get(
        `${head.year}-${head.category}-${head.retention}-%`,
      ) as { n: number };
      const { id } = saveBox(
        db,
        {
          boxNo: `${head.year}-${head.category}-${head.retention}-${pad(no.n + 1)}`,
          cabinet: `${Math.floor(boxes / BOXES_PER_CABINET) + 1}号柜`,
          filedBy: keeper().name,
          checkedBy: director.name,
          checkedOn: `${head.year + 1}-01-${pad(d.int(5, 28))}`,
        },
        keeper().name,
        minute(Math.min(atDay(`${head.year + 1}-01-04`) + 10 * HOUR, now - HOUR)),
      );
      for (let k = i; k < j; k++) setBox.run(id, series[k]!.id);
      boxes++;
      i = j;
    }
    audit(`示范数据：档案装盒 ${series.length} 件，共 ${boxes} 盒`);
  });

  // ——— 3. loans ———
  const items = db
    .prepare(
      'SELECT id, code, category, classification, important, pages, created_at FROM archive_items WHERE destroyed_at IS NULL ORDER BY id',
    )
    .all() as ItemRow[];
  const rows = seedLoans(d, {
    items,
    periods,
    now,
    today,
    director,
    clerk,
    keeper,
    people,
    total: options.loans,
  });
  rows.sort((a, b) => a.requested_at.localeCompare(b.requested_at) || a.item_id - b.item_id);
  const insert = stmt(
    db,
    `INSERT INTO archive_loans (item_id, status, mode, borrower_kind, borrower_account_id, borrower_name, borrower_unit,
       borrower_phone, borrower_id_number, letter, purpose, purpose_note, needs_approval, requested_days, requested_at,
       requested_by, decided_at, decided_by, decided_by_id, decision_note, approved_days, lent_at, lent_by, pages_out,
       due_on, renewals, returned_at, returned_to, pages_back, condition, condition_note, effect, cancel_reason)
     VALUES (@item_id, @status, @mode, @borrower_kind, @borrower_account_id, @borrower_name, @borrower_unit,
       @borrower_phone, @borrower_id_number, @letter, @purpose, @purpose_note, @needs_approval, @requested_days,
       @requested_at, @requested_by, @decided_at, @decided_by, @decided_by_id, @decision_note, @approved_days, @lent_at,
       @lent_by, @pages_out, @due_on, @renewals, @returned_at, @returned_to, @pages_back, @condition, @condition_note,
       @effect, @cancel_reason)`,
  );
  const loanBatch = 10_000;
  for (let first = 0; first < rows.length; first += loanBatch) {
    const batch = rows.slice(first, first + loanBatch);
    writeTransaction(db, () => {
      for (const r of batch) insert.run(r);
      audit(
        `示范数据：写入借阅记录 ${batch.length} 条（申请时间 ${batch[0]!.requested_at} 至 ${batch.at(-1)!.requested_at}）`,
      );
    });
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { items: specs.length, dossiers, boxes, loans: rows.length };
}

function itemSpec(d: Dice, category: string, year: number, retention: Retention, today: string): ItemSpec {
  const month = d.int(1, 12);
  let date = `${year}-${pad(month)}-${pad(d.int(1, 28))}`;
  if (date >= today) date = addDays(today, -d.int(1, 20));
  const vars = {
    y: String(year),
    m: String(month),
    n: String(d.int(1, 24)),
    q: String(Math.ceil(month / 3)),
    e: d.pick(ESTATES),
    t: d.pick(T.TOPICS),
    a: commonName(d),
    b: commonName(d),
  };
  const n = d.int(1, 60);
  const docNumber =
    category === 'WS'
      ? `示综治〔${year}〕${n}号`
      : category === 'BG'
        ? `示综治报〔${year}〕${n}号`
        : category === 'TJ'
          ? `（${year}）示调字第${n}号`
          : undefined;
  // 秘密: reports and papers on key persons and group petitions, now and then.
  const classification: Classification =
    (category === 'BG' || category === 'WS') && d.chance(0.12)
      ? 'secret'
      : category === 'TJ' || d.chance(0.4)
        ? 'internal'
        : 'public';
  return {
    categoryCode: category,
    year: Number(date.slice(0, 4)),
    retention,
    classification,
    title: fill(d.pick(T.TITLES[category]!), vars),
    docNumber,
    responsible: category === 'TJ' ? T.RESPONSIBLE[1]! : d.pick(T.RESPONSIBLE),
    date,
    pages: category === 'XX' ? d.int(2, 8) : d.int(2, 60),
    important: retention === 'Y' && d.chance(0.3),
  };
}

/**
 * A name of common characters: the ledger's seed draws rare ones on purpose (the font check), but a
 * borrower or a paper dossier's party with a character the document font lacks would stop the
 * register and the catalogue from printing at all.
 */
const commonName = (d: Dice) => d.pick(SURNAMES) + d.pick(GIVEN) + (d.chance(0.7) ? d.pick(GIVEN) : '');

function idNumber(d: Dice): string {
  const first17 = `${d.pick(REGIONS)}${d.int(1960, 2000)}${pad(d.int(1, 12))}${pad(d.int(1, 28))}${pad(d.int(0, 99))}${d.int(0, 9)}`;
  return first17 + idCheckChar(first17);
}

const mobile = (d: Dice) =>
  `1${d.pick(['3', '5', '8', '9'])}${String(d.int(0, 999_999_999)).padStart(9, '0')}`;

interface LoanContext {
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
function seedLoans(d: Dice, x: LoanContext): LoanRow[] {
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

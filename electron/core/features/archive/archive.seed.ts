import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { addDays } from '../../../../shared/calendar/workdays';
import type { Classification, Retention } from '../../../../shared/archive/codes';
import { appendAudit } from '../audit/audit.queries';
import { stmt } from '../cases/cases.queries';
import { Dice, fill, mulberry32 } from '../cases/cases.seed-random';
import { ESTATES } from '../cases/cases.seed-data';
import { saveBox } from './archive.boxes';
import { fileItem } from './archive.items';
import { getArchiveSettings, loanPeriods } from './archive.settings';
import { atDay, commonName, DAY, HOUR, minute, pad, type ItemRow, type Person } from './archive.seed-common';
import { seedLoans } from './archive.seed-loans';
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

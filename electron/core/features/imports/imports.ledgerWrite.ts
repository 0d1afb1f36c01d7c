import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import { dueDate } from '../../../../shared/cases/deadline';
import type { LedgerRow } from '../../../../shared/import/ledgerRow';
import { appendAudit, type Actor } from '../audit/audit.queries';
import { getDeadlinePreset, workCalendar } from '../calendar/calendar.queries';
import { addEvent, insertCase, type PartyRecord } from '../cases/cases.queries';
import type { LedgerAnalysis } from './imports.ledger';
import { countsPhrase, insertBatch, rememberMapping, type Progress } from './imports.sheet';

/**
 * Writes the rows a check found good, in one transaction on the job's own
 * connection (issue 14, item 4): a cancel or a failure leaves the archive as
 * it was. Rows go in registration order, so each year's 一案一码 series runs
 * in the order the cases came, and the current year's series stays without
 * gaps. Old cases carry no risk or difficulty of record: they come in as 低 and
 * 一般, which the deadline is worked out from.
 */
const party = (p: LedgerRow['parties'][number]): PartyRecord => ({
  kind: p.kind,
  name: p.name,
  sex: null,
  ethnicity: null,
  birth_date: null,
  age: null,
  id_number: p.idNumber,
  phone: p.phone,
  occupation: null,
  address: null,
  grid: null,
  representative: null,
  representative_title: null,
});

export interface Written {
  batchId: number;
  imported: number;
}

export function writeLedger(
  db: Db,
  a: LedgerAnalysis,
  actor: Actor & { id: number },
  now: Date,
  progress: Progress,
): Written {
  const good = a.rows
    .filter((r) => r.verdict.ok && !r.repeated)
    .map((r) => ({
      row: r.verdict.row,
      value: (r.verdict as { value: LedgerRow }).value,
      fingerprint: r.fingerprint,
    }))
    .sort((x, y) =>
      x.value.registeredAt < y.value.registeredAt
        ? -1
        : x.value.registeredAt > y.value.registeredAt
          ? 1
          : x.row - y.row,
    );
  const at = toLocalIso(now);
  return writeTransaction(db, (): Written => {
    const categoryIds = a.newCategories.map((label) => {
      const sort = (
        db.prepare('SELECT COALESCE(MAX(sort), 0) + 1 AS s FROM case_categories').get() as { s: number }
      ).s;
      return Number(
        db.prepare('INSERT INTO case_categories (label, active, sort) VALUES (?, 1, ?)').run(label, sort)
          .lastInsertRowid,
      );
    });
    const category = (id: number) => (id < 0 ? categoryIds[-id - 1]! : id);
    const batchId = insertBatch(db, a, good.length, at, actor.name);
    const calendar = workCalendar(db);
    const days = getDeadlinePreset(db).general;
    const mark = db.prepare(
      `UPDATE cases SET outcome = @outcome, result = @result, closed_at = @closed_at, legacy_code = @legacy_code,
         import_batch_id = @batch, import_flags = @flags WHERE id = @id`,
    );
    const remember = db.prepare(
      'INSERT INTO import_rows (fingerprint, batch_id, row_no, entity_id) VALUES (?, ?, ?, ?)',
    );
    for (const [i, { row, value: v, fingerprint }] of good.entries()) {
      if (i % 1000 === 0)
        progress(i, good.length, `正在写入第 ${i + 1}—${Math.min(i + 1000, good.length)} 件…`);
      const { id } = insertCase(
        db,
        {
          registered_at: v.registeredAt,
          source: v.source,
          first_contact_id: actor.id,
          handler_id: v.handlerId,
          category_id: category(v.categoryId),
          occurred_at: v.occurredAt,
          place: v.place,
          people_count: v.peopleCount,
          amount_cents: v.amountYuan === null ? null : Math.round(v.amountYuan * 100),
          summary: v.summary,
          demands: v.demands,
          risk: 'low',
          difficulty: 'general',
          major_reasons: [],
          route: null,
          status: v.status,
          deadline: dueDate(calendar, v.registeredAt.slice(0, 10), days),
          notes: v.notes,
          intake_id: null,
          updated_at: at,
        },
        v.parties.map(party),
      );
      mark.run({
        id,
        outcome: v.outcome,
        result: v.result,
        closed_at: v.closedAt,
        legacy_code: v.legacyCode,
        batch: batchId,
        flags: v.flags.length ? JSON.stringify(v.flags) : null,
      });
      addEvent(db, {
        caseId: id,
        at,
        actor,
        kind: 'created',
        to: v.status,
        note: `从旧台账导入（${a.fileName} 第 ${row} 行${v.legacyCode ? `，原编号 ${v.legacyCode}` : ''}）`,
      });
      remember.run(fingerprint, batchId, row, id);
    }
    rememberMapping(db, a, at);
    appendAudit(db, at, actor, {
      action: 'imports.ledger',
      entity: 'import_batch',
      entityId: batchId,
      summary:
        `导入旧台账「${a.fileName}」（SHA-256 ${a.sha256}）：${countsPhrase(a, good.length, '件')}` +
        (a.newCategories.length ? `；新增纠纷类型 ${a.newCategories.join('、')}` : ''),
    });
    progress(good.length, good.length, '写入完毕');
    return { batchId, imported: good.length };
  });
}

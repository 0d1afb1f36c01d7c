import type { Db } from '../../db/open';
import type { WorkCalendar } from '../../../../shared/calendar/workdays';
import type { MajorReason } from '../../../../shared/cases/codes';
import type { CaseDetail, CaseEvent, CaseImport } from '../../../../shared/cases/schemas';
import type { ImportFlag } from '../../../../shared/import/ledgerRow';
import type { CaseStatus } from '../../../../shared/cases/status';
import { listAttachments } from './cases.attachments';
import {
  getCaseRecord,
  getPartyRecords,
  ROW_FROM,
  ROW_SELECT,
  stmt,
  toCaseRow,
  toParty,
  type LedgerRowRecord,
} from './cases.queries';

/** A mediation of the case is under way: the case then moves only through the mediation. */
export function hasOpenMediation(db: Db, caseId: number): boolean {
  return stmt(db, "SELECT 1 FROM mediations WHERE case_id = ? AND status = 'open'").get(caseId) !== undefined;
}

/** The whole record: parties unmasked, events in order, attachments without their bytes. */
export function getCaseDetail(db: Db, id: number, calendar: WorkCalendar, today: string): CaseDetail | null {
  const row = stmt(db, `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE c.id = ?`).get(id) as
    LedgerRowRecord | undefined;
  const c = getCaseRecord(db, id);
  if (!row || !c) return null;
  const firstContact = stmt(db, 'SELECT display_name FROM accounts WHERE id = ?').get(c.first_contact_id) as {
    display_name: string;
  };
  const events = stmt(
    db,
    `SELECT id, at, actor_name, kind, from_status, to_status, note FROM case_events WHERE case_id = ? ORDER BY id`,
  ).all(id) as {
    id: number;
    at: string;
    actor_name: string;
    kind: CaseEvent['kind'];
    from_status: CaseStatus | null;
    to_status: CaseStatus | null;
    note: string | null;
  }[];
  return {
    ...toCaseRow(row, calendar, today),
    firstContactName: firstContact.display_name,
    firstContactId: c.first_contact_id,
    handlerId: c.handler_id,
    categoryId: c.category_id,
    occurredAt: c.occurred_at,
    place: c.place,
    peopleCount: c.people_count,
    demands: c.demands,
    majorReasons: JSON.parse(c.major_reasons) as MajorReason[],
    escalatedAt: c.escalated_at,
    escalatedTo: c.escalated_to,
    route: c.route,
    outcome: c.outcome,
    result: c.result,
    closedAt: c.closed_at,
    suspendedReason: c.suspended_reason,
    extensionReason: c.extension_reason,
    followUpAt: c.follow_up_at,
    followUpMethod: c.follow_up_method,
    followUpNote: c.follow_up_note,
    satisfaction: c.satisfaction,
    notes: c.notes,
    intakeId: c.intake_id,
    parties: getPartyRecords(db, id).map(toParty),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      actorName: e.actor_name,
      kind: e.kind,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
    })),
    attachments: listAttachments(db, id),
    mediationOpen: hasOpenMediation(db, id),
    imported: importedFrom(db, id),
  };
}

/** Where an imported case came from (issue 14, item 4): its old number, the file, and what was flagged. */
function importedFrom(db: Db, id: number): CaseImport | null {
  const r = stmt(
    db,
    `SELECT c.legacy_code, c.import_flags, b.file_name, b.imported_at, b.imported_by, i.row_no
     FROM cases c JOIN import_batches b ON b.id = c.import_batch_id
     LEFT JOIN import_rows i ON i.batch_id = b.id AND i.entity_id = c.id
     WHERE c.id = ?`,
  ).get(id) as
    | {
        legacy_code: string | null;
        import_flags: string | null;
        file_name: string;
        imported_at: string;
        imported_by: string;
        row_no: number | null;
      }
    | undefined;
  if (!r) return null;
  return {
    legacyCode: r.legacy_code,
    fileName: r.file_name,
    row: r.row_no,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    flags: r.import_flags ? (JSON.parse(r.import_flags) as ImportFlag[]) : [],
  };
}

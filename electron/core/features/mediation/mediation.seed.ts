import { partiesPhrase } from '../../../../shared/wording';
import type { Db } from '../../db/open';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { Satisfaction } from '../../../../shared/cases/codes';
import type { IntakeForm, MediationSource, RetentionPeriod } from '../../../../shared/mediation/codes';
import { appendAudit } from '../audit/audit.queries';
import { getSettings } from '../settings/settings.queries';
import { stmt, type Actor } from '../cases/cases.queries';
import { Dice, fill, mulberry32 } from '../cases/cases.seed-random';
import { fileMediationDossier } from '../archive/archive.filing';
import { documentSources } from './mediation.documents';
import { dossierEntries } from './mediation.dossier';
import { partyNamesOfCase, setMediationColumns } from './mediation.queries';
import { saveSession } from './mediation.service';
import { draftAgreement, signSeededAgreement } from './mediation.seed-agreement';
import * as T from './mediation.seed-data';

export interface SeedMediationsOptions {
  /** Mediations to write (fewer when the ledger has fewer cases that went to mediation). */
  count: number;
  now: Date;
  seed?: number;
  /** Mediations per transaction (each with one summary audit record). */
  batchSize?: number;
  /**
   * How many (the first, oldest) get their real documents: the written
   * agreement printed (PDF and hash kept, print logged) before it is marked
   * signed, and the dossier's 卷内目录 counted from the rendered documents.
   * The rest are written without rendering anything (see below).
   */
  documents?: number;
}

export interface SeedMediationsResult {
  mediations: number;
  written: number;
  oral: number;
  terminated: number;
  open: number;
  closed: number;
  documents: number;
}

/** A seeded case that went to mediation, with what its history already says. */
interface Candidate {
  id: number;
  code: string;
  status: string;
  outcome: string | null;
  closed_at: string | null;
  follow_up_at: string | null;
  follow_up_method: string | null;
  follow_up_note: string | null;
  satisfaction: Satisfaction | null;
  source: string;
  summary: string;
  demands: string | null;
  amount_cents: number | null;
  major: number;
  handler_id: number | null;
  category: string;
  mediating_at: string | null;
  archived_at: string | null;
  parties: number;
}

const CANDIDATES = `SELECT c.id, c.code, c.status, c.outcome, c.closed_at, c.follow_up_at, c.follow_up_method,
    c.follow_up_note, c.satisfaction, c.source, c.summary, c.demands, c.amount_cents, c.major, c.handler_id,
    cat.label AS category,
    (SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id AND e.to_status = 'mediating') AS mediating_at,
    (SELECT max(e.at) FROM case_events e WHERE e.case_id = c.id AND e.to_status = 'archived') AS archived_at,
    (SELECT count(*) FROM case_parties p WHERE p.case_id = c.id) AS parties
  FROM cases c JOIN case_categories cat ON cat.id = c.category_id
  WHERE c.route = 'mediation'
    AND (c.status = 'mediating'
      OR (c.status IN ('closed', 'followed_up', 'archived') AND c.outcome IN ('resolved', 'guided')))
    AND NOT EXISTS (SELECT 1 FROM mediations m WHERE m.case_id = c.id)
  ORDER BY c.id`;

/** The case's way in → 调解来源: a party's own request, the centre's initiative, or a referral. */
const SOURCE_OF: Record<string, MediationSource> = {
  visit: 'application',
  call: 'application',
  grid: 'initiative',
  video: 'initiative',
  screening: 'initiative',
  hotline: 'referral',
  assigned: 'referral',
  transferred: 'referral',
};

const MINUTE = 60_000;
const at = (stored: string) => new Date(stored.length === 10 ? `${stored}T00:00:00` : stored);
const minute = (t: number) => toLocalIso(new Date(t)).slice(0, 16);

/** `t` moved to a time between 09:00 and 16:50 of its day, if that stays within [lo, hi]; else `t` kept within them. */
function officeHours(d: Dice, t: number, lo: number, hi: number): number {
  const day = new Date(t);
  day.setHours(d.int(9, 16), d.int(0, 5) * 10, 0, 0);
  const office = day.getTime();
  return office >= lo && office <= hi ? office : Math.min(Math.max(t, lo), hi);
}

/**
 * Adds deterministic mediations to the cases the ledger seed sent to
 * mediation (route 调解): an open one for a case still 调解中; for a case
 * closed 化解成功 a signed agreement (written for two or three parties, or
 * oral), effective on the day the case closed, with its follow-up visit when
 * the case was followed up; for one closed 未化解-已引导 a terminated
 * mediation; sittings walking the procedure; and for an archived case the
 * mediation closed into its dossier (some with judicial confirmation, some
 * 防止民转刑 / 防止群体性上访).
 *
 * Why rows are written here rather than through `mediation:*` calls: the
 * cases already carry their whole history (status, events, closing, follow-up),
 * written by `seedCases`; opening, signing, terminating or closing through the
 * service would move those cases through their status machine a second time
 * (a 回访 or 归档 case cannot be "closed" again), and 20 000 mediations
 * printed and filed one call at a time would take the bench an hour. So the
 * service functions that do not move the case are used (saveSession,
 * saveAgreement, assignNumber, logPrint, setMediationColumns, dossierEntries),
 * and the rest — the mediation row, marking signed, terminating, the visit —
 * write the same columns the service writes. Only the first `documents`
 * mediations are printed for real; the others' signed written agreements have
 * no stored PDF (a print renders it from the signed text) and their dossiers
 * an estimated catalogue.
 */
export async function seedMediations(db: Db, options: SeedMediationsOptions): Promise<SeedMediationsResult> {
  const d = new Dice(mulberry32(options.seed ?? 20261125));
  const now = options.now.getTime();
  const today = toLocalDate(options.now);
  const settings = getSettings(db);
  const staff = db
    .prepare(
      "SELECT id, display_name AS name, role FROM accounts WHERE disabled = 0 AND role IN ('director', 'staff') ORDER BY id",
    )
    .all() as { id: number; name: string; role: string }[];
  const director = staff.find((s) => s.role === 'director') ?? staff[0];
  if (!director) throw new Error('seedMediations needs a director or staff account');
  const byId = new Map(staff.map((s) => [s.id, s]));

  const pool = (db.prepare(CANDIDATES).all() as Candidate[]).filter(
    (c) => c.mediating_at !== null && c.parties >= 2,
  );
  // A fair draw of `count` cases, then in case order (oldest first), so numbers run with the years.
  const order = pool.map((_, i) => i);
  const count = Math.min(options.count, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(d.next() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = order
    .slice(0, count)
    .sort((x, y) => x - y)
    .map((i) => pool[i]!);

  const result: SeedMediationsResult = {
    mediations: 0,
    written: 0,
    oral: 0,
    terminated: 0,
    open: 0,
    closed: 0,
    documents: 0,
  };
  const insertMediation = stmt(
    db,
    `INSERT INTO mediations (case_id, status, source, intake_form, requests, mediators, recorder, participants,
       place, opened_at, opened_by, rights_notice_signed_at)
     VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const one = async (c: Candidate, documented: boolean) => {
    const handler = (c.handler_id !== null ? byId.get(c.handler_id) : undefined) ?? d.pick(staff);
    const actor: Actor = { id: handler.id, name: handler.name };
    const colleague = staff.length > 1 ? d.pick(staff.filter((s) => s.id !== handler.id)) : handler;
    const mediators =
      d.chance(0.6) && colleague !== handler ? [handler.name, colleague.name] : [handler.name];
    const others = staff.filter((s) => !mediators.includes(s.name));
    const recorder = others.length > 0 ? d.pick(others).name : colleague.name;
    const names = partyNamesOfCase(db, c.id);
    const vars = { a: names[0]!, b: names[1]! };
    const source: MediationSource = d.chance(0.85)
      ? (SOURCE_OF[c.source] ?? 'application')
      : d.pick(['initiative', 'application', 'referral'] as const);
    const intakeForm: IntakeForm = source === 'application' ? 'application' : 'register';
    const openedAt = c.mediating_at!.slice(0, 16);
    const place = d.pick(T.PLACES);
    const participants = d.chance(0.3) ? d.pick(T.PARTICIPANTS) : null;
    const { lastInsertRowid } = insertMediation.run(
      c.id,
      source,
      intakeForm,
      c.demands,
      JSON.stringify(mediators),
      recorder,
      participants,
      place,
      openedAt,
      handler.name,
      openedAt,
    );
    const id = Number(lastInsertRowid);
    const kind: 'open' | 'signed' | 'terminated' =
      c.status === 'mediating' ? 'open' : c.outcome === 'resolved' ? 'signed' : 'terminated';
    const start = at(openedAt).getTime();
    const end = c.closed_at ? at(c.closed_at).getTime() : now - MINUTE;

    // Sittings spread between opening and the end, in office hours where they fit, the last reaching the outcome.
    const sittings = kind === 'open' ? d.int(0, 2) : 1 + (d.chance(0.35) ? 1 : 0) + (d.chance(0.1) ? 1 : 0);
    let lastSitting = start;
    for (let k = 0; k < sittings; k++) {
      const length = d.int(45, 120) * MINUTE;
      const latest = Math.max(lastSitting, end - length);
      const from = officeHours(
        d,
        start + ((end - start) * (k + 0.5)) / (sittings + 0.5),
        lastSitting,
        latest,
      );
      const to = Math.min(end, from + length);
      const last = k === sittings - 1;
      saveSession(
        db,
        {
          mediationId: id,
          startedAt: minute(from),
          endedAt: minute(to),
          place,
          attendees: participants ? `${names.join('、')}；${participants}` : names.join('、'),
          steps: {
            announce: d.pick(T.STEPS.announce),
            explain: d.pick(T.STEPS.explain),
            statements: fill(d.pick(T.STEPS.statements), vars),
            questioning: d.pick(T.STEPS.questioning),
            persuasion: d.pick(T.STEPS.persuasion),
          },
          outcome: !last
            ? d.pick(T.OUTCOMES_PENDING)
            : kind === 'signed'
              ? d.pick(T.OUTCOMES_AGREED)
              : kind === 'terminated'
                ? d.pick(T.OUTCOMES_FAILED)
                : d.pick(T.OUTCOMES_PENDING),
        },
        actor,
        options.now,
      );
      lastSitting = to;
    }

    if (kind === 'signed' || (kind === 'open' && sittings > 0 && d.chance(0.3))) {
      const signedOn = toLocalDate(new Date(end));
      const x = { db, d, today, dateStyle: settings.documentDateStyle };
      const draft = draftAgreement(x, {
        mediationId: id,
        names,
        c,
        actor,
        from: kind === 'signed' ? signedOn : today,
        at: new Date(lastSitting),
      });
      if (kind === 'signed') {
        await signSeededAgreement(x, {
          ...draft,
          mediationId: id,
          names,
          c,
          actor,
          signedOn,
          printedAt: new Date(end - 30 * MINUTE),
          documented,
        });
        if (draft.written) result.written++;
        else result.oral++;
      }
    }
    if (kind === 'terminated') {
      setMediationColumns(db, id, {
        status: 'terminated',
        terminated_at: minute(end),
        termination_reason: d.pick(T.TERMINATION_REASONS),
      });
      result.terminated++;
    }
    if (kind === 'open') result.open++;

    // 结案归卷 of an archived case: its dossier, filed when the case was archived.
    if (c.status === 'archived' && c.archived_at) {
      const filedAt = c.archived_at.slice(0, 16);
      const major = c.major === 1;
      const retention: RetentionPeriod = major ? 'Y' : d.chance(0.8) ? 'D30' : 'D10';
      // Only the documented few have their 卷内目录 counted from rendered documents; for the rest it is
      // left to be counted when the dossier is printed (rendering every document of 20 000 mediations
      // would take the seed hours, and page counts must not be guessed).
      const entries = documented ? await dossierEntries(db, documentSources(db, id, options.now)) : null;
      const dossierTitle = `${partiesPhrase(names)}${c.category}调解卷`;
      setMediationColumns(db, id, {
        status: 'closed',
        closed_at: filedAt,
        retention,
        dossier_title: dossierTitle,
        filed_at: filedAt,
        filed_by: handler.name,
        dossier_entries: entries ? JSON.stringify(entries) : null,
        prevented_criminal: d.chance(major ? 0.3 : 0.05) ? 1 : 0,
        prevented_petition: d.chance(major ? 0.3 : 0.03) ? 1 : 0,
      });
      // Closing files the dossier in the archive catalogue, as 结案归卷 does (mediation.jobs.ts): the same call.
      // Its 卷号 is the agreement's number, as the dossier's cover says (mediation.queries.ts).
      const numbered = stmt(
        db,
        "SELECT number FROM agreements WHERE mediation_id = ? AND number IS NOT NULL ORDER BY status = 'signed' DESC, version DESC LIMIT 1",
      ).get(id) as { number: string } | undefined;
      fileMediationDossier(
        db,
        {
          mediationId: id,
          caseId: c.id,
          title: dossierTitle,
          number: numbered?.number ?? `${c.code}（终止调解）`,
          retention,
          closedOn: filedAt.slice(0, 10),
          entries: entries ?? [],
        },
        handler.name,
        filedAt,
      );
      result.closed++;
    }
    if (documented) result.documents++;
    result.mediations++;
  };

  const batchSize = options.batchSize ?? 5_000;
  const documents = options.documents ?? 0;
  const auditActor = { id: director.id, name: `${director.name}（示范数据）` };
  for (let first = 0; first < chosen.length; first += batchSize) {
    const batch = chosen.slice(first, first + batchSize);
    // One transaction per batch, held across the (few) awaited PDF renders: the seed owns the archive.
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const [k, c] of batch.entries()) await one(c, first + k < documents);
      appendAudit(db, toLocalIso(options.now), auditActor, {
        action: 'mediation.seed',
        entity: 'case',
        summary: `示范数据：写入人民调解 ${batch.length} 件（案件 ${batch[0]!.code} 至 ${batch.at(-1)!.code}），含调解记录、调解协议、回访和卷宗`,
      });
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}

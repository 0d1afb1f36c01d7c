import type { Db } from '../../db/open';
import { formatChineseDate } from '../../../../shared/dates';
import type { Satisfaction } from '../../../../shared/cases/codes';
import { addDays } from '../../../../shared/calendar/workdays';
import { agreementPdf } from '../../pdf/agreement.pdf';
import { stmt, type Actor } from '../cases/cases.queries';
import { fill, type Dice } from '../cases/cases.seed-random';
import { mustGetAgreement, saveAgreement, signedTextOf } from './mediation.agreements';
import {
  assignNumber,
  liveDocument,
  planAgreementPrint,
  recordPrint,
  snapshotOf,
} from './mediation.printing';
import { getMediationRecord, setMediationColumns } from './mediation.queries';
import * as T from './mediation.seed-data';

/**
 * The full set as printed before signing: a handful really rendered and
 * logged (as the app does); the rest keep only the data the set is made
 * from, which is what reprints and the dossier use — rendering 20 000 PDFs
 * would make the seed take minutes.
 */
async function printSeeded(
  db: Db,
  m: {
    mediationId: number;
    agreementId: number;
    actor: Actor;
    signedOn: string;
    printedAt: Date;
    documented: boolean;
    dateStyle: 'words' | 'digits';
  },
): Promise<string> {
  const mediation = getMediationRecord(db, m.mediationId)!;
  const draft = mustGetAgreement(db, m.agreementId);
  if (m.documented) {
    const plan = planAgreementPrint(db, mediation, draft, undefined, at(m.signedOn), 'print');
    const { bytes } = await agreementPdf(plan.doc, { dateStyle: plan.dateStyle });
    return recordPrint(db, plan, bytes, m.actor, m.printedAt);
  }
  const number = assignNumber(db, draft, at(m.signedOn));
  const doc = liveDocument(db, mediation, mustGetAgreement(db, m.agreementId), at(m.signedOn));
  stmt(db, 'UPDATE agreements SET printed_doc = ? WHERE id = ?').run(
    snapshotOf(doc, m.dateStyle),
    m.agreementId,
  );
  return number;
}

/**
 * The agreement and dossier parts of the demo mediations (mediation.seed.ts,
 * which says why rows are written the way they are).
 */

/** What the seeded case says that the agreement draws on. */
export interface AgreementCase {
  summary: string;
  demands: string | null;
  amount_cents: number | null;
  parties: number;
  follow_up_at: string | null;
  follow_up_method: string | null;
  follow_up_note: string | null;
  satisfaction: Satisfaction | null;
}

export interface SeedContext {
  db: Db;
  d: Dice;
  today: string;
  dateStyle: 'words' | 'digits';
}

const at = (day: string) => new Date(`${day}T00:00:00`);

/**
 * A draft agreement through `saveAgreement`: the case's facts, a payment term
 * when money is at stake (part of the amount claimed), other usual terms;
 * written for three or more parties, else mostly written, sometimes oral.
 */
export function draftAgreement(
  { db, d }: SeedContext,
  m: { mediationId: number; names: string[]; c: AgreementCase; actor: Actor; from: string; at: Date },
): { agreementId: number; written: boolean; performBy: string } {
  const { c } = m;
  const vars = { a: m.names[0]!, b: m.names[1]! };
  const performBy = addDays(m.from, d.int(7, 30));
  const yuan =
    c.amount_cents !== null
      ? Math.max(1, Math.round((c.amount_cents * (0.3 + 0.7 * d.next())) / 10_000)) * 100
      : d.chance(0.25)
        ? d.int(5, 200) * 100
        : null;
  const termVars = { ...vars, amount: String(yuan ?? 0), date: formatChineseDate(at(performBy)) };
  const terms = [
    ...(yuan !== null ? [fill(d.pick(T.AMOUNT_TERMS), termVars)] : []),
    ...T.OTHER_TERMS.filter(() => d.chance(0.5)).map((t) => fill(t, termVars)),
  ];
  if (terms.length === 0) terms.push(fill(T.OTHER_TERMS[1]!, termVars));
  const responsibility = d.pick(T.RESPONSIBILITIES);
  const written = c.parties >= 3 || d.chance(0.75);
  const agreementId = saveAgreement(
    db,
    {
      mediationId: m.mediationId,
      kind: written ? 'written' : 'oral',
      facts: `${c.summary}。${c.demands ? `${vars.a}${c.demands}，双方由此发生争议。` : ''}`.replace(
        /。+/g,
        '。',
      ),
      responsibility: responsibility ? fill(responsibility, vars) : undefined,
      terms,
      // The payment, when there is one, is the first term.
      performance: yuan !== null ? T.PERFORMANCE[0]! : T.PERFORMANCE[1]!,
      performBy,
      amount: yuan ?? undefined,
    },
    m.actor,
    m.at,
  );
  return { agreementId, written, performBy };
}

/**
 * Numbers, prints (written: the full set before signing, 人民调解法第29条 —
 * rendered for real only when `documented`) and marks the draft signed as
 * `signAgreement` does: the text frozen, the mediation agreed, the follow-up
 * scheduled — and recorded when the case was followed up; some written
 * agreements go on to judicial confirmation (Art. 33).
 */
export async function signSeededAgreement(
  { db, d, today, dateStyle }: SeedContext,
  m: {
    mediationId: number;
    agreementId: number;
    written: boolean;
    performBy: string;
    names: string[];
    c: AgreementCase;
    actor: Actor;
    signedOn: string;
    printedAt: Date;
    documented: boolean;
  },
): Promise<{ visits: number; judicial: boolean }> {
  const { c, mediationId: id, agreementId, signedOn } = m;
  const number = m.written
    ? await printSeeded(db, { ...m, dateStyle })
    : assignNumber(db, mustGetAgreement(db, agreementId), at(signedOn));
  const a = mustGetAgreement(db, agreementId);
  stmt(db, "UPDATE agreements SET status = 'signed', signed_on = ?, signed_text = ? WHERE id = ?").run(
    signedOn,
    signedTextOf(a, number),
    agreementId,
  );
  setMediationColumns(db, id, { status: 'agreed' });
  const due = m.performBy > signedOn ? m.performBy : addDays(signedOn, 15);
  const visit = c.follow_up_at ? c.follow_up_at.slice(0, 16) : null;
  stmt(
    db,
    `INSERT INTO follow_ups (mediation_id, due_on, reason, visited_at, method, performance, satisfaction, note,
       visitor) VALUES (?, ?, '回访协议履行情况', ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    due,
    visit,
    visit ? (T.FOLLOW_UP_METHODS[c.follow_up_method ?? ''] ?? 'phone') : null,
    visit ? (d.chance(0.85) ? 'performed' : 'partly') : null,
    visit ? (c.satisfaction ?? 'satisfied') : null,
    visit ? c.follow_up_note : null,
    visit ? m.actor.name : null,
  );
  let judicial = false;
  const appliedOn = addDays(signedOn, d.int(2, 20));
  if (m.written && d.chance(0.1) && appliedOn <= today) {
    judicial = true;
    const ruled = addDays(appliedOn, 15) <= today;
    setMediationColumns(db, id, {
      judicial_court: T.COURT,
      judicial_applied_on: appliedOn,
      judicial_case_number: `（${appliedOn.slice(0, 4)}）示0101民特${d.int(1, 300)}号`,
      judicial_ruling: ruled ? 'confirmed' : null,
      judicial_ruled_on: ruled ? addDays(appliedOn, 15) : null,
    });
  }
  return { visits: visit ? 1 : 0, judicial };
}

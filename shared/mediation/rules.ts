import { addDays } from '../calendar/workdays';
import type { CaseStatus } from '../cases/status';
import type { MediationStatus } from './codes';

/**
 * Pure rules of people's mediation (domain.md, Module 2), shared by the
 * handlers and the pages.
 */

/** A case may go to mediation while it is being handled or suspended (and none is under way). */
export const MEDIATABLE_CASE_STATUSES: readonly CaseStatus[] = [
  'registered',
  'accepted',
  'in_progress',
  'suspended',
];

/** True when a mediation may be opened on a case of `status` (one at a time per case). */
export function canOpenMediation(status: CaseStatus, hasOpenMediation: boolean): boolean {
  return MEDIATABLE_CASE_STATUSES.includes(status) && !hasOpenMediation;
}

/**
 * Whether a draft agreement may be edited, printed or signed: a first text
 * while the mediation is under way; a correction of a signed one while the
 * mediation is agreed and its dossier not yet filed. A terminated or closed
 * mediation takes no agreement.
 */
export function draftWorkable(mediation: MediationStatus, isCorrection: boolean): boolean {
  return isCorrection ? mediation === 'agreed' : mediation === 'open';
}

/** The default agreement number: （2026）示调人调字第012号 (template editable in settings). */
export const DEFAULT_AGREEMENT_NUMBER_TEMPLATE = '（{年}）{简称}人调字第{序号}号';

/**
 * Fills an agreement-number template. `{年}` the year, `{简称}` the
 * committee's short name, `{序号}` the serial of the year, three digits.
 */
export function agreementNumber(template: string, year: number, shortName: string, serial: number): string {
  return template
    .replaceAll('{年}', String(year))
    .replaceAll('{简称}', shortName)
    .replaceAll('{序号}', String(serial).padStart(3, '0'));
}

/** A template must carry the year and the serial, or two agreements would share a number (the serial restarts each year). */
export function isValidNumberTemplate(template: string): boolean {
  return template.includes('{序号}') && template.includes('{年}');
}

/** 人民调解法第29条: each party one copy, the committee one — N parties → N + 1 copies. */
export function copiesFor(parties: number): number {
  return parties + 1;
}

/** 第1份 当事人张三收执 … 第3份 人民调解委员会存档 */
export function copyLabels(partyNames: readonly string[]): string[] {
  return [
    ...partyNames.map((name, i) => `第${i + 1}份\u3000当事人${name}收执`),
    `第${partyNames.length + 1}份\u3000人民调解委员会存档`,
  ];
}

/** 人民调解法第33条: the joint application is made within 30 days of the agreement taking effect. */
export const JUDICIAL_WINDOW_DAYS = 30;

const dayMs = 86_400_000;
const utc = (isoDay: string) => Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10));

/** Calendar days from `from` to `to` (both `2026-11-24`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / dayMs);
}

/** The last day for the judicial-confirmation application: effective date + 30 days. */
export function judicialDeadline(effectiveOn: string): string {
  return addDays(effectiveOn, JUDICIAL_WINDOW_DAYS);
}

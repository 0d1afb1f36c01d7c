import type {
  CaseSource,
  Difficulty,
  MajorReason,
  RiskLevel,
  Route,
  Sex,
} from '../../../../shared/cases/codes';
import {
  createCaseInput,
  type CaseDetail,
  type Party,
  type PartyInput,
} from '../../../../shared/cases/schemas';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { parseYuan } from '../../../../shared/halfWidth';

/**
 * The case form as typed: every input is a string (an empty field is ''),
 * turned into the contract's input only on save. `key` keeps a party's
 * inputs in place when another party is removed.
 */
export interface PartyDraft {
  key: number;
  kind: 'person' | 'organisation';
  name: string;
  sex: Sex | '';
  ethnicity: string;
  birthDate: string;
  age: string;
  idNumber: string;
  phone: string;
  occupation: string;
  address: string;
  grid: string;
  representative: string;
  representativeTitle: string;
}

export interface CaseDraft {
  source: CaseSource | '';
  handlerId: string;
  categoryId: string;
  occurredAt: string;
  place: string;
  peopleCount: string;
  amount: string;
  summary: string;
  demands: string;
  risk: RiskLevel | '';
  difficulty: Difficulty | '';
  majorReasons: MajorReason[];
  route: Route | '';
  notes: string;
  parties: PartyDraft[];
}

let nextKey = 1;

export function emptyParty(kind: PartyDraft['kind'], from: Partial<PartyDraft> = {}): PartyDraft {
  return {
    kind,
    name: '',
    sex: '',
    ethnicity: '',
    birthDate: '',
    age: '',
    idNumber: '',
    phone: '',
    occupation: '',
    address: '',
    grid: '',
    representative: '',
    representativeTitle: '',
    ...from,
    key: nextKey++,
  };
}

/**
 * A new case. Risk 低 and difficulty 一般 are the usual answers at the desk,
 * so they are preset (the deadline follows difficulty and is shown beside it).
 */
export function emptyCaseDraft(from: Partial<CaseDraft> = {}): CaseDraft {
  return {
    source: '',
    handlerId: '',
    categoryId: '',
    occurredAt: '',
    place: '',
    peopleCount: '',
    amount: '',
    summary: '',
    demands: '',
    risk: 'low',
    difficulty: 'general',
    majorReasons: [],
    route: '',
    notes: '',
    parties: [emptyParty('person')],
    ...from,
  };
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function partyDraftOf(p: Party): PartyDraft {
  return emptyParty(p.kind, {
    name: p.name,
    sex: p.sex ?? '',
    ethnicity: str(p.ethnicity),
    birthDate: str(p.birthDate),
    age: str(p.age),
    idNumber: str(p.idNumber),
    phone: str(p.phone),
    occupation: str(p.occupation),
    address: str(p.address),
    grid: str(p.grid),
    representative: str(p.representative),
    representativeTitle: str(p.representativeTitle),
  });
}

/** The form of an existing case, for 编辑 (the record carries whole ID numbers and phones). */
export function draftFromDetail(c: CaseDetail): CaseDraft {
  return {
    source: c.source,
    handlerId: str(c.handlerId),
    categoryId: String(c.categoryId),
    occurredAt: str(c.occurredAt).slice(0, 16),
    place: str(c.place),
    peopleCount: str(c.peopleCount),
    amount: str(c.amount),
    summary: c.summary,
    demands: str(c.demands),
    risk: c.risk,
    difficulty: c.difficulty,
    majorReasons: [...c.majorReasons],
    route: c.route ?? '',
    notes: str(c.notes),
    parties: c.parties.map(partyDraftOf),
  };
}

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** A whole number typed in a field; NaN when it is not one (reported in Chinese beside the field). */
const wholeNumber = (v: string) => {
  const t = v.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
};

/** Yuan with at most two decimals; thousands separators are allowed as people type them. */
const yuan = parseYuan;

function partyInputOf(p: PartyDraft): PartyInput {
  if (p.kind === 'organisation') {
    return {
      kind: 'organisation',
      name: p.name,
      address: optional(p.address),
      representative: p.representative,
      representativeTitle: optional(p.representativeTitle),
      phone: optional(p.phone),
    };
  }
  return {
    kind: 'person',
    name: p.name,
    sex: p.sex || undefined,
    ethnicity: optional(p.ethnicity),
    birthDate: optional(p.birthDate),
    age: wholeNumber(p.age),
    idNumber: optional(p.idNumber),
    phone: optional(p.phone),
    occupation: optional(p.occupation),
    address: optional(p.address),
    grid: optional(p.grid),
  };
}

/** The case fields as createCaseInput/updateCaseInput take them (without id, registeredAt, intakeId). */
export function caseFieldsOf(d: CaseDraft) {
  return {
    source: d.source as CaseSource,
    handlerId: d.handlerId ? Number(d.handlerId) : undefined,
    categoryId: Number(d.categoryId),
    occurredAt: optional(d.occurredAt),
    place: optional(d.place),
    peopleCount: wholeNumber(d.peopleCount),
    amount: yuan(d.amount),
    summary: d.summary,
    demands: optional(d.demands),
    risk: d.risk as RiskLevel,
    difficulty: d.difficulty as Difficulty,
    majorReasons: d.majorReasons,
    route: d.route || undefined,
    notes: optional(d.notes),
    parties: d.parties.map(partyInputOf),
  };
}
export type CaseFields = ReturnType<typeof caseFieldsOf>;

/**
 * Checks the form before it is sent, with the contract's own schema, and
 * words the problems zod cannot know about (an empty select, a number typed
 * wrong) the way a clerk would.
 */
export function checkCaseDraft(d: CaseDraft): FieldErrors {
  const errors = zodFieldErrors(createCaseInput, caseFieldsOf(d));
  if (!d.categoryId) errors.categoryId = '请选择纠纷类型';
  if (Number.isNaN(wholeNumber(d.peopleCount))) errors.peopleCount = '涉及人数应为整数';
  if (Number.isNaN(yuan(d.amount))) errors.amount = '涉及金额应为数字，最多两位小数';
  d.parties.forEach((p, i) => {
    if (p.kind === 'person' && Number.isNaN(wholeNumber(p.age))) errors[`parties.${i}.age`] = '年龄应为整数';
  });
  return errors;
}

/** Server paths inside a larger input (the intake's `case.parties.0.name`) → paths of the case form. */
export function caseErrorsWithin(fields: FieldErrors | undefined, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  }
  return out;
}

/** A case form as its draft keeps it: the parties without their React keys, which a reload renews. */
export type KeptCaseDraft = Omit<CaseDraft, 'parties'> & { parties: Omit<PartyDraft, 'key'>[] };

export const keptCaseDraft = (d: CaseDraft): KeptCaseDraft => ({
  ...d,
  parties: d.parties.map(({ key: _key, ...party }) => party),
});

/** A kept draft back in the form, each party with a fresh key (an old one may be taken). */
export const caseDraftOfKept = (k: KeptCaseDraft): CaseDraft => ({
  ...emptyCaseDraft(),
  ...k,
  parties: k.parties.map((party) => emptyParty(party.kind, party)),
});

import type { CaseSource, Outcome } from '../cases/codes';
import { CASE_SOURCES } from '../cases/codes';
import type { CaseStatus } from '../cases/status';
import { isValidPhone, parseIdNumber } from '../privacy/identity';
import { isAfterNow } from '../dates';
import { halfWidth } from '../halfWidth';
import { partiesPhrase } from '../wording';
import type { ColumnMapping } from './columns';
import { cellsOf, type RowVerdict } from './rows';
import { readAmount, readDate, readText, splitParties, type ReadDate } from './values';

/**
 * One row of an old 台账 turned into what the ledger stores (issue 14, item 2),
 * or the reasons it cannot be. Pure: the core resolves names to ids and writes;
 * the dry run and the import run the very same function, so what the preview
 * promises is what is stored.
 */

/** A value kept as written but flagged: an ID number or phone that fails its check is not dropped. */
export interface ImportFlag {
  field: 'idNumber' | 'phone';
  party: string;
  value: string;
  message: string;
}

export interface ImportedParty {
  kind: 'person' | 'organisation';
  name: string;
  idNumber: string | null;
  phone: string | null;
}

export interface LedgerRow {
  legacyCode: string | null;
  /** `2026-01-05T09:30` (00:00 when the ledger gave only the day). */
  registeredAt: string;
  parties: ImportedParty[];
  categoryId: number;
  source: CaseSource;
  occurredAt: string | null;
  place: string | null;
  summary: string;
  demands: string | null;
  amountYuan: number | null;
  peopleCount: number | null;
  handlerId: number | null;
  status: Extract<CaseStatus, 'registered' | 'accepted' | 'in_progress' | 'closed'>;
  outcome: Outcome | null;
  result: string | null;
  closedAt: string | null;
  notes: string | null;
  flags: ImportFlag[];
}

export type LedgerVerdict = RowVerdict<LedgerRow>;

/** What the row mapper needs from the archive, resolved by the core beforehand. */
export interface LedgerLookups {
  /** 纠纷类型 by name, including the user's decisions for names the dictionary lacks. */
  categoryId(name: string): number | undefined;
  /** An account by display name (承办人); a name not found is kept in 备注. */
  accountId(name: string): number | undefined;
  /** The import's now: a ledger date after it is a slip of the pen, not a case to file in a future year. */
  now: Date;
}

/**
 * The case form's limits (shared/cases/schemas.ts): a longer value would be
 * stored by the import and then refused by the form the first time the case
 * is edited.
 */
const LIMITS = {
  legacyCode: ['原编号', 60],
  place: ['发生地点', 100],
  summary: ['简要情况', 2000],
  demands: ['诉求', 1000],
  result: ['处理结果', 2000],
  notes: ['备注', 1000],
} as const;
const PERSON_NAME_MAX = 30;
const ORGANISATION_NAME_MAX = 60;
const PARTIES_MAX = 50;
const AMOUNT_MAX = 1e12;

/** A phone as written with China's country code (+86 138…, 0086-138…): the number without it. */
const withoutCountryCode = (p: string) => p.replace(/^(?:\+|00)86-?(?=[01])/u, '');

const minute = (d: ReadDate) => `${d.date}T${d.time ?? '00:00'}`;

/** Names that are organisations: an office ledger writes 「锦华物业服务有限公司」, not a person. */
const ORGANISATION =
  /(公司|厂|店|中心|委员会|居委会|村委会|物业|学校|幼儿园|医院|银行|集团|合作社|事务所|商行|门市部|办事处|局|所)$/u;

/** A 是否办结 column holds 是 / 否, or TRUE / FALSE where its cells are typed as yes-or-no. */
const STATUS_WORDS: readonly [RegExp, LedgerRow['status']][] = [
  [/未办结|未结|办理中|调解中|处理中|正在|跟进/u, 'in_progress'],
  [/已?办结|结案|完结|已化解|已处理|已调处|^是$|^TRUE$/u, 'closed'],
  [/已?受理/u, 'accepted'],
  [/待受理|已?登记|^否$|^FALSE$/u, 'registered'],
];

const OUTCOME_WORDS: readonly [RegExp, Outcome][] = [
  [/不成功|未化解|未达成|失败|终止|引导|诉讼|仲裁/u, 'guided'],
  [/移送|移交|转交|转办|分流/u, 'transferred'],
  [/成功|已化解|化解|达成|调解成|和解|息诉/u, 'resolved'],
];

const SOURCE_BY_LABEL = new Map<string, CaseSource>(
  Object.entries(CASE_SOURCES).map(([k, v]) => [v, k as CaseSource]),
);
const SOURCE_WORDS: readonly [RegExp, CaseSource][] = [
  [/来电|电话/u, 'call'],
  [/网格/u, 'grid'],
  [/视频|监控/u, 'video'],
  [/12345|热线/u, 'hotline'],
  [/交办|上级/u, 'assigned'],
  [/移送|移交|部门/u, 'transferred'],
  [/排查/u, 'screening'],
  [/来访|上门|到访/u, 'visit'],
];

const firstMatch = <T>(words: readonly [RegExp, T][], s: string): T | undefined =>
  words.find(([re]) => re.test(s))?.[1];

/** The fields without which a ledger row is not a case: a row with none of them is a note. */
export const LEDGER_ESSENTIALS = ['parties', 'applicant', 'summary'] as const;

export function ledgerRow(
  row: number,
  cells: readonly unknown[],
  mapping: ColumnMapping,
  look: LedgerLookups,
): LedgerVerdict {
  const c = cellsOf(cells, mapping);
  const reasons: string[] = [];
  const changes: string[] = [];
  const notes: string[] = [];

  const registered = readDate(c.get('registeredAt'));
  if (!registered.ok) reasons.push(`登记时间：${registered.message}`);
  else if (!registered.value) reasons.push('缺少登记时间');

  const names = [
    ...splitParties(c.get('parties')),
    ...splitParties(c.get('applicant')),
    ...splitParties(c.get('respondent')),
  ].filter((n, i, all) => all.indexOf(n) === i);
  if (names.length === 0) reasons.push('缺少当事人');
  else if (names.length > PARTIES_MAX)
    reasons.push(`当事人有 ${names.length} 名，一件案件最多登记 ${PARTIES_MAX} 名`);
  // A person's name is at most 30 characters on the case form, an organisation's 60.
  const tooLong = names.find(
    (n) => [...n].length > (ORGANISATION.test(n) ? ORGANISATION_NAME_MAX : PERSON_NAME_MAX),
  );
  if (tooLong)
    reasons.push(
      `当事人「${[...tooLong].slice(0, 20).join('')}…」超过 ${ORGANISATION.test(tooLong) ? ORGANISATION_NAME_MAX : PERSON_NAME_MAX} 个字，可能是几人写在一起而未分隔`,
    );
  for (const [key, [label, max]] of Object.entries(LIMITS)) {
    const t = readText(c.get(key));
    if (t && [...t].length > max) reasons.push(`${label}超过 ${max} 个字（${[...t].length} 个字）`);
  }

  const categoryName = readText(c.get('category'));
  let categoryId: number | undefined;
  if (!categoryName) reasons.push('缺少纠纷类型');
  else {
    categoryId = look.categoryId(categoryName);
    if (categoryId === undefined) reasons.push(`纠纷类型「${categoryName}」尚未对应到本系统的类型`);
  }

  const amount = readAmount(c.get('amount'));
  if (!amount.ok) reasons.push(`涉及金额：${amount.message}`);
  else if (amount.value !== null && amount.value > AMOUNT_MAX) reasons.push('涉及金额超过 1 万亿元');
  const occurred = readDate(c.get('occurredAt'));
  if (!occurred.ok) reasons.push(`发生时间：${occurred.message}`);
  const closed = readDate(c.get('closedAt'));
  if (!closed.ok) reasons.push(`办结时间：${closed.message}`);

  const countText = readText(c.get('peopleCount'));
  // Digits only: Number() would read 「人」 as 0 and 「1e3」 as 1000.
  const countDigits = countText?.replace(/\s*人$/u, '') ?? null;
  const peopleCount = countDigits !== null && /^\d{1,6}$/.test(countDigits) ? Number(countDigits) : null;
  if (countText !== null && (peopleCount === null || peopleCount > 100_000))
    reasons.push(`涉及人数「${countText}」不是人数`);

  for (const [label, d] of [
    ['登记时间', registered],
    ['发生时间', occurred],
    ['办结时间', closed],
  ] as const)
    if (d.ok && d.value && isAfterNow(minute(d.value), look.now))
      reasons.push(`${label}「${d.value.date}」晚于今天`);

  if (reasons.length) return { row, ok: false, reasons };

  // The identity columns belong to the first party (the 申请人 where the ledger has one).
  const flags: ImportFlag[] = [];
  const firstName = names[0]!;
  let idNumber: string | null = null;
  const idText = readText(c.get('idNumber'));
  if (idText) {
    const id = halfWidth(idText).replace(/\s/g, '').toUpperCase();
    const parsed = parseIdNumber(id);
    if (parsed.ok) idNumber = id;
    else {
      flags.push({ field: 'idNumber', party: firstName, value: id, message: parsed.message });
      changes.push(`身份证号「${id}」${parsed.message}：原样保留并标注，未作为身份证号使用`);
    }
  }
  let phone: string | null = null;
  const phoneText = readText(c.get('phone'));
  if (phoneText) {
    const p = withoutCountryCode(halfWidth(phoneText).replace(/\s/g, ''));
    if (isValidPhone(p)) phone = p;
    else {
      flags.push({ field: 'phone', party: firstName, value: p, message: '联系电话格式不正确' });
      changes.push(`联系电话「${p}」格式不正确：原样保留并标注`);
    }
  }
  const parties = names.map((name, i): ImportedParty => ({
    kind: ORGANISATION.test(name) ? 'organisation' : 'person',
    name,
    idNumber: i === 0 ? idNumber : null,
    phone: i === 0 ? phone : null,
  }));

  const registeredAt = minute((registered as { value: ReadDate }).value);
  const category = categoryName!;
  let summary = readText(c.get('summary'));
  if (!summary) {
    summary = `${partiesPhrase(names)}${category}`;
    changes.push(`简要情况未填，按「${summary}」记`);
  }

  const sourceText = readText(c.get('source'));
  const source: CaseSource =
    (sourceText && (SOURCE_BY_LABEL.get(sourceText) ?? firstMatch(SOURCE_WORDS, sourceText))) || 'visit';
  if (sourceText && !SOURCE_BY_LABEL.has(sourceText) && !firstMatch(SOURCE_WORDS, sourceText))
    changes.push(`来源「${sourceText}」无对应项，按「来访」记`);

  const handlerName = readText(c.get('handler'));
  const handlerId = handlerName ? look.accountId(handlerName) : undefined;
  if (handlerName && handlerId === undefined) {
    notes.push(`原承办人：${handlerName}`);
    changes.push(`承办人「${handlerName}」不是本系统的账户，记入备注`);
  }

  const outcomeText = readText(c.get('outcome'));
  const outcome = outcomeText ? (firstMatch(OUTCOME_WORDS, outcomeText) ?? null) : null;
  if (outcomeText && !outcome) notes.push(`原调处结果：${outcomeText}`);
  const result = readText(c.get('result')) ?? (outcomeText && outcome ? outcomeText : null);
  const closedOn = closed.ok && closed.value ? minute(closed.value) : null;

  const statusText = readText(c.get('status'));
  let status = statusText ? firstMatch(STATUS_WORDS, statusText) : undefined;
  if (statusText && !status) changes.push(`办理状态「${statusText}」无对应项，按其他各栏判断`);
  if (!status) status = outcome || closedOn ? 'closed' : 'registered';
  let closedAt = status === 'closed' ? closedOn : null;
  if (status === 'closed' && !closedAt) {
    closedAt = registeredAt;
    changes.push('办结时间未填，按登记时间记');
  }
  if (closedAt && closedAt < registeredAt) return { row, ok: false, reasons: ['办结时间早于登记时间'] };
  const finalOutcome = status === 'closed' ? (outcome ?? 'resolved') : null;
  if (status === 'closed' && !outcome) changes.push('已办结但未写调处结果，按「化解成功」记');

  const extra = readText(c.get('notes'));
  return {
    row,
    ok: true,
    changes,
    value: {
      legacyCode: readText(c.get('legacyCode')),
      registeredAt,
      parties,
      categoryId: categoryId!,
      source,
      occurredAt: occurred.ok && occurred.value ? minute(occurred.value) : null,
      place: readText(c.get('place')),
      summary,
      demands: readText(c.get('demands')),
      amountYuan: amount.ok ? amount.value : null,
      peopleCount,
      handlerId: handlerId ?? null,
      status,
      outcome: finalOutcome,
      result,
      closedAt,
      notes: [extra, ...notes].filter(Boolean).join('；') || null,
      flags,
    },
  };
}

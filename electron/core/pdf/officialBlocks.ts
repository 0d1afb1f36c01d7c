import type { Column, Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../shared/dates';
import type { AgreementParty } from './agreement.pdf';
import { chineseDateInWords, chineseNumber } from '../../../shared/chineseDate';
import { numberedTerm } from '../../../shared/mediation/terms';
import { OFFICIAL_DEFAULTS, OFFICIAL_LINE_HEIGHT } from './render';

/**
 * Building blocks shared by the mediation documents (domain.md, Module 2;
 * layout in design.md, "Documents (PDF)"): A4, a large bold title, body 三号
 * 16 pt justified with a two-character first-line indent, form tables in 四号
 * 14 pt, signature lines and the committee's seal block.
 */

export type DateStyle = 'words' | 'digits';

export interface OfficialPdfOptions {
  /** 'words': 二〇二六年十一月二十四日 (default); 'digits': 2026年11月24日. */
  dateStyle?: DateStyle;
}

export const BODY_SIZE = 16;
/** Form tables in 四号 (domain-sources §3.8: table forms 4号, narrative forms 3号). */
export const TABLE_SIZE = 14;
export const GAP = '\u3000';
const INDENT = 2 * BODY_SIZE;
const MARGINS = OFFICIAL_DEFAULTS.pageMargins;
/** Room for a handwritten signature. */
const SIGN_BLANK = '________________';
/** A date left for the signer to write in. */
const BLANK_DATE = `${GAP}${GAP}年${GAP}${GAP}月${GAP}${GAP}日`;

export function dateText(d: Date, style: DateStyle = 'words'): string {
  return style === 'digits' ? formatChineseDate(d) : chineseDateInWords(d);
}

/** 9时30分 (digits) or 九时三十分 (words); a whole hour is 九时 in words. */
function clockText(d: Date, style: DateStyle = 'words'): string {
  const h = d.getHours();
  const m = d.getMinutes();
  if (style === 'digits') return `${h}时${String(m).padStart(2, '0')}分`;
  return `${h === 0 ? '零' : chineseNumber(h)}时${m === 0 ? '' : `${chineseNumber(m)}分`}`;
}

export function dateTimeText(d: Date, style: DateStyle = 'words'): string {
  return `${dateText(d, style)}${clockText(d, style)}`;
}

/** A sitting's span: the end's date is repeated only when it falls on another day. */
export function spanText(from: Date, to: Date | undefined, style: DateStyle = 'words'): string {
  if (!to) return dateTimeText(from, style);
  const sameDay = from.toDateString() === to.toDateString();
  return `${dateTimeText(from, style)}至${sameDay ? clockText(to, style) : dateTimeText(to, style)}`;
}

/** Paragraphs separated by blank lines; single line breaks inside a paragraph are dropped. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter((p) => p.length > 0);
}

/** Every non-empty line, for fields where each line is its own item (申请事项). */
export const lines = (text: string): string[] =>
  text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/**
 * The dispute as it follows 之间: a category or a named dispute (邻里纠纷 →
 * 的邻里纠纷) as it is, a cause written around (排水管道改向 → 因排水管道改向引发的纠纷).
 */
export function disputePhrase(matter: string): string {
  const m = clause(matter);
  return /(纠纷|争议)$/u.test(m) ? `的${m}` : `因${m}引发的纠纷`;
}

/** A clause written into a sentence: no trailing full stop of its own. */
export const clause = (text: string): string => text.trim().replace(/[。；;，,.\s]+$/u, '');

export const title = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  fontSize: 22,
  bold: true,
  alignment: 'center',
  margin: [0, 4, 0, 12],
  ...extra,
});

/** The committee's name under a form's title. */
export const subtitle = (text: string): Content => ({
  text,
  alignment: 'center',
  margin: [0, -6, 0, 8],
});

export const numberLine = (label: string, value: string): Content => ({
  text: `${label}：${value}`,
  alignment: 'right',
  fontSize: 14,
});

/** A justified body paragraph with the two-character first-line indent. */
export const body = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  alignment: 'justify',
  leadingIndent: INDENT,
  ...extra,
});

/** A section heading; `headlineLevel` lets the page-break rule keep it off the foot of a page. */
export const heading = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  leadingIndent: INDENT,
  margin: [0, 6, 0, 0],
  headlineLevel: 1,
  ...extra,
});

const TEXT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];
const DATE_WIDTH = [...BLANK_DATE].length * BODY_SIZE;
/** Underscore advance in Noto Serif SC: 0.563 em. */
const UNDERSCORE = 0.563 * BODY_SIZE;

/** As many underscores as fit after a (full-width) label in `room` points: 6 to 16. */
function blankAfter(label: string, room: number): string {
  const fit = Math.floor((room - ([...label].length + 1) * BODY_SIZE) / UNDERSCORE);
  return '_'.repeat(Math.max(6, Math.min(16, fit)));
}

/** A line to sign on, optionally with a date to write in at its right end. */
export function signatureLine(label: string, withDate = false): Content {
  if (!withDate) return { text: `${label}：${SIGN_BLANK}`, margin: [0, 12, 0, 0] };
  return {
    columns: [
      { width: '*', text: `${label}：${blankAfter(label, TEXT_WIDTH - DATE_WIDTH - 16)}` },
      { width: 'auto', text: BLANK_DATE },
    ],
    columnGap: 16,
    margin: [0, 12, 0, 0],
  };
}

/**
 * The committee's name, where its seal goes, and the date, flush right — kept
 * on one page with `lead` (the short closing text before it), so the seal
 * never stands alone at the top of a page.
 */
export const sealBlock = (committeeName: string, date: string, lead: Content[] = []): Content => ({
  stack: [
    ...lead,
    {
      stack: [
        { text: committeeName, alignment: 'right' },
        { text: '（人民调解委员会印）', alignment: 'right' },
        { text: date, alignment: 'right' },
      ],
      margin: [0, 24, 0, 0],
    },
  ],
  unbreakable: true,
});

/** One line of particulars, for a table cell: 张三，男，汉族，45岁，个体经营，住…，联系电话… */
export function partyParticulars(p: AgreementParty): string {
  const parts =
    p.kind === 'person'
      ? [
          p.name,
          p.sex,
          p.ethnicity,
          p.age === undefined ? undefined : `${p.age}岁`,
          p.occupation,
          p.address && `住${p.address}`,
          p.phone && `联系电话${p.phone}`,
        ]
      : [
          p.name,
          p.address && `住所${p.address}`,
          `法定代表人（负责人）${p.representative}${p.representativeTitle ? `（${p.representativeTitle}）` : ''}`,
        ];
  return parts.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('，');
}

/** Adds each party's variable strings to the font check, named 申请人姓名（第1位申请人） and so on. */
export function addPartyFields(
  fields: Record<string, string>,
  role: string,
  parties: readonly AgreementParty[],
) {
  parties.forEach((p, i) => {
    const n = `（第${i + 1}位${role}）`;
    if (p.kind === 'person') {
      fields[`${role}姓名${n}`] = p.name;
      fields[`民族${n}`] = p.ethnicity ?? '';
      fields[`职业或职务${n}`] = p.occupation ?? '';
      fields[`联系方式${n}`] = p.phone ?? '';
      fields[`单位或住址${n}`] = p.address ?? '';
    } else {
      fields[`${role}单位名称${n}`] = p.name;
      fields[`单位住所${n}`] = p.address ?? '';
      fields[`法定代表人（负责人）${n}`] = p.representative;
      fields[`职务${n}`] = p.representativeTitle ?? '';
    }
  });
}

/** Adds a list of names to the font check: 人民调解员1, 人民调解员2, … */
export function addListFields(fields: Record<string, string>, label: string, values: readonly string[]) {
  values.forEach((v, i) => (fields[`${label}${i + 1}`] = v));
}

/** A row of a form table: a label and its content. */
export type FormRow = [label: string, value: Content];

/**
 * Outer border heavier than the inner rules, as on the printed forms; where
 * two tables of one form meet (`joinAbove`, `joinBelow`) the rule is an inner one.
 */
function grid(joinAbove: boolean, joinBelow: boolean): CustomTableLayout {
  return {
    hLineWidth: (i, node) =>
      (i === 0 && !joinAbove) || (i === node.table.body.length && !joinBelow) ? 1 : 0.5,
    vLineWidth: (i) => (i === 0 || i === 2 ? 1 : 0.5),
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

function formRows(rows: FormRow[], labelWidth: number, joinAbove: boolean, joinBelow: boolean): Content {
  const body: TableCell[][] = rows.map(([label, value]) => [
    { text: label, bold: true, alignment: 'center' },
    value as TableCell,
  ]);
  return {
    table: { widths: [labelWidth, '*'], body },
    layout: grid(joinAbove, joinBelow),
    fontSize: TABLE_SIZE,
    lineHeight: 1.1,
  };
}

/**
 * A two-column bordered form (label | content) in 四号. A `closing` row (the
 * signatures and seal) is kept on one page together with the row before it
 * and any `note` under the form, so it never stands alone at the top of a
 * page; the rows before flow freely.
 */
export function formTable(rows: FormRow[], closing?: FormRow, note?: Content, labelWidth = 104): Content {
  if (!closing) return formRows(rows, labelWidth, false, false);
  const head = rows.slice(0, -1);
  const tail: FormRow[] = [...rows.slice(-1), closing];
  return {
    stack: [
      ...(head.length > 0 ? [formRows(head, labelWidth, false, true)] : []),
      {
        unbreakable: true,
        stack: [formRows(tail, labelWidth, head.length > 0, false), ...(note ? [note] : [])],
      },
    ],
  };
}

/**
 * The closing row of a form: the signature lines, and the committee's seal
 * with the date at the right — beside the signatures when both fit across
 * the cell, else under them.
 */
export function signSealRow(signers: readonly string[], seal: readonly string[], beside: boolean): FormRow {
  const gap = (i: number): [number, number, number, number] => [0, i === 0 ? 0 : 14, 0, 0];
  const left: Column = { width: '*', stack: signers.map((s, i) => ({ text: `${s}：`, margin: gap(i) })) };
  const right: Column = {
    width: 'auto',
    stack: seal.map((s, i) => ({ text: s, margin: gap(i) })),
    alignment: 'right',
  };
  return [
    '签名盖章',
    beside
      ? { columns: [left, right], columnGap: 8, margin: [0, 0, 0, 4] }
      : { stack: [left, { ...right, margin: [0, 14, 0, 4] }] },
  ];
}

/** A note in small type under a form. */
export const formNote = (text: string): Content => ({
  text,
  fontSize: 12,
  alignment: 'justify',
  margin: [0, 6, 0, 0],
});

/** Multi-line cell text: each item on its own line. */
export const cellLines = (items: readonly string[]): Content => ({ stack: items.map((text) => ({ text })) });

/** Marks the footer's nodes, which pdfmake lists with the body's when it asks where to break. */
const PAGE_MARK = 'pageMark';

/** 第 x 页 共 y 页, centred at the foot of every page. */
export function pageFooter(current: number, total: number, prefix = ''): Content {
  return {
    style: PAGE_MARK,
    text: `${prefix}第 ${current} 页 共 ${total} 页`,
    alignment: 'center',
    fontSize: 12,
    lineHeight: 1,
    margin: [MARGINS[0], 24, MARGINS[2], 0],
  };
}

/** A4 portrait, the official defaults with the body at 16 pt. */
export const OFFICIAL_BODY = {
  ...OFFICIAL_DEFAULTS,
  defaultStyle: { ...OFFICIAL_DEFAULTS.defaultStyle, fontSize: BODY_SIZE, lineHeight: OFFICIAL_LINE_HEIGHT },
} as const;

/**
 * pdfmake 0.3 passes the layout queries as one object where @types/pdfmake
 * (written for 0.2) declares an array of the following nodes; both are read.
 */
function followingNodesOnPage(queries: unknown): { style?: unknown }[] {
  const nodes = Array.isArray(queries)
    ? queries
    : (queries as { getFollowingNodesOnPage(): unknown[] }).getFollowingNodesOnPage();
  return (nodes as { style?: unknown }[]).filter((n) => n.style !== PAGE_MARK);
}

/** A heading never ends a page: when nothing follows it on its page, it moves to the next. */
const keepHeadingsWithText: TDocumentDefinitions['pageBreakBefore'] = (node, following) =>
  node.headlineLevel === 1 && followingNodesOnPage(following).length === 0;

/**
 * Keeps `lead` (the sentence that introduces a signing block) together with
 * the first signature line, and the last signature line together with the
 * `trailer` (seal, date), so neither signatures nor a seal ever start alone
 * at the top of a page. Only bounded pieces are kept together: pdfmake
 * silently drops what overflows a single page from an unbreakable block, and
 * a list of signers can be long.
 */
export function signingBlock(lead: Content[], signatures: Content[], trailer: Content[] = []): Content[] {
  const keep = (stack: Content[]): Content => ({ unbreakable: true, stack });
  if (signatures.length <= 1) return [keep([...lead, ...signatures, ...trailer])];
  const first = signatures[0]!;
  const last = signatures[signatures.length - 1]!;
  return [keep([...lead, first]), ...signatures.slice(1, -1), keep([last, ...trailer])];
}

/** A4 portrait, body 16 pt, page x/y in the footer. */
export function officialDocument(
  docTitle: string,
  subject: string,
  content: Content[],
): TDocumentDefinitions {
  return {
    ...OFFICIAL_BODY,
    info: { title: docTitle, subject },
    footer: (current: number, total: number) => pageFooter(current, total),
    pageBreakBefore: keepHeadingsWithText,
    content,
  };
}

/** 一、二、… prefixed to each item, after removing a number the writer may already have typed. */
export function numbered(items: readonly string[]): string[] {
  return items.map(numberedTerm);
}

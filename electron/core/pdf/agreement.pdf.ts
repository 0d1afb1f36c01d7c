import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { copyLabels as holderLabels } from '../../../shared/mediation/rules';
import { sha256 } from '../db/crypto';
import { chineseNumber } from '../../../shared/chineseDate';
import { numberedTerm, termNumber } from '../../../shared/mediation/terms';
import { assertPrintable } from './fonts';
import {
  addListFields,
  addPartyFields,
  body,
  dateText as officialDate,
  GAP,
  heading,
  numberLine,
  OFFICIAL_BODY,
  pageFooter,
  paragraphs,
} from './officialBlocks';
import { OFFICIAL_DEFAULTS, renderPdf } from './render';

export type AgreementParty =
  | {
      kind: 'person';
      name: string;
      sex?: '男' | '女';
      ethnicity?: string;
      age?: number;
      occupation?: string;
      phone?: string;
      address?: string;
    }
  | {
      kind: 'organisation';
      name: string;
      address?: string;
      representative: string;
      representativeTitle?: string;
    };

/** 人民调解协议书 (domain.md, Module 2): everything the document prints. */
export interface AgreementDocument {
  /** e.g. （2026）示范人调字第012号 */
  number: string;
  committeeName: string;
  parties: AgreementParty[];
  /** 纠纷主要事实、争议事项; paragraphs separated by blank lines. */
  facts: string;
  /** The agreed terms, printed 一、二、三、… */
  terms: string[];
  /** 履行方式、时限 */
  performance: string;
  mediators: string[];
  recorder: string;
  date: Date;
}

export interface AgreementPdfOptions {
  /** 'words': 二〇二六年十一月二十四日 (default); 'digits': 2026年11月24日. */
  dateStyle?: 'words' | 'digits';
  /** One copy only (1-based: the parties' copies, then the archive's); absent: the full set. */
  copy?: number;
}

export interface AgreementPdf {
  bytes: Buffer;
  /** SHA-256 (hex) of `bytes`, stored with the agreement. */
  sha256: string;
  /** Number of copies in the PDF: one per party, then the committee's archive copy (1 for a chosen copy). */
  copies: number;
}

const MARGINS = OFFICIAL_DEFAULTS.pageMargins;

/** 第1份 当事人张三收执 … 第3份 人民调解委员会存档 (shared/mediation/rules.ts). */
export function copyLabels(parties: readonly AgreementParty[]): string[] {
  return holderLabels(parties.map((p) => p.name));
}

const labelled = (pairs: [string, string | undefined][]): string =>
  pairs.map(([label, value]) => `${label}：${value ?? ''}`).join(GAP);

function partyBlock(p: AgreementParty): Content {
  if (p.kind === 'person') {
    return {
      stack: [
        labelled([
          ['当事人姓名', p.name],
          ['性别', p.sex],
          ['民族', p.ethnicity],
          ['年龄', p.age === undefined ? undefined : `${p.age}岁`],
        ]),
        labelled([
          ['职业或职务', p.occupation],
          ['联系方式', p.phone],
        ]),
        labelled([['单位或住址', p.address]]),
      ],
      margin: [0, 0, 0, 4],
    };
  }
  return {
    stack: [
      labelled([['当事人（单位）名称', p.name]]),
      labelled([['住所（地址）', p.address]]),
      labelled([
        ['法定代表人（负责人）', p.representative],
        ['职务', p.representativeTitle],
      ]),
    ],
    margin: [0, 0, 0, 4],
  };
}

/** Refuses an agreement no font of the chain can print, before anything (such as its number) is assigned. */
export function assertAgreementPrintable(a: AgreementDocument): void {
  assertPrintable(fieldsOf(a));
}

/** Every variable string, named for the font check's message. */
function fieldsOf(a: AgreementDocument): Record<string, string> {
  const fields: Record<string, string> = {
    协议编号: a.number,
    人民调解委员会名称: a.committeeName,
    纠纷主要事实: a.facts,
    履行方式时限: a.performance,
    记录人: a.recorder,
  };
  addPartyFields(fields, '当事人', a.parties);
  a.terms.forEach((t, i) => (fields[`协议条款${termNumber(i)}`] = t));
  addListFields(fields, '人民调解员', a.mediators);
  return fields;
}

/** The body of one copy; identical for every copy (the holder's label is in the page header). */
function copyContent(a: AgreementDocument, index: number, dateText: string): Content {
  const copies = a.parties.length + 1;
  const signLine = (label: string): Content => ({ text: label, margin: [0, 10, 0, 0] });
  // The performance clause's last paragraph, the copies sentence and the signing block are kept
  // together, so the signing block never starts alone at the top of a page.
  const performance = paragraphs(a.performance);
  const lastPerformance = performance.pop() ?? '';
  const signing: Content = {
    unbreakable: true,
    stack: [
      ...(performance.length === 0 ? [heading('履行方式、时限：')] : []),
      body(lastPerformance),
      body(`本协议一式${chineseNumber(copies)}份，当事人、人民调解委员会各持一份。`, {
        margin: [0, 6, 0, 8],
      }),
      ...a.parties.map(() => signLine('当事人（签名盖章或按指印）：')),
      signLine('人民调解员（签名）：'),
      signLine('记录人（签名）：'),
      { text: '（人民调解委员会印）', alignment: 'right', margin: [0, 24, 0, 0] },
      { text: dateText, alignment: 'right' },
    ],
  };
  return {
    stack: [
      numberLine('编号', a.number),
      {
        id: `agreement-copy-${index + 1}`,
        text: '人民调解协议书',
        fontSize: 24,
        bold: true,
        alignment: 'center',
        margin: [0, 8, 0, 16],
      },
      ...a.parties.map(partyBlock),
      heading('纠纷主要事实、争议事项：'),
      ...paragraphs(a.facts).map((p) => body(p)),
      heading('经调解，自愿达成如下协议：'),
      ...a.terms.map((t, i) => body(numberedTerm(t, i))),
      ...(performance.length > 0 ? [heading('履行方式、时限：')] : []),
      ...performance.map((p) => body(p)),
      signing,
    ],
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  };
}

const TOTAL = 'total-pages';

/** First page (1-based) of each copy; `starts[k]` for copy k. */
type CopyStarts = number[];

function copyOfPage(starts: CopyStarts, page: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= page) k++;
  return k;
}

function definition(
  a: AgreementDocument,
  dateText: string,
  starts: CopyStarts | null,
  seen: Map<string, number>,
  holders: readonly number[],
): TDocumentDefinitions {
  const copies = holders.length;
  const labels = holders.map((k) => copyLabels(a.parties)[k]!);
  // Without measured starts, every copy has the same body and so the same number of pages.
  const startsFor = (total: number): CopyStarts =>
    starts ?? Array.from({ length: copies }, (_, k) => 1 + (k * total) / copies);
  const withinCopy = (current: number, total: number) => {
    const s = startsFor(total);
    const k = copyOfPage(s, current);
    const end = k + 1 < s.length ? s[k + 1]! - 1 : total;
    return { k, page: current - s[k]! + 1, pages: end - s[k]! + 1 };
  };
  return {
    ...OFFICIAL_BODY,
    info: { title: `人民调解协议书 ${a.number}`, subject: a.committeeName },
    header: (current: number, total: number) => {
      seen.set(TOTAL, total);
      return {
        text: labels[withinCopy(current, total).k]!,
        alignment: 'right',
        fontSize: 12,
        lineHeight: 1,
        margin: [MARGINS[0], 40, MARGINS[2], 0],
      };
    },
    footer: (current: number, total: number) => {
      const w = withinCopy(current, total);
      return pageFooter(w.page, w.pages, `${a.number}${GAP}`);
    },
    // Records where each copy really starts (never forces a break).
    pageBreakBefore: (node) => {
      if (typeof node.id === 'string' && node.id.startsWith('agreement-copy-')) {
        seen.set(node.id, node.startPosition.pageNumber);
      }
      return false;
    },
    content: holders.map((_, k) => copyContent(a, k, dateText)),
  };
}

/**
 * 人民调解协议书: one PDF holding one copy per holder (each party, then the
 * committee's archive copy), each on new pages, labelled with its holder, the
 * agreement number and page x/y within the copy on every page.
 */
export async function agreementPdf(
  input: AgreementDocument,
  options: AgreementPdfOptions = {},
): Promise<AgreementPdf> {
  if (input.parties.length === 0) throw new Error('agreementPdf: an agreement needs at least one party');
  const all = Array.from({ length: input.parties.length + 1 }, (_, k) => k);
  if (options.copy !== undefined && !all.includes(options.copy - 1))
    throw new RangeError(`agreementPdf: no copy ${options.copy}`);
  const holders = options.copy === undefined ? all : [options.copy - 1];
  const copies = holders.length;
  const dateText = officialDate(input.date, options.dateStyle);
  const fields = fieldsOf(input);
  const seen = new Map<string, number>();
  let bytes = await renderPdf(definition(input, dateText, null, seen, holders), fields);
  const measured = Array.from({ length: copies }, (_, k) => seen.get(`agreement-copy-${k + 1}`) ?? NaN);
  const pagesPerCopy = copies > 1 ? measured[1]! - measured[0]! : (seen.get(TOTAL) ?? NaN);
  const equal =
    measured.every((s, k) => s === 1 + k * pagesPerCopy) && seen.get(TOTAL) === copies * pagesPerCopy;
  if (!equal) {
    // Copies of unequal length: render again with the measured starts.
    if (measured.some((s) => !Number.isFinite(s))) throw new Error('agreementPdf: copy start not measured');
    bytes = await renderPdf(definition(input, dateText, measured, new Map(), holders), fields);
  }
  return { bytes, sha256: sha256(bytes), copies };
}

import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { RETENTION_PERIODS, type RetentionPeriod } from '../../../shared/mediation/codes';
import {
  addListFields,
  dateText,
  GAP,
  OFFICIAL_BODY,
  pageFooter,
  TABLE_SIZE,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/** One item of the 卷内目录 as filed: its title, how many pages it has, and an optional note. */
export interface DossierCatalogueEntry {
  title: string;
  pages: number;
  note?: string;
}

/**
 * 人民调解卷宗 (人民调解法第27条: the committee files the registration, the
 * records and the agreement into a dossier): the cover, the 卷内目录 and the
 * 卷内备考表 (domain-sources §3.6).
 */
export interface DossierDocument {
  committeeName: string;
  /** 卷名 */
  title: string;
  /** 卷号, the same serial as the agreement: （2026）示范人调字第012号 */
  number: string;
  mediators: string[];
  mediatedFrom: Date;
  mediatedTo: Date;
  /** 立卷人 */
  filedBy: string;
  filedAt: Date;
  retention: RetentionPeriod;
  /** 封面备注 */
  remarks?: string;
  /** In the order of DOSSIER_ORDER, only the items present. */
  entries: DossierCatalogueEntry[];
  /** 检查人, on the 备考表. */
  checkedBy?: string;
}

export type DossierItemKey =
  | 'application'
  | 'rightsNotice'
  | 'identity'
  | 'proxy'
  | 'investigation'
  | 'evidence'
  | 'sessionRecord'
  | 'agreement'
  | 'performance'
  | 'followUp'
  | 'judicial'
  | 'explanation'
  | 'backCover';

export interface DossierItem {
  key: DossierItemKey;
  title: string;
  /** 按需 (filed only if there is one) rather than 必须. */
  optional: boolean;
}

/** The dossier's contents in filing order (domain.md, Module 2; domain-sources §3.6). */
export const DOSSIER_ORDER: readonly DossierItem[] = Object.freeze([
  { key: 'application', title: '人民调解申请书或人民调解受理登记表', optional: false },
  { key: 'rightsNotice', title: '人民调解当事人权利义务告知书', optional: false },
  { key: 'identity', title: '当事人身份证明', optional: false },
  { key: 'proxy', title: '授权委托书', optional: true },
  { key: 'investigation', title: '人民调解调查记录', optional: true },
  { key: 'evidence', title: '人民调解证据材料', optional: true },
  { key: 'sessionRecord', title: '人民调解记录', optional: false },
  { key: 'agreement', title: '人民调解协议书', optional: false },
  { key: 'performance', title: '收条或汇款单等履行凭证', optional: true },
  { key: 'followUp', title: '人民调解回访记录', optional: true },
  { key: 'judicial', title: '司法确认有关材料', optional: true },
  { key: 'explanation', title: '卷宗情况说明', optional: true },
  { key: 'backCover', title: '封底', optional: false },
]);

/**
 * 页号 of each entry: the filed documents are numbered from 1 in order (the
 * cover and the catalogue itself are not numbered); a one-page item is "3",
 * a longer one "3-5".
 */
export function catalogueRanges(entries: readonly { pages: number }[]): string[] {
  let next = 1;
  return entries.map((e, i) => {
    if (!Number.isInteger(e.pages) || e.pages < 1) {
      throw new RangeError(`catalogueRanges: entry ${i + 1} has ${e.pages} pages`);
    }
    const first = next;
    next += e.pages;
    return e.pages === 1 ? String(first) : `${first}-${next - 1}`;
  });
}

function fieldsOf(a: DossierDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    卷名: a.title,
    卷号: a.number,
    立卷人: a.filedBy,
    检查人: a.checkedBy ?? '',
    备注: a.remarks ?? '',
  };
  addListFields(fields, '人民调解员', a.mediators);
  a.entries.forEach((e, i) => {
    fields[`卷内目录第${i + 1}项文件名称`] = e.title;
    fields[`卷内目录第${i + 1}项备注`] = e.note ?? '';
  });
  return fields;
}

const GRID: CustomTableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 5,
  paddingBottom: () => 5,
};

const coverLine = (label: string, value: string): Content => ({
  columns: [
    { width: 112, text: `${label}：` },
    { width: '*', text: value },
  ],
  margin: [40, 0, 0, 14],
});

function cover(a: DossierDocument, style: OfficialPdfOptions['dateStyle']): Content[] {
  return [
    { text: a.committeeName, fontSize: 18, alignment: 'center', margin: [0, 60, 0, 24] },
    { text: '人民调解卷宗', fontSize: 26, bold: true, alignment: 'center', margin: [0, 0, 0, 80] },
    coverLine('卷名', a.title),
    coverLine('卷号', a.number),
    coverLine('人民调解员', a.mediators.join('、')),
    // Two dates in words do not fit one line: the span breaks before 至.
    coverLine('调解日期', `${dateText(a.mediatedFrom, style)}\n至${dateText(a.mediatedTo, style)}`),
    coverLine('立卷人', a.filedBy),
    coverLine('立卷日期', dateText(a.filedAt, style)),
    coverLine('保管期限', RETENTION_PERIODS[a.retention]),
    coverLine('备注', a.remarks ?? ''),
  ];
}

function catalogue(a: DossierDocument): Content[] {
  const ranges = catalogueRanges(a.entries);
  const head = ['序号', '文件名称', '页号', '备注'].map((text): TableCell => ({
    text,
    bold: true,
    alignment: 'center',
  }));
  const rows = a.entries.map((e, i): TableCell[] => [
    { text: String(i + 1), alignment: 'center' },
    { text: e.title },
    { text: ranges[i]!, alignment: 'center' },
    { text: e.note ?? '' },
  ]);
  return [
    {
      text: '卷内目录',
      fontSize: 22,
      bold: true,
      alignment: 'center',
      margin: [0, 4, 0, 6],
      pageBreak: 'before',
    },
    { text: `卷号：${a.number}`, alignment: 'right', fontSize: TABLE_SIZE, margin: [0, 0, 0, 6] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [40, '*', 64, 96], body: [head, ...rows] },
      layout: GRID,
      fontSize: TABLE_SIZE,
      lineHeight: 1.15,
    },
  ];
}

function reference(a: DossierDocument, style: OfficialPdfOptions['dateStyle']): Content[] {
  const pages = a.entries.reduce((sum, e) => sum + e.pages, 0);
  return [
    {
      text: '卷内备考表',
      fontSize: 22,
      bold: true,
      alignment: 'center',
      margin: [0, 4, 0, 16],
      pageBreak: 'before',
    },
    {
      table: {
        widths: ['*'],
        heights: [360],
        body: [
          [
            {
              stack: [
                { text: '本卷情况说明：', bold: true },
                {
                  text: `本卷共有文件 ${a.entries.length} 件，共 ${pages} 页。`,
                  leadingIndent: 32,
                  margin: [0, 8, 0, 0],
                },
              ],
            },
          ],
        ],
      },
      layout: GRID,
    },
    { text: `立卷人：${a.filedBy}`, margin: [200, 24, 0, 0] },
    { text: `检查人：${a.checkedBy ?? ''}`, margin: [200, 8, 0, 0] },
    { text: `日期：${dateText(a.filedAt, style)}`, margin: [200, 8, 0, 0] },
  ];
}

export async function dossierPdf(a: DossierDocument, options: OfficialPdfOptions = {}): Promise<Buffer> {
  const style = options.dateStyle;
  const doc: TDocumentDefinitions = {
    ...OFFICIAL_BODY,
    info: { title: `人民调解卷宗 ${a.number}`, subject: a.committeeName },
    // The cover carries no page number; the catalogue and 备考表 are counted on their own,
    // apart from the 页号 of the filed documents.
    footer: (current: number, total: number) =>
      current === 1 ? null : pageFooter(current - 1, total - 1, `卷内目录及备考表${GAP}`),
    content: [...cover(a, style), ...catalogue(a), ...reference(a, style)],
  };
  return renderPdf(doc, fieldsOf(a));
}

import type {
  Content,
  CustomTableLayout,
  LineStyle,
  PageOrientation,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { dateText, GAP, pageFooter, type DateStyle } from './officialBlocks';

/**
 * Building blocks of the archive documents (domain.md, Module 3): the
 * catalogue, the loan register and the disposal list are ruled tables whose
 * header row repeats on every page; the labels are cut from A4 sheets.
 */

/** A calendar date as the archive stores it (`2026-01-05`), read as a local date. */
export function localDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`localDate: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** DA/T 22: the catalogue's 日期 is written as eight digits, 20260105; no date, an empty cell. */
export function eightDigitDate(iso: string | null): string {
  if (iso === null) return '';
  localDate(iso); // refuses anything but YYYY-MM-DD
  return iso.replaceAll('-', '');
}

/** 二〇二六年一月五日 (or 2026年1月5日 with 'digits'), from a stored date. */
export const isoDateText = (iso: string, style?: DateStyle): string => dateText(localDate(iso), style);

/** A date left for the signer to write in. */
export const BLANK_DATE = `${GAP}${GAP}年${GAP}${GAP}月${GAP}${GAP}日`;

/** Room for a handwritten signature. */
export const SIGN_BLANK = '______________';

/** The title of an archive document, 二号 bold. */
export const docTitle = (text: string, margin: [number, number, number, number] = [0, 0, 0, 6]): Content => ({
  text,
  fontSize: 22,
  bold: true,
  alignment: 'center',
  margin,
});

/** A table column: its header and width; numbers and codes are centred. */
export interface ArchiveColumn {
  label: string;
  width: number | '*';
  center?: boolean;
}

/** The archival forms' rule: a heavier outer frame, thin inner lines. */
const RULED: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 1 : 0.5),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths!.length ? 1 : 0.5),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * A ruled table whose header row repeats on every page; a row never splits
 * across pages, so a 档号 and its 题名 are always read on one sheet.
 */
export function archiveTable(
  columns: readonly ArchiveColumn[],
  rows: readonly string[][],
  fontSize?: number,
): Content {
  const head = columns.map((c): TableCell => ({ text: c.label, bold: true, alignment: 'center' }));
  const body = rows.map((row) =>
    row.map((text, i): TableCell => ({ text, alignment: columns[i]!.center ? 'center' : 'left' })),
  );
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: columns.map((c) => c.width), body: [head, ...body] },
    layout: RULED,
    ...(fontSize ? { fontSize } : {}),
  };
}

const CUT: LineStyle = { dash: { length: 3, space: 2 } };
const SOLID: LineStyle = {};

/**
 * Labels cut from an A4 sheet: their outline is a dashed cut line; the rules
 * inside one label (`innerRules`) are solid, else every line is a cut line.
 */
export function cutLayout(innerRules: boolean, padding: number): CustomTableLayout {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineStyle: (i, node) => (!innerRules || i === 0 || i === node.table.body.length ? CUT : SOLID),
    vLineStyle: (i, node) => (!innerRules || i === 0 || i === node.table.widths!.length ? CUT : SOLID),
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding,
    paddingBottom: () => padding,
  };
}

/**
 * Text set vertically, as on a box spine: one character under the other,
 * a run of Latin letters or digits (2026, D30) kept upright on one line.
 */
export const verticalText = (s: string): string => (s.match(/[A-Za-z0-9]+|\S/gu) ?? []).join('\n');

/** Adds every cell to the font check, named as the user sees it: 第 3 行“题名”. */
export function addRowFields(
  fields: Record<string, string>,
  columns: readonly ArchiveColumn[],
  rows: readonly string[][],
): void {
  rows.forEach((row, r) => row.forEach((text, c) => (fields[`第 ${r + 1} 行“${columns[c]!.label}”`] = text)));
}

/** A4 with page x/y centred in the footer; body type and margins chosen per document. */
export function archiveDocument(p: {
  title: string;
  subject: string;
  orientation?: PageOrientation;
  margins: [number, number, number, number];
  fontSize: number;
  content: Content[];
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: p.orientation ?? 'portrait',
    pageMargins: p.margins,
    info: { title: p.title, subject: p.subject },
    defaultStyle: { font: 'Serif', fontSize: p.fontSize, lineHeight: 1.15 },
    footer: (current: number, total: number) => pageFooter(current, total),
    content: p.content,
  };
}

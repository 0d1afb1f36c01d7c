import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTableDateTime, toLocalIso } from '../../../shared/dates';
import { renderPdf } from './render';

/** A printed table: A4 landscape, a title, the centre, the filter, a header row repeated on every page, page x/y. */
export interface TablePrint<K extends string> {
  title: string;
  centreName: string;
  filterText: string;
  printedAt: Date;
  columns: readonly { key: K; width: number | '*' }[];
  lines: readonly Record<K, string>[];
  fontSize: number;
}

const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** Every variable string of the print, named for the font check's message (“第 3 行 当事人”). */
function fieldsOf<K extends string>(p: TablePrint<K>): Record<string, string> {
  const fields: Record<string, string> = { 综治中心名称: p.centreName, 筛选条件: p.filterText };
  p.lines.forEach((line, i) => {
    for (const c of p.columns) fields[`第 ${i + 1} 行“${c.key}”`] = line[c.key];
  });
  return fields;
}

export function renderTablePrint<K extends string>(p: TablePrint<K>): Promise<Buffer> {
  const header: TableCell[] = p.columns.map((c) => ({
    text: c.key,
    bold: true,
    alignment: 'center',
    fillColor: '#e8eef4',
  }));
  const body: TableCell[][] = [
    header,
    ...p.lines.map((line) => p.columns.map((c) => ({ text: line[c.key] }))),
  ];
  const content: Content[] = [
    { text: p.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    {
      columns: [
        { text: p.centreName },
        {
          text: `打印时间：${formatTableDateTime(toLocalIso(p.printedAt))}`,
          alignment: 'right',
        },
      ],
      fontSize: 9,
    },
    { text: `筛选：${p.filterText}\u3000\u3000共 ${p.lines.length} 件`, fontSize: 9, margin: [0, 2, 0, 6] },
    p.lines.length
      ? {
          table: { headerRows: 1, dontBreakRows: true, widths: p.columns.map((c) => c.width), body },
          layout: GRID,
        }
      : { text: '（筛选结果为空）', alignment: 'center', margin: [0, 24, 0, 0] },
  ];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 32, 28, 36],
    info: { title: p.title },
    defaultStyle: { font: 'Serif', fontSize: p.fontSize, lineHeight: 1.15 },
    footer: (current: number, total: number) => ({
      text: `${p.title}\u3000第 ${current} 页 / 共 ${total} 页`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 12, 0, 0],
    }),
    content,
  };
  return renderPdf(doc, fieldsOf(p));
}

/**
 * 矛盾纠纷排查调处台账, printed: the same columns as the Excel export, in the
 * paper ledger's order, small type so that all nineteen fit across A4 landscape.
 */
export function ledgerPdf<K extends string>(
  input: Omit<TablePrint<K>, 'columns' | 'fontSize'> & {
    columns: readonly K[];
  },
): Promise<Buffer> {
  const widths: Record<string, number | '*'> = {
    序号: 14,
    案件编号: 40,
    登记时间: 36,
    来源: 26,
    当事人: 56,
    身份证号: 66,
    联系电话: 40,
    纠纷类型: 32,
    简要情况: '*',
    风险等级: 14,
    难易程度: 20,
    是否重大: 14,
    承办人: 26,
    办理期限: 36,
    状态: 20,
    处理方式: 28,
    结果: 60,
    办结时间: 36,
    满意度: 22,
  };
  return renderTablePrint({
    ...input,
    fontSize: 6.5,
    columns: input.columns.map((key) => ({ key, width: widths[key] ?? '*' })),
  });
}

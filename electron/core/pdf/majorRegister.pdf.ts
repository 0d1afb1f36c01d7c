import { renderTablePrint } from './ledger.pdf';

const COLUMNS = [
  { key: '序号', width: 20 },
  { key: '案件编号', width: 52 },
  { key: '当事人基本情况', width: 150 },
  { key: '纠纷发生原因', width: '*' },
  { key: '矛盾焦点', width: 100 },
  { key: '已采取的措施', width: 110 },
  { key: '上报时间及对象', width: 72 },
  { key: '备注', width: 80 },
] as const;

type Key = (typeof COLUMNS)[number]['key'];

/**
 * 重大矛盾纠纷隐患排查情况登记表 (domain.md, Reporting): parties, cause, focus
 * of the dispute, measures taken, when and to whom it was reported — printed
 * from the same data as the ledger.
 */
export function majorRegisterPdf(input: {
  centreName: string;
  filterText: string;
  printedAt: Date;
  lines: readonly Record<Key, string>[];
}): Promise<Buffer> {
  return renderTablePrint({
    ...input,
    title: '重大矛盾纠纷隐患排查情况登记表',
    columns: COLUMNS,
    fontSize: 9,
  });
}

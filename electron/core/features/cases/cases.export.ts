import { tableXlsx, XLSX_MIME } from '../../export/tableXlsx';
import type { Db } from '../../db/open';
import { formatTableDateTime, toLocalIso } from '../../../../shared/dates';
import {
  CASE_SOURCES,
  DIFFICULTIES,
  MAJOR_REASONS,
  OUTCOMES,
  RISK_LEVELS,
  ROUTES,
  SATISFACTION,
  type MajorReason,
} from '../../../../shared/cases/codes';
import { CASE_STATUSES } from '../../../../shared/cases/status';
import { maskIdNumber, maskPhone } from '../../../../shared/privacy/identity';
import { filterSql, orderSql, type CaseFilter } from './cases.list';
import { resolveSearch } from './cases.search';
import type { CaseRecord } from './cases.queries';

/** The printed ledger's columns, in the order the centre's paper ledger has them. */
export const LEDGER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '案件编号', width: 13 },
  { header: '登记时间', width: 17 },
  { header: '来源', width: 10 },
  { header: '当事人', width: 16 },
  { header: '身份证号', width: 21 },
  { header: '联系电话', width: 14 },
  { header: '纠纷类型', width: 14 },
  { header: '简要情况', width: 40 },
  { header: '风险等级', width: 8 },
  { header: '难易程度', width: 9 },
  { header: '是否重大', width: 8 },
  { header: '承办人', width: 9 },
  { header: '办理期限', width: 11 },
  { header: '状态', width: 7 },
  { header: '处理方式', width: 11 },
  { header: '结果', width: 28 },
  { header: '办结时间', width: 17 },
  { header: '满意度', width: 8 },
] as const;

export const LEDGER_TITLE = '矛盾纠纷排查调处台账';
export const MAJOR_REGISTER_TITLE = '重大矛盾纠纷隐患排查情况登记表';

interface ExportCaseRecord extends CaseRecord {
  category: string;
  handler_name: string | null;
}

interface ExportParty {
  case_id: number;
  kind: 'person' | 'organisation';
  name: string;
  sex: 'male' | 'female' | null;
  birth_date: string | null;
  age: number | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  representative: string | null;
}

/** The cases of a filter with their parties, in ledger order. */
function selectForExport(db: Db, f: CaseFilter, today: string) {
  const { where, params } = filterSql(f, today, resolveSearch(db, f.q));
  const cases = db
    .prepare(
      `SELECT c.*, cat.label AS category, h.display_name AS handler_name
       FROM cases c JOIN case_categories cat ON cat.id = c.category_id LEFT JOIN accounts h ON h.id = c.handler_id
       ${where} ${orderSql(f)}`,
    )
    .all(params) as ExportCaseRecord[];
  const parties = new Map<number, ExportParty[]>();
  for (const p of db
    .prepare(
      `SELECT case_id, kind, name, sex, birth_date, age, id_number, phone, address, representative
       FROM case_parties WHERE case_id IN (SELECT c.id FROM cases c ${where}) ORDER BY case_id, sort`,
    )
    .iterate(params) as IterableIterator<ExportParty>) {
    const list = parties.get(p.case_id);
    if (list) list.push(p);
    else parties.set(p.case_id, [p]);
  }
  return cases.map((c) => ({ c, parties: parties.get(c.id) ?? [] }));
}

/** One ledger line as printed: every value already a display string. */
export type LedgerLine = Record<(typeof LEDGER_COLUMNS)[number]['header'], string>;

const partyLabel = (p: ExportParty) =>
  p.kind === 'organisation' && p.representative ? `${p.name}（${p.representative}）` : p.name;

/** The ledger lines of a filter. ID numbers and phones are masked unless `fullIdentity` (director only, audited). */
export function ledgerLines(db: Db, f: CaseFilter, today: string, fullIdentity: boolean): LedgerLine[] {
  const id = fullIdentity ? (s: string) => s : maskIdNumber;
  const phone = fullIdentity ? (s: string) => s : maskPhone;
  return selectForExport(db, f, today).map(({ c, parties }, i) => ({
    序号: String(i + 1),
    案件编号: c.code,
    登记时间: formatTableDateTime(c.registered_at),
    来源: CASE_SOURCES[c.source],
    当事人: parties.map(partyLabel).join('\n'),
    身份证号: parties.map((p) => (p.id_number ? id(p.id_number) : '—')).join('\n'),
    联系电话: parties.map((p) => (p.phone ? phone(p.phone) : '—')).join('\n'),
    纠纷类型: c.category,
    简要情况: c.summary,
    风险等级: RISK_LEVELS[c.risk],
    难易程度: DIFFICULTIES[c.difficulty],
    是否重大: c.major ? '是' : '否',
    承办人: c.handler_name ?? '',
    办理期限: c.deadline ?? '',
    状态: CASE_STATUSES[c.status],
    处理方式: c.route ? ROUTES[c.route] : '',
    结果: [c.outcome ? OUTCOMES[c.outcome] : '', c.result ?? ''].filter(Boolean).join('：'),
    办结时间: c.closed_at ? formatTableDateTime(c.closed_at) : '',
    满意度: c.satisfaction ? SATISFACTION[c.satisfaction] : '',
  }));
}

/** One line of the 重大矛盾纠纷隐患排查情况登记表. */
export interface MajorRegisterLine {
  序号: string;
  案件编号: string;
  当事人基本情况: string;
  纠纷发生原因: string;
  矛盾焦点: string;
  已采取的措施: string;
  上报时间及对象: string;
  备注: string;
}

const SEX_LABELS = { male: '男', female: '女' } as const;

/** The major cases of a filter as the register prints them (IDs masked unless `fullIdentity`). */
export function majorRegisterLines(
  db: Db,
  f: CaseFilter,
  today: string,
  fullIdentity: boolean,
): MajorRegisterLine[] {
  const id = fullIdentity ? (s: string) => s : maskIdNumber;
  return selectForExport(db, { ...f, majorOnly: true }, today).map(({ c, parties }, i) => ({
    序号: String(i + 1),
    案件编号: c.code,
    当事人基本情况: parties
      .map((p) =>
        p.kind === 'organisation'
          ? [p.name, p.representative ? `负责人${p.representative}` : '', p.address ?? '']
              .filter(Boolean)
              .join('，')
          : [
              p.name,
              p.sex ? SEX_LABELS[p.sex] : '',
              p.id_number ? `身份证号 ${id(p.id_number)}` : '',
              p.address ?? '',
            ]
              .filter(Boolean)
              .join('，'),
      )
      .join('\n'),
    纠纷发生原因: c.summary,
    矛盾焦点: c.demands ?? '',
    已采取的措施: [
      c.route ? `处理方式：${ROUTES[c.route]}` : '',
      `当前状态：${CASE_STATUSES[c.status]}`,
      c.outcome ? `结果：${OUTCOMES[c.outcome]}${c.result ? `，${c.result}` : ''}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    上报时间及对象: c.escalated_at
      ? `${formatTableDateTime(c.escalated_at)}\n${c.escalated_to ?? ''}`
      : '未上报',
    备注: [
      `重大情形：${(JSON.parse(c.major_reasons) as MajorReason[]).map((r) => MAJOR_REASONS[r]).join('、')}`,
      c.notes ?? '',
    ]
      .filter(Boolean)
      .join('\n'),
  }));
}

/** The filter in words, printed under the title and kept in the audit record. */
export function describeFilter(db: Db, f: CaseFilter): string {
  const parts: string[] = [];
  if (f.status?.length) parts.push(`状态：${f.status.map((s) => CASE_STATUSES[s]).join('、')}`);
  if (f.categoryId !== undefined) {
    const row = db.prepare('SELECT label FROM case_categories WHERE id = ?').get(f.categoryId) as
      { label: string } | undefined;
    parts.push(`纠纷类型：${row?.label ?? `#${f.categoryId}`}`);
  }
  if (f.source) parts.push(`来源：${CASE_SOURCES[f.source]}`);
  if (f.difficulty) parts.push(`难易程度：${DIFFICULTIES[f.difficulty]}`);
  if (f.handlerId !== undefined) {
    const row = db.prepare('SELECT display_name FROM accounts WHERE id = ?').get(f.handlerId) as
      { display_name: string } | undefined;
    parts.push(`承办人：${row?.display_name ?? `#${f.handlerId}`}`);
  }
  if (f.from || f.to) parts.push(`登记日期：${f.from ?? '不限'} 至 ${f.to ?? '不限'}`);
  if (f.overdueOnly) parts.push('仅超期');
  if (f.majorOnly) parts.push('仅重大');
  if (f.q?.trim()) parts.push(`关键词：“${f.q.trim()}”`);
  return parts.length ? parts.join('；') : '全部案件';
}

export { XLSX_MIME };

/** The ledger workbook (the register writer shared by every export, electron/core/export/tableXlsx.ts). */
export function ledgerXlsx(input: {
  centreName: string;
  filterText: string;
  exportedAt: Date;
  lines: readonly LedgerLine[];
  /** Hears the number of rows written, every 1 000 rows and at the end. */
  onRows?: (done: number) => void;
}): Promise<Buffer> {
  return tableXlsx({
    title: LEDGER_TITLE,
    sheetName: '台账',
    creator: input.centreName,
    createdAt: input.exportedAt,
    subtitle:
      `${input.centreName}\u3000\u3000导出时间：${formatTableDateTime(toLocalIso(input.exportedAt))}` +
      `\u3000\u3000筛选：${input.filterText}\u3000\u3000共 ${input.lines.length} 件`,
    columns: LEDGER_COLUMNS,
    lines: input.lines,
    ...(input.onRows ? { onRows: input.onRows } : {}),
  });
}

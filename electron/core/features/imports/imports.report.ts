import { toCompactStamp } from '../../../../shared/dates';
import type { ImportTarget } from '../../../../shared/import/columns';
import type {
  ImportInspection,
  ImportPreviewRow,
  ImportProblem,
  ImportReport,
} from '../../../../shared/import/schemas';
import { readText } from '../../../../shared/import/values';
import { tableXlsx, XLSX_MIME } from '../../export/tableXlsx';
import type { Analysis, AnalysedRow } from './imports.sheet';

/** Rows shown before the import: enough to see the mapping is right. */
const PREVIEW_ROWS = 20;
/** Problems listed on screen; the workbook has them all. */
const SCREEN_PROBLEMS = 200;

function problemOf(r: AnalysedRow<unknown>): ImportProblem | null {
  const v = r.verdict;
  if (r.repeated)
    return { row: v.row, kind: 'repeated', messages: ['此行此前已导入（或在本文件中重复），不再导入'] };
  if (!v.ok) return { row: v.row, kind: 'refused', messages: v.reasons };
  return v.changes.length ? { row: v.row, kind: 'changed', messages: v.changes } : null;
}

/**
 * The preview's columns: each shows a stored value, or for a row that cannot
 * come in, what the file's cells for those fields say.
 */
export interface PreviewSpec<V> {
  columns: { label: string; targets: readonly string[] }[];
  values(value: V): string[];
}

function previewOf<V>(a: Analysis<V>, r: AnalysedRow<V>, spec: PreviewSpec<V>): ImportPreviewRow {
  const v = r.verdict;
  if (!v.ok) {
    const written = (key: string) => {
      const at = a.mapping.indexOf(key);
      return at < 0 ? null : readText(r.cells[at]);
    };
    return {
      row: v.row,
      ok: false,
      values: spec.columns.map((col) => col.targets.map(written).filter(Boolean).join(' / ')),
      messages: v.reasons,
    };
  }
  return {
    row: v.row,
    ok: !r.repeated,
    values: spec.values(v.value),
    messages: r.repeated ? ['此前已导入'] : v.changes,
  };
}

export function inspection<V>(
  a: Analysis<V>,
  targets: readonly ImportTarget[],
  spec: PreviewSpec<V>,
): ImportInspection {
  return {
    kind: a.kind,
    fileName: a.fileName,
    sha256: a.sha256,
    sheets: a.sheets,
    sheet: a.sheet,
    headerRow: a.headerRow,
    labels: a.labels,
    mapping: a.mapping,
    remembered: a.remembered,
    targets: targets.map((t) => ({ key: t.key, label: t.label })),
    dataRows: a.rows.length,
    previewColumns: spec.columns.map((c) => c.label),
    preview: a.rows.slice(0, PREVIEW_ROWS).map((r) => previewOf(a, r, spec)),
    unknownCategories: a.unknownCategories,
  };
}

const KIND_LABELS = { refused: '未导入', changed: '导入时有改动', repeated: '此前已导入' } as const;

/** Every row that will not come in as written, with the sheet's own row numbers, as a workbook to fix the file by. */
async function problemsWorkbook(a: Analysis<unknown>, problems: ImportProblem[], now: Date) {
  const bytes = await tableXlsx({
    title: `导入检查：${a.fileName}`,
    sheetName: '问题行',
    creator: '综治中心档案台账系统',
    createdAt: now,
    subtitle: `工作表「${a.sheet}」，表头在第 ${a.headerRow} 行；共 ${problems.length} 行有问题。行号即原文件中的行号。`,
    columns: [
      { header: '行号', width: 8 },
      { header: '结果', width: 14 },
      { header: '原因', width: 90 },
    ],
    lines: problems.map((p) => ({ 行号: p.row, 结果: KIND_LABELS[p.kind], 原因: p.messages.join('；') })),
  });
  return {
    fileName: `导入检查-${toCompactStamp(now)}.xlsx`,
    mime: XLSX_MIME,
    base64: bytes.toString('base64'),
  };
}

export async function report(a: Analysis<unknown>, imported: number, now: Date): Promise<ImportReport> {
  const problems = a.rows.map(problemOf).filter((p): p is ImportProblem => p !== null);
  const count = (kind: ImportProblem['kind']) => problems.filter((p) => p.kind === kind).length;
  return {
    fileName: a.fileName,
    sha256: a.sha256,
    dataRows: a.rows.length,
    valid: a.rows.filter((r) => r.verdict.ok && !r.repeated).length,
    changed: count('changed'),
    refused: count('refused'),
    repeated: count('repeated'),
    imported,
    problems: problems.slice(0, SCREEN_PROBLEMS),
    problemCount: problems.length,
    problemsFile: problems.length ? await problemsWorkbook(a, problems, now) : null,
  };
}

import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import { defineJob, type JobScope } from '../../jobs/types';
import { toCompactStamp, toLocalDate } from '../../../../shared/dates';
import type { FileOutput } from '../../../../shared/api/contract';
import { writingRowsPhase } from '../../../../shared/jobs/schemas';
import { getSettings } from '../settings/settings.queries';
import { ledgerPdf } from '../../pdf/ledger.pdf';
import { majorRegisterPdf } from '../../pdf/majorRegister.pdf';
import {
  describeFilter,
  LEDGER_COLUMNS,
  LEDGER_TITLE,
  ledgerLines,
  ledgerXlsx,
  majorRegisterLines,
  MAJOR_REGISTER_TITLE,
  XLSX_MIME,
} from './cases.export';
import type { CaseFilter } from './cases.list';

/** Prints are for a screen's worth of filtering, not the whole archive: pdfmake lays out every row in memory. */
export const PRINT_LIMIT = 2000;

/** What an export's thread hands back: the file, and what the audit record says of it. */
interface Exported {
  file: FileOutput;
  count: number;
  filterText: string;
  full: boolean;
}

/** Whole ID numbers and phones leave the archive only at the director's request, and that is audited. */
function refuseFullIdentity(ctx: CallContext, input: { fullIdentity?: boolean | undefined }): void {
  if (input.fullIdentity && ctx.user().role !== 'director')
    throw new AppError('FORBIDDEN', '只有主任可以导出或打印完整的身份证号和联系电话。');
}

const fullOf = (scope: JobScope, fullIdentity: boolean | undefined) =>
  fullIdentity === true && scope.user.role === 'director';

function printable<T>(lines: T[]): T[] {
  if (lines.length > PRINT_LIMIT)
    throw new AppError(
      'VALIDATION',
      `筛选结果共 ${lines.length} 件，打印一次最多 ${PRINT_LIMIT} 件。请缩小筛选范围，或导出为 Excel。`,
    );
  return lines;
}

const file = (fileName: string, mime: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
});

/** The file leaves the archive: recorded once it exists, with the filter that chose it. */
function auditExport(ctx: CallContext, what: string, e: Exported): FileOutput {
  ctx.write((_db, audit) => {
    const scope = `（${e.count} 件；筛选：${e.filterText}）`;
    audit({
      action: 'cases.export',
      entity: 'case',
      summary: `${what}${scope}${e.full ? '，含完整身份证号和联系电话' : ''}`,
    });
    if (e.full)
      audit({
        action: 'cases.export-full-identity',
        entity: 'case',
        summary: `${what}含完整身份证号和联系电话${scope}`,
      });
  });
  return e.file;
}

const READING = '正在读取案件…';
const LAYING_OUT = '正在排版…';

type ExportInput = CaseFilter & { fullIdentity?: boolean | undefined };

export const exportLedgerJob = defineJob<'cases', 'exportLedger'>()({
  label: (input) => (input.fullIdentity ? '导出台账（Excel，含完整身份证号）' : '导出台账（Excel）'),
  prepare: refuseFullIdentity,
  async run(scope, { fullIdentity, ...filter }: ExportInput): Promise<Exported> {
    const full = fullOf(scope, fullIdentity);
    scope.progress(0, 0, READING);
    const lines = ledgerLines(scope.db, filter, toLocalDate(scope.now), full);
    const filterText = describeFilter(scope.db, filter);
    const total = lines.length;
    const bytes = await ledgerXlsx({
      centreName: getSettings(scope.db).centreName,
      filterText,
      exportedAt: scope.now,
      lines,
      onRows: (done) => scope.progress(done, total, writingRowsPhase(done, total)),
    });
    const name = `${LEDGER_TITLE}-${toCompactStamp(scope.now)}.xlsx`;
    return { file: file(name, XLSX_MIME, bytes), count: total, filterText, full };
  },
  finish: (ctx, _input, e) => auditExport(ctx, '导出台账（Excel）', e),
});

export const printLedgerJob = defineJob<'cases', 'printLedger'>()({
  label: () => '打印台账（PDF）',
  prepare: refuseFullIdentity,
  async run(scope, { fullIdentity, ...filter }: ExportInput): Promise<Exported> {
    const full = fullOf(scope, fullIdentity);
    scope.progress(0, 2, READING);
    const lines = printable(ledgerLines(scope.db, filter, toLocalDate(scope.now), full));
    const filterText = describeFilter(scope.db, filter);
    scope.progress(1, 2, LAYING_OUT);
    const bytes = await ledgerPdf({
      title: LEDGER_TITLE,
      centreName: getSettings(scope.db).centreName,
      filterText,
      printedAt: scope.now,
      columns: LEDGER_COLUMNS.map((c) => c.header),
      lines,
    });
    const name = `${LEDGER_TITLE}-${toCompactStamp(scope.now)}.pdf`;
    return { file: file(name, 'application/pdf', bytes), count: lines.length, filterText, full };
  },
  finish: (ctx, _input, e) => auditExport(ctx, '打印台账（PDF）', e),
});

export const printMajorRegisterJob = defineJob<'cases', 'printMajorRegister'>()({
  label: () => `打印${MAJOR_REGISTER_TITLE}`,
  prepare: refuseFullIdentity,
  async run(scope, { fullIdentity, ...filter }: ExportInput): Promise<Exported> {
    const full = fullOf(scope, fullIdentity);
    const major: CaseFilter = { ...filter, majorOnly: true };
    scope.progress(0, 2, READING);
    const lines = printable(majorRegisterLines(scope.db, major, toLocalDate(scope.now), full));
    const filterText = describeFilter(scope.db, major);
    scope.progress(1, 2, LAYING_OUT);
    const bytes = await majorRegisterPdf({
      centreName: getSettings(scope.db).centreName,
      filterText,
      printedAt: scope.now,
      lines,
    });
    const name = `${MAJOR_REGISTER_TITLE}-${toCompactStamp(scope.now)}.pdf`;
    return { file: file(name, 'application/pdf', bytes), count: lines.length, filterText, full };
  },
  finish: (ctx, _input, e) => auditExport(ctx, `打印${MAJOR_REGISTER_TITLE}`, e),
});

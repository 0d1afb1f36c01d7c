import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Core } from '../electron/core/app';
import { silentLogger } from '../electron/core/logger';
import { startCoreWorker } from '../electron/core/worker/coreWorker';
import type { ImportReport } from '../shared/import/schemas';
import type { JobStatus, JobTicket } from '../shared/jobs/schemas';
import { figure, runAlone, type Figure } from './measure';

/** Issue 14's budget: an old ledger (or catalogue) of 100 000 rows imported as a job. */
const ROWS = 100_000;
const PASSWORD = 'bench-password';
const CATEGORIES = ['邻里纠纷', '合同纠纷', '物业纠纷', '婚姻家庭纠纷', '损害赔偿纠纷', '劳动争议纠纷'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';

async function must<T>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  const r = await core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const name = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`;

/** An office's ledger of ROWS rows, written as Excel writes it (a title row, then the header). */
async function oldLedger(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('台账');
  ws.addRow(['矛盾纠纷排查调处台账']).commit();
  ws.addRow([
    '序号',
    '受理日期',
    '当事人',
    '纠纷类别',
    '简要情况',
    '办理状态',
    '调解结果',
    '涉及金额',
  ]).commit();
  for (let i = 0; i < ROWS; i++) {
    const year = 2016 + (i % 10);
    ws.addRow([
      `J-${i + 1}`,
      `${year}/${(i % 12) + 1}/${(i % 28) + 1}`,
      `${name(i)}与${name(i + 1)}`,
      CATEGORIES[i % CATEGORIES.length],
      '楼上漏水致楼下墙面受损，双方就维修与赔偿发生争议',
      i % 5 === 0 ? '办理中' : '已办结',
      i % 5 === 0 ? '' : '调解成功',
      i % 3 === 0 ? `${(i % 50) + 1}00元` : '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

const ARCHIVE_CATEGORIES = ['HY', 'BG', 'XX', 'WS', 'TJ', 'ZB'];
const RETENTION_WORDS = ['永久', '定期30年', '定期10年'] as const;
const RETENTION_CODES = ['Y', 'D30', 'D10'] as const;

/**
 * An old 归档文件目录 of ROWS items over 25 years: each with the 档号 its
 * series gave it, except every tenth, written the office's old way, which
 * the import numbers afresh.
 */
async function oldCatalogue(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('目录');
  ws.addRow(['归档文件目录']).commit();
  ws.addRow(['档号', '门类', '年度', '保管期限', '题名', '责任者', '日期', '页数']).commit();
  const serials = new Map<string, number>();
  for (let i = 0; i < ROWS; i++) {
    const category = ARCHIVE_CATEGORIES[i % ARCHIVE_CATEGORIES.length]!;
    const year = 2000 + (i % 25);
    const r = Math.floor(i / 150) % 3;
    const series = `${category}|${year}|${r}`;
    const serial = (serials.get(series) ?? 0) + 1;
    serials.set(series, serial);
    const code =
      i % 10 === 9
        ? `${year}-${RETENTION_WORDS[r]}-${serial}`
        : `J001-${category}·${year}-${RETENTION_CODES[r]}-${String(serial).padStart(4, '0')}`;
    ws.addRow([
      code,
      category,
      year,
      RETENTION_WORDS[r],
      `${year}年第${serial}号${category === 'HY' ? '会议记录' : '工作文件'}`,
      '基准测试综治中心',
      `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      (i % 30) + 1,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** One import as a job, timed from its call to its end, with the longest stall of this thread meanwhile. */
async function timedImport(
  core: Core,
  channel: string,
  what: string,
  fileName: string,
  file: Buffer,
): Promise<Figure[]> {
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const started = performance.now();
  const { jobId } = await must<JobTicket<ImportReport>>(core, channel, {
    fileName,
    base64: file.toString('base64'),
  });
  let status: JobStatus;
  for (;;) {
    status = await must<JobStatus>(core, 'jobs:status', { jobId });
    if (status.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const wallMs = performance.now() - started;
  stalls.disable();
  if (status.state !== 'done') throw new Error(`${channel}: ${status.state} ${status.error?.message ?? ''}`);
  const report = await must<ImportReport>(core, 'jobs:result', { jobId });
  if (report.imported !== ROWS) throw new Error(`${channel}: imported ${report.imported} of ${ROWS}`);
  const stallMs = stalls.max / 1e6;
  return [
    figure(
      `import of a ${ROWS}-row ${what} (.xlsx, ${(file.length / 1e6).toFixed(1)} MB; job, wall)`,
      wallMs,
      undefined,
      { text: '≤ 60 000 ms', ok: wallMs <= 60_000 },
    ),
    figure(
      `longest stall of the thread that serves the window during the ${what} import`,
      stallMs,
      undefined,
      {
        text: '≤ 50 ms',
        ok: stallMs <= 50,
      },
    ),
  ];
}

/**
 * 台账 and 档案目录 imports at the budgeted size (issue 14): 100 000 rows
 * each read, checked and written by one job, with the core in its worker
 * thread as the app runs it and this thread in the place of the one that
 * serves the window.
 */
export async function importsBench(log: (line: string) => void = () => {}): Promise<Figure[]> {
  const dir = join(mkdtempSync(join(tmpdir(), 'archive-bench-imports-')), 'archive');
  log(`imports bench: writing a ${ROWS}-row ledger workbook and a ${ROWS}-item catalogue…`);
  const core = startCoreWorker({ archiveDir: dir }, silentLogger);
  try {
    await must(core, 'setup:initialise', {
      centreName: '基准测试综治中心',
      committeeName: '基准测试人民调解委员会',
      committeeShortName: '基准',
      director: { username: 'bench', displayName: '基准主任', password: PASSWORD },
    });
    return [
      // Each file is made just before its import: the window's thread in the app holds no second 100 000-row workbook.
      ...(await timedImport(core, 'imports:import-ledger', 'ledger', '旧台账.xlsx', await oldLedger())),
      ...(await timedImport(
        core,
        'imports:import-catalogue',
        'catalogue',
        '归档文件目录.xlsx',
        await oldCatalogue(),
      )),
    ];
  } finally {
    await core.shutdown();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  runAlone(() => importsBench(console.log));

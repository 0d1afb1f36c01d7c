import { createHash } from 'node:crypto';
import type { CallContext } from '../../api/context';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { defineJob } from '../../jobs/types';
import { dutyLogPdf, monthLabel } from '../../pdf/dutyLog.pdf';
import { monthWindow } from '../../../../shared/watch/clock';
import { minuteOf } from '../cases/cases.service';
import { stmt } from '../cases/cases.queries';
import { fileDutyLogItem } from '../archive/archive.filing';
import { dutyLogRecord, filedCode } from './watch.dutylog';

/**
 * 值班记录 of a month: printed as a bound A4 record, and filed into the
 * archive catalogue once the month is over. Laying out a month of thousands
 * of entries takes seconds, so both are jobs: the record is read and laid out
 * in the job's thread on its own read connection; the filing (the item, its
 * 档号, the PDF as its electronic file) is one short write back in the core.
 */

const fileNameOf = (month: string) => `视频监控值班记录-${month}.pdf`;

interface Laid {
  bytes: Uint8Array;
  pages: number;
  shifts: number;
  events: number;
}

async function layOut(
  db: Db,
  month: string,
  progress: (done: number, total: number, phase: string) => void,
): Promise<Laid> {
  progress(0, 2, '正在读取值班记录…');
  const record = dutyLogRecord(db, month);
  progress(1, 2, `正在排版值班记录（${record.shifts.length} 个班次，${record.eventCount} 条记录）…`);
  const { bytes, pages } = await dutyLogPdf(record);
  // Bytes, not a string: a long string would cost the core's thread a slow structured clone.
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    pages,
    shifts: record.shifts.length,
    events: record.eventCount,
  };
}

const toBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length);

export const printDutyLogJob = defineJob<'watch', 'printDutyLog'>()({
  label: ({ month }) => `打印 ${monthLabel(month)}视频监控值班记录`,
  run: (scope, { month }) => layOut(scope.db, month, scope.progress),
  finish(ctx, { month }, laid) {
    ctx.write((_db, audit) =>
      audit({
        action: 'watch.print-dutylog',
        entity: 'watch_dutylog',
        entityId: month,
        summary: `打印 ${monthLabel(month)}视频监控值班记录（${laid.shifts} 个班次，${laid.events} 条记录，共 ${laid.pages} 页）`,
      }),
    );
    return {
      fileName: fileNameOf(month),
      mime: 'application/pdf',
      base64: toBuffer(laid.bytes).toString('base64'),
    };
  },
});

/** Refusals that hold before and after the layout: a month not yet over, one filed already, one never kept. */
function mustBeFileable(ctx: CallContext, db: Db, month: string): void {
  const { to } = monthWindow(month);
  if (minuteOf(ctx.now()) < to)
    throw new AppError('CONFLICT', `${monthLabel(month)}尚未结束，月末之后才能归档该月值班记录。`);
  const filed = filedCode(db, month);
  if (filed) throw new AppError('CONFLICT', `该月值班记录已归档：档号 ${filed.code}`);
  const { n } = stmt(db, 'SELECT count(*) AS n FROM watch_shifts WHERE date >= ? AND date < ?').get(
    `${month}-01`,
    to.slice(0, 10),
  ) as { n: number };
  if (n === 0) throw new AppError('CONFLICT', `${monthLabel(month)}没有值班记录，无可归档。`);
}

export const fileDutyLogJob = defineJob<'watch', 'fileDutyLog'>()({
  label: ({ month }) => `归档 ${monthLabel(month)}视频监控值班记录`,
  prepare: (ctx, { month }) => ctx.read((db) => mustBeFileable(ctx, db, month)),
  run: (scope, { month }) => layOut(scope.db, month, scope.progress),
  finish(ctx, { month }, laid) {
    const data = toBuffer(laid.bytes);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const at = minuteOf(ctx.now());
    const actor = { id: ctx.user().id, name: ctx.user().displayName };
    const fileName = fileNameOf(month);
    return ctx.write((db, audit) => {
      // Checked again: another filing may have finished while this one was laid out.
      mustBeFileable(ctx, db, month);
      const lastDay = monthWindow(month).to;
      const last = new Date(`${lastDay.slice(0, 10)}T00:00:00Z`);
      last.setUTCDate(last.getUTCDate() - 1);
      const item = fileDutyLogItem(
        db,
        {
          month,
          lastDay: last.toISOString().slice(0, 10),
          pages: laid.pages,
          file: { fileName, data, sha256 },
        },
        actor,
        at,
      );
      stmt(
        db,
        `INSERT INTO watch_dutylog_filings (month, item_id, pages, sha256, filed_at, filed_by)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(month, item.id, laid.pages, sha256, at, actor.name);
      audit({
        action: 'watch.file-dutylog',
        entity: 'archive_item',
        entityId: item.code,
        summary: `${monthLabel(month)}视频监控值班记录归档：档号 ${item.code}（${laid.shifts} 个班次，${laid.events} 条记录，共 ${laid.pages} 页，SHA-256 ${sha256.slice(0, 12)}…）`,
      });
      return { month, itemId: item.id, code: item.code, pages: laid.pages, fileName };
    });
  },
});

import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import type { CatalogueRow } from '../../../../shared/import/catalogueRow';
import { appendAudit, type Actor } from '../audit/audit.queries';
import { saveBox } from '../archive/archive.boxes';
import { fileItem } from '../archive/archive.items';
import type { CatalogueAnalysis } from './imports.catalogue';
import { countsPhrase, insertBatch, rememberMapping, type Progress } from './imports.sheet';

/**
 * Files the rows a check found good, in one transaction on the job's own
 * connection (issue 14, item 5), each through the archive's one numbering
 * path (fileItem). Items that keep their 档号 go first, so every series moves
 * past the serials they hold before any item is numbered afresh; those then
 * follow in 门类, 年度, 保管期限 and date order, as a 归档文件目录 runs.
 */
export function writeCatalogue(
  db: Db,
  a: CatalogueAnalysis,
  actor: Actor & { id: number },
  now: Date,
  progress: Progress,
): { batchId: number; imported: number } {
  const good = a.rows
    .filter((r) => r.verdict.ok && !r.repeated)
    .map((r) => ({
      row: r.verdict.row,
      value: (r.verdict as { value: CatalogueRow }).value,
      fingerprint: r.fingerprint,
    }));
  const order = (x: CatalogueRow) =>
    [x.keepSerial === null ? 1 : 0, x.categoryCode, x.year, x.retention, x.date ?? ''].join('|');
  good.sort((x, y) => {
    const a1 = order(x.value);
    const b1 = order(y.value);
    return a1 < b1 ? -1 : a1 > b1 ? 1 : x.row - y.row;
  });
  const at = toLocalIso(now);
  return writeTransaction(db, () => {
    const batchId = insertBatch(db, a, good.length, at, actor.name);
    const made = new Map<string, number>();
    const boxOf = (v: CatalogueRow): number | null => {
      if (!v.newBox) return v.boxId;
      const known = made.get(v.newBox.boxNo);
      if (known !== undefined) return known;
      const { id } = saveBox(db, v.newBox, actor.name, at);
      made.set(v.newBox.boxNo, id);
      return id;
    };
    const remember = db.prepare(
      'INSERT INTO import_rows (fingerprint, batch_id, row_no, entity_id) VALUES (?, ?, ?, ?)',
    );
    for (const [i, { row, value: v, fingerprint }] of good.entries()) {
      if (i % 1000 === 0)
        progress(i, good.length, `正在写入第 ${i + 1}—${Math.min(i + 1000, good.length)} 件…`);
      const { id } = fileItem(
        db,
        a.settings,
        {
          title: v.title,
          categoryCode: v.categoryCode,
          year: v.year,
          retention: v.retention,
          classification: v.classification,
          docNumber: v.docNumber ?? undefined,
          responsible: v.responsible,
          date: v.date ?? undefined,
          pages: v.pages,
          important: v.important,
          boxId: boxOf(v),
          note: v.note ?? undefined,
        },
        actor.name,
        at,
        {
          ...(v.keepSerial === null ? {} : { keepSerial: v.keepSerial }),
          legacyCode: v.keepSerial === null ? v.writtenCode : null,
          importBatchId: batchId,
        },
      );
      remember.run(fingerprint, batchId, row, id);
    }
    rememberMapping(db, a, at);
    appendAudit(db, at, actor, {
      action: 'imports.catalogue',
      entity: 'import_batch',
      entityId: batchId,
      summary:
        `导入档案目录「${a.fileName}」（SHA-256 ${a.sha256}）：${countsPhrase(a, good.length, '件')}` +
        (made.size ? `；新建档案盒 ${[...made.keys()].join('、')}` : ''),
    });
    progress(good.length, good.length, '写入完毕');
    return { batchId, imported: good.length };
  });
}

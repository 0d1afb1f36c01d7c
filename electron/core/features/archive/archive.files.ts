import type { Db } from '../../db/open';
import type { AttachmentInfo } from '../../../../shared/cases/schemas';
import { stmt } from '../cases/cases.queries';

/**
 * An item's electronic file (电子文件), kept inside the archive. The one insert
 * of archive_files: a file added on the item's page and a record filed by the
 * app itself (the month's duty log) are stored alike.
 */
export function attachItemFile(
  db: Db,
  itemId: number,
  file: { fileName: string; mime: string; data: Buffer; sha256: string },
  addedAt: string,
  addedById: number,
): AttachmentInfo {
  const info = stmt(
    db,
    `INSERT INTO archive_files (item_id, file_name, mime, size, sha256, data, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(itemId, file.fileName, file.mime, file.data.length, file.sha256, file.data, addedAt, addedById);
  return {
    id: Number(info.lastInsertRowid),
    fileName: file.fileName,
    mime: file.mime,
    size: file.data.length,
    sha256: file.sha256,
    addedAt,
  };
}

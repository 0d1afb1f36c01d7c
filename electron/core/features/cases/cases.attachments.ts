import { createHash } from 'node:crypto';
import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import type { AttachmentInfo } from '../../../../shared/cases/schemas';
import { stmt } from './cases.queries';

/** 20 MB of file (a phone photo or a scanned PDF fits easily). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

type AcceptedMime = 'image/jpeg' | 'image/png' | 'application/pdf' | 'image/webp';

const LABELS: Record<AcceptedMime, string> = {
  'image/jpeg': 'JPG 照片',
  'image/png': 'PNG 图片',
  'image/webp': 'WebP 图片',
  'application/pdf': 'PDF 文件',
};

/** The type the bytes themselves announce (magic numbers), or null for anything else. */
export function sniffMime(bytes: Buffer): AcceptedMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const fieldError = (field: string, message: string) =>
  new AppError('VALIDATION', `输入有误：${message}`, { [field]: message });

/**
 * Decodes and checks an upload: real base64, at most 20 MB, and content that
 * is what it claims to be — a renamed file is refused rather than stored.
 */
export function decodeAttachment(base64: string, mime: AcceptedMime): { data: Buffer; sha256: string } {
  const clean = base64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1)
    throw fieldError('base64', '附件内容不是有效的文件数据');
  // Checked on the encoded length first, so an oversized upload is never decoded.
  if (Math.floor((clean.length * 3) / 4) - 2 > MAX_ATTACHMENT_BYTES)
    throw fieldError('base64', '附件不能超过 20 MB');
  const data = Buffer.from(clean, 'base64');
  if (data.length > MAX_ATTACHMENT_BYTES) throw fieldError('base64', '附件不能超过 20 MB');
  if (data.length === 0) throw fieldError('base64', '附件是空文件');
  const actual = sniffMime(data);
  if (actual === null) throw fieldError('base64', '文件内容不是照片（JPG/PNG/WebP）或 PDF');
  if (actual !== mime)
    throw fieldError('mime', `文件内容与类型不符：选择的是${LABELS[mime]}，实际是${LABELS[actual]}`);
  return { data, sha256: createHash('sha256').update(data).digest('hex') };
}

interface AttachmentRecord {
  id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  added_at: string;
}

const toAttachment = (a: AttachmentRecord): AttachmentInfo => ({
  id: a.id,
  fileName: a.file_name,
  mime: a.mime,
  size: a.size,
  sha256: a.sha256,
  addedAt: a.added_at,
});

export function listAttachments(db: Db, caseId: number): AttachmentInfo[] {
  return (
    stmt(
      db,
      'SELECT id, file_name, mime, size, sha256, added_at FROM case_attachments WHERE case_id = ? ORDER BY id',
    ).all(caseId) as AttachmentRecord[]
  ).map(toAttachment);
}

export function insertAttachment(
  db: Db,
  a: {
    caseId: number;
    fileName: string;
    mime: string;
    sha256: string;
    data: Buffer;
    addedAt: string;
    addedBy: number;
  },
): AttachmentInfo {
  const info = db
    .prepare(
      `INSERT INTO case_attachments (case_id, file_name, mime, size, sha256, data, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.caseId, a.fileName, a.mime, a.data.length, a.sha256, a.data, a.addedAt, a.addedBy);
  return {
    id: Number(info.lastInsertRowid),
    fileName: a.fileName,
    mime: a.mime,
    size: a.data.length,
    sha256: a.sha256,
    addedAt: a.addedAt,
  };
}

export function getAttachmentData(
  db: Db,
  id: number,
): { file_name: string; mime: string; data: Buffer } | null {
  return (
    (db.prepare('SELECT file_name, mime, data FROM case_attachments WHERE id = ?').get(id) as
      { file_name: string; mime: string; data: Buffer } | undefined) ?? null
  );
}

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../shared/api/contract';
import type { AttachmentInfo, CaseDetail } from '../../shared/cases/schemas';
import { containsText, snapshot, value } from '../support/archive';
import { ledgerArchive, type LedgerArchive } from '../support/ledger';

const MB = 1024 * 1024;

/** Minimal files of each accepted kind, with a marker to look for on disk. */
const MARKER = 'ATTACHMENT-MARKER-5f1c';
const FILES = {
  'image/jpeg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF ${MARKER} jpeg`)]),
  'image/png': Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`IHDR ${MARKER} png`),
  ]),
  'image/webp': Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x24, 0, 0, 0]),
    Buffer.from(`WEBPVP8 ${MARKER} webp`),
  ]),
  'application/pdf': Buffer.from(`%PDF-1.4\n% ${MARKER} pdf\n%%EOF`),
} as const;

describe('案件附件', () => {
  let a: LedgerArchive;
  let c: CaseDetail;

  beforeAll(async () => {
    a = await ledgerArchive();
    c = await a.create();
  });
  afterAll(() => a.cleanup());

  it.each(Object.entries(FILES))(
    'stores a %s inside the archive and gives it back byte for byte',
    async (mime, bytes) => {
      const info = value(
        await a.call<AttachmentInfo>('cases:add-attachment', {
          caseId: c.id,
          fileName: `现场照片.${mime.split('/')[1]}`,
          mime,
          base64: bytes.toString('base64'),
        }),
      );
      expect(info).toMatchObject({
        mime,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        addedAt: '2026-11-24T09:00:00',
      });
      const back = value(await a.call<FileOutput>('cases:get-attachment', { id: info.id }));
      expect(back).toEqual({ fileName: info.fileName, mime, base64: bytes.toString('base64') });
    },
  );

  it('lists the attachments on the record, each an event of the timeline, and audits each upload', async () => {
    const record = value(await a.call<CaseDetail>('cases:get', { id: c.id }));
    expect(record.attachments.map((x) => x.mime)).toEqual(Object.keys(FILES));
    expect(record.events.filter((e) => e.kind === 'attachment').map((e) => e.note)).toEqual([
      '添加附件：现场照片.jpeg',
      '添加附件：现场照片.png',
      '添加附件：现场照片.webp',
      '添加附件：现场照片.pdf',
    ]);
    expect(await a.auditTotal('cases.add-attachment')).toBe(4);
    // Attachments are encrypted with the rest of the archive: no plaintext on disk.
    expect(containsText(snapshot(a.dir), MARKER)).toBeNull();
  });

  it('refuses content that is not what it claims to be', async () => {
    const before = await a.auditTotal();
    expect(
      await a.call('cases:add-attachment', {
        caseId: c.id,
        fileName: '伪装.png',
        mime: 'image/png',
        base64: FILES['image/jpeg'].toString('base64'),
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '输入有误：文件内容与类型不符：选择的是PNG 图片，实际是JPG 照片',
        fields: { mime: '文件内容与类型不符：选择的是PNG 图片，实际是JPG 照片' },
      },
    });
    expect(
      await a.call('cases:add-attachment', {
        caseId: c.id,
        fileName: '程序.pdf',
        mime: 'application/pdf',
        base64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { base64: expect.any(String) } } });
    expect(
      await a.call('cases:add-attachment', {
        caseId: c.id,
        fileName: '坏.pdf',
        mime: 'application/pdf',
        base64: '%%%',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { base64: '附件内容不是有效的文件数据' } },
    });
    expect(await a.auditTotal()).toBe(before);
  });

  it('refuses a file over 20 MB and accepts one of exactly 20 MB', async () => {
    const big = Buffer.alloc(20 * MB + 1, 0x20);
    FILES['application/pdf'].copy(big);
    expect(
      await a.call('cases:add-attachment', {
        caseId: c.id,
        fileName: '扫描件.pdf',
        mime: 'application/pdf',
        base64: big.toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { base64: '附件不能超过 20 MB' } } });
    const exact = big.subarray(0, 20 * MB);
    const info = value(
      await a.call<AttachmentInfo>('cases:add-attachment', {
        caseId: c.id,
        fileName: '扫描件.pdf',
        mime: 'application/pdf',
        base64: exact.toString('base64'),
      }),
    );
    expect(info.size).toBe(20 * MB);
  }, 60_000);

  it('answers NOT_FOUND for an unknown case or attachment, and refuses uploads to an archived case', async () => {
    expect(
      await a.call('cases:add-attachment', {
        caseId: 999,
        fileName: 'x.pdf',
        mime: 'application/pdf',
        base64: FILES['application/pdf'].toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await a.call('cases:get-attachment', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到该附件。' },
    });
    const done = await a.create();
    value(
      await a.call('cases:transition', {
        id: done.id,
        to: 'closed',
        outcome: 'resolved',
        result: '当场化解',
      }),
    );
    value(await a.call('cases:transition', { id: done.id, to: 'archived' }));
    expect(
      await a.call('cases:add-attachment', {
        caseId: done.id,
        fileName: 'x.pdf',
        mime: 'application/pdf',
        base64: FILES['application/pdf'].toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '案件已归档，不能再添加附件。' } });
  });
});

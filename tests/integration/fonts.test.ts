import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput, InputOf } from '../../shared/api/contract';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import type { MediationDetail } from '../../shared/mediation/schemas';
import { DIRECTOR, value } from '../support/archive';
import { changedFiles, isChinese, restingFiles } from '../support/files';
import { ledgerArchive, STAFF, type LedgerArchive } from '../support/ledger';
import { bytesOf, mediationCalls, TWO_PERSONS } from '../support/mediation';
import { HANAMIN_B, pdfFontNames, pdfText } from '../support/pdf';

/** A party whose name holds 𠮷 (U+20BB7, CJK Extension B), which Noto Serif SC lacks. */
const RARE_PARTIES: InputOf<'cases', 'create'>['parties'] = [
  { ...TWO_PERSONS[0]!, name: '𠮷大明' },
  TWO_PERSONS[1]!,
];
const HANAMIN = { fileName: 'HanaMinB.ttf', base64: readFileSync(HANAMIN_B).toString('base64') };

describe('补充字体：生僻字当事人的协议书照样打印', () => {
  let a: LedgerArchive;
  let m: ReturnType<typeof mediationCalls>;
  let mediation: MediationDetail;
  let agreementId: number;
  const fontFiles = () => (existsSync(join(a.dir, 'fonts')) ? readdirSync(join(a.dir, 'fonts')) : []);
  const printAgreement = () => a.call<FileOutput>('mediation:print-agreement', { agreementId });

  beforeAll(async () => {
    a = await ledgerArchive();
    m = mediationCalls(a);
    const caseId = (await m.openCase(RARE_PARTIES)).id;
    mediation = await m.open(caseId);
    value(await a.call('mediation:mark-rights-notice-signed', { id: mediation.id }));
    await m.session(mediation.id);
    mediation = await m.agreement(mediation.id);
    agreementId = mediation.agreements[0]!.id;
  });
  afterAll(() => a.cleanup());

  it('without a supplementary font, warns at entry and refuses the print naming 𠮷, the field and the fonts tried', async () => {
    expect(value(await a.api.fonts.get({}))).toEqual({
      chain: [{ label: 'Noto Serif SC', kind: 'body' }],
      supplementary: null,
    });
    expect(value(await a.api.fonts.check({ text: '𠮷大明与张三' }))).toEqual({
      unprintable: ['𠮷'],
      fonts: ['Noto Serif SC'],
    });
    const refused = await printAgreement();
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok)
      expect(refused.error.message).toBe(
        '“当事人姓名（第1位当事人）”中的字符“𠮷”（U+20BB7）在已配置的字体（Noto Serif SC）中都没有，无法打印。' +
          '请改用常用字，或请主任在系统设置中添加含有该字的补充字体。',
      );
    // Refused before anything was assigned: the draft has no number yet.
    expect((await m.get(mediation.id)).agreements[0]!.number).toBeNull();
  });

  it('refuses a file that is not a font, or one cut short, in Chinese, and changes nothing', async () => {
    const before = restingFiles(a.dir);
    const audits = await a.auditTotal();
    const cut = readFileSync(HANAMIN_B).subarray(0, 5_000_000).toString('base64');
    for (const [input, why] of [
      [
        { fileName: '花园明朝.ttf', base64: Buffer.from('%PDF-1.7 not a font').toString('base64') },
        '文件不是字体',
      ],
      [{ fileName: 'HanaMinB.ttf', base64: cut }, '文件不完整'],
    ] as const) {
      const result = await a.api.fonts.setSupplementary(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) {
        expect(result.error.message).toContain(`「${input.fileName}」不能用作补充字体：${why}`);
        expect(isChinese(result.error.fields!.base64!)).toBe(true);
      }
    }
    // Not a font file by its name: refused by the contract.
    expect(
      await a.api.fonts.setSupplementary({ fileName: 'HanaMinB.woff2', base64: HANAMIN.base64 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { fileName: '只接受 .ttf、.otf 或 .ttc 字体文件' } },
    });
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    expect(await a.auditTotal()).toBe(audits);
    expect(value(await a.api.fonts.get({})).supplementary).toBeNull();
  });

  it('lets only the director set or remove the font; every user may check a name', async () => {
    await a.login(STAFF);
    for (const result of [
      await a.api.fonts.setSupplementary(HANAMIN),
      await a.api.fonts.removeSupplementary({}),
      await a.api.fonts.get({}),
    ])
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(value(await a.api.fonts.check({ text: '𠮷' })).unprintable).toEqual(['𠮷']);
    expect(fontFiles()).toEqual([]);
    await a.asDirector();
  });

  it('the director adds HanaMinB: copied into the archive folder, named, audited; 𠮷 is printable', async () => {
    const audits = await a.auditTotal('fonts.add');
    const fonts = value(await a.api.fonts.setSupplementary(HANAMIN));
    expect(fonts).toEqual({
      chain: [
        { label: 'Noto Serif SC', kind: 'body' },
        { label: 'HanaMinB', kind: 'supplementary' },
      ],
      supplementary: {
        name: 'HanaMinB',
        fileName: 'HanaMinB.ttf',
        sizeBytes: readFileSync(HANAMIN_B).length,
        addedAt: '2026-11-24T09:00:00',
      },
    });
    expect(await a.auditTotal('fonts.add')).toBe(audits + 1);
    const [file] = fontFiles();
    expect(fontFiles()).toHaveLength(1);
    expect(readFileSync(join(a.dir, 'fonts', file!)).equals(readFileSync(HANAMIN_B))).toBe(true);
    expect(value(await a.api.fonts.check({ text: '𠮷大明与张三' }))).toEqual({
      unprintable: [],
      fonts: ['Noto Serif SC', 'HanaMinB'],
    });
    // A character in no font at all (a private-use one) is still named.
    expect(value(await a.api.fonts.check({ text: '张\u{F0001}' })).unprintable).toEqual(['\u{F0001}']);
  });

  it('prints the agreement with 𠮷大明 in its text, drawn with HanaMinB', async () => {
    const bytes = bytesOf(value(await printAgreement()));
    expect(await pdfText(bytes)).toContain('𠮷大明');
    expect(pdfFontNames(bytes)).toEqual(['HanaMinB', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  });

  it('prints with it in a job’s own thread too (the ledger print)', async () => {
    const ledger = bytesOf(value(await a.call<FileOutput>('cases:print-ledger', { q: '大明' })));
    expect(await pdfText(ledger)).toContain('𠮷大明');
    expect(pdfFontNames(ledger)).toContain('HanaMinB');
  });

  it('a backup carries the font: removed, 𠮷 is refused again; restored, it prints again', async () => {
    const backup = value(await a.call<BackupInfo>('maintenance:create-backup'));
    const [file] = fontFiles();
    expect(readdirSync(join(a.dir, 'backups', backup.name, 'fonts'))).toEqual([file]);

    expect(value(await a.api.fonts.removeSupplementary({})).supplementary).toBeNull();
    expect(fontFiles()).toEqual([]);
    expect(await printAgreement()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await a.api.fonts.removeSupplementary({})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    a.clock.advance(1000);
    const ticket = value(await a.core.api.maintenance.restoreBackup({ name: backup.name }));
    expect(await a.core.settled(ticket.jobId)).toMatchObject({ state: 'done' });
    // Restoring ends the session (the restored archive may hold other accounts).
    await a.login(DIRECTOR);
    expect(fontFiles()).toEqual([file]);
    expect(value(await a.api.fonts.get({})).supplementary?.name).toBe('HanaMinB');
    expect(await pdfText(bytesOf(value(await printAgreement())))).toContain('𠮷大明');
  });
});

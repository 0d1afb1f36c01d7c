import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../electron/core/db/archive';
import {
  CENTRE,
  DIRECTOR,
  FAST_KDF,
  containsText,
  initialisedCore,
  snapshot,
  value,
} from '../support/archive';

/** Every name the archive holds; none may rest on disk in clear. */
const ACCOUNTS = [
  { username: 'litingshu', displayName: '李婷姝', role: 'staff', password: 'staff-pass-1' },
  { username: 'chenyan88', displayName: '陈䶮', role: 'operator', password: 'operator-pass-1' },
  { username: 'zhaodean', displayName: '赵德安', role: 'archivist', password: 'archivist-pass-1' },
] as const;
const SETTINGS = {
  centreName: '幸福里社区综治中心',
  committeeName: '幸福里社区人民调解委员会',
  committeeShortName: '幸福调',
  idleLockMinutes: 20,
  backupKeep: 5,
};
const SECRETS = [
  CENTRE.centreName,
  CENTRE.committeeName,
  CENTRE.committeeShortName,
  SETTINGS.centreName,
  SETTINGS.committeeName,
  SETTINGS.committeeShortName,
  DIRECTOR.username,
  DIRECTOR.displayName,
  DIRECTOR.password,
  ...ACCOUNTS.flatMap((a) => [a.username, a.displayName, a.password]),
];

/** The names found in clear, with the file each was found in (empty when none). */
function namesInClear(files: Map<string, Buffer>): string[] {
  return SECRETS.flatMap((text) => {
    const where = containsText(files, text);
    return where ? [`${text} in ${where}`] : [];
  });
}

describe('磁盘上没有明文', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    for (const account of ACCOUNTS) value(await a.call('accounts:create', account));
    value(await a.call('settings:update', SETTINGS));
    value(await a.call('accounts:update', { id: 2, displayName: '李婷姝', role: 'staff' }));
  });

  afterAll(() => a.cleanup());

  it('finds the names through the API (so the search below looks for real data)', async () => {
    expect(value(await a.call('settings:get'))).toMatchObject(SETTINGS);
    const names = value(await a.call<{ displayName: string }[]>('accounts:list')).map((x) => x.displayName);
    expect(names).toEqual(
      expect.arrayContaining([DIRECTOR.displayName, ...ACCOUNTS.map((x) => x.displayName)]),
    );
  });

  it('holds no name in clear while the write-ahead log is in use', () => {
    const files = snapshot(a.dir);
    expect(existsSync(`${dbPath(a.dir)}-wal`)).toBe(true);
    expect(files.get(`${dbPath(a.dir)}-wal`)!.length).toBeGreaterThan(0);
    expect(namesInClear(files)).toEqual([]);
  });

  it('holds no name in clear in a backup (copy, keyring, manifest)', async () => {
    value(await a.call('maintenance:create-backup'));
    const files = snapshot(a.dir);
    expect([...files.keys()].some((p) => p.includes('backups') && p.endsWith('archive.db'))).toBe(true);
    expect(namesInClear(files)).toEqual([]);
  });

  it('holds no name in clear after a checkpoint and shutdown', () => {
    a.core.shutdown();
    expect(existsSync(`${dbPath(a.dir)}-wal`)).toBe(false);
    expect(namesInClear(snapshot(a.dir))).toEqual([]);
  });

  it('would find a name if it were there (the search itself works)', () => {
    const files = new Map([
      ['utf8', Buffer.from(`xx${DIRECTOR.displayName}xx`, 'utf8')],
      ['utf16le', Buffer.from(`xx${CENTRE.centreName}`, 'utf16le')],
      ['utf16be', Buffer.from(`${ACCOUNTS[1].displayName}yy`, 'utf16le').swap16()],
    ]);
    expect(namesInClear(files)).toEqual([
      `${CENTRE.centreName} in utf16le`,
      `${DIRECTOR.displayName} in utf8`,
      `${ACCOUNTS[1].displayName} in utf16be`,
    ]);
  });
});

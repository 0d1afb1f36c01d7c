import type { InputOf } from '../../shared/api/contract';
import type { ArchiveItemDetail } from '../../shared/archive/schemas';
import { value } from './archive';
import { createAccountInUse } from './accounts';
import { ledgerArchive } from './ledger';

/** The archivist of the module-3 tests (the director, two staff and an operator come with the ledger archive). */
export const ARCHIVIST = {
  username: 'sundag',
  displayName: '孙档管',
  role: 'archivist',
  password: 'archivist-pass-1',
} as const;

export type CreateItem = InputOf<'archive', 'create'>;

/** A monthly work-meeting record (seed 001: 会议记录 are kept and archived). */
export function itemInput(overrides: Partial<CreateItem> = {}): CreateItem {
  return {
    title: '2026年11月工作例会记录',
    categoryCode: 'HY',
    year: 2026,
    retention: 'D10',
    classification: 'internal',
    responsible: '测试综治中心',
    date: '2026-11-20',
    pages: 6,
    ...overrides,
  };
}

/** A ledger archive with an archivist too, and helpers for the catalogue (signed in as the director). */
export async function archiveRoom(startIso = '2026-11-24T09:00:00') {
  const a = await ledgerArchive(startIso);
  a.ids[ARCHIVIST.username] = (await createAccountInUse(a.call, ARCHIVIST)).id;
  return {
    ...a,
    file: async (overrides: Partial<CreateItem> = {}): Promise<ArchiveItemDetail> =>
      value(await a.api.archive.create(itemInput(overrides))),
  };
}

export type ArchiveRoom = Awaited<ReturnType<typeof archiveRoom>>;

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, value } from '../support/archive';
import { archiveRoom, ARCHIVIST, type ArchiveRoom } from '../support/archiveRoom';
import { OPERATOR, STAFF, STAFF2 } from '../support/ledger';
import type { ArchiveItemDetail } from '../../shared/archive/schemas';

/**
 * 借阅人 of a loan to a colleague: the archivist registers it, but may not
 * call the ledger's `cases.staff`; `archive.borrowers` lists exactly the
 * accounts `apply` accepts (active ones, of any role).
 */
describe('借阅：本中心借阅人', () => {
  let a: ArchiveRoom;
  let minutes: ArchiveItemDetail;

  beforeAll(async () => {
    a = await archiveRoom();
    value(await a.api.accounts.disable({ id: a.ids[STAFF2.username]! }));
    minutes = await a.file();
  });
  afterAll(() => a.cleanup());

  it('lists the active accounts to the archive’s users, the disabled one left out', async () => {
    await a.login(ARCHIVIST);
    expect(await a.api.cases.staff({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const borrowers = value(await a.api.archive.borrowers({}));
    expect(borrowers.map((b) => b.id)).toEqual(
      [1, a.ids[STAFF.username], a.ids[OPERATOR.username], a.ids[ARCHIVIST.username]].map(Number),
    );
    expect(borrowers[0]).toEqual({ id: 1, displayName: DIRECTOR.displayName });
    expect(borrowers.some((b) => b.displayName === STAFF2.displayName)).toBe(false);

    // One listed is accepted as the borrower; the disabled one is refused on its field.
    const colleague = borrowers.find((b) => b.id === a.ids[STAFF.username])!;
    const loan = value(
      await a.api.archive.apply({
        itemId: minutes.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: colleague.id,
        purpose: 'review',
      }),
    );
    expect(loan).toMatchObject({ borrowerName: STAFF.displayName, borrowerUnit: '本中心' });
    expect(
      await a.api.archive.apply({
        itemId: minutes.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: a.ids[STAFF2.username]!,
        purpose: 'review',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { borrowerAccountId: '请选择工作人员' } },
    });
  });

  it('is not for the operator, who sees nothing of the archive room', async () => {
    await a.login(OPERATOR);
    expect(await a.api.archive.borrowers({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

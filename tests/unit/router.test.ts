import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, type Route } from '../../renderer/src/app/navigation';
import { hashToRoute, routeToHash } from '../../renderer/src/app/router';

describe('地址 ⇄ 页面 (issue 13, item 12)', () => {
  it('gives every drawer page an address of its own that reads back as the same page', () => {
    const hashes = new Set<string>();
    for (const { key } of NAV_ITEMS) {
      const hash = routeToHash({ page: key });
      hashes.add(hash);
      expect(hashToRoute(hash)).toEqual({ page: key });
    }
    expect(hashes.size).toBe(NAV_ITEMS.length);
    expect(routeToHash({ page: 'dashboard' })).toBe('#/');
    expect(routeToHash({ page: 'myAccount' })).toBe('#/my-account');
  });

  it('shows a case by its code, under the page it was opened from', () => {
    const route: Route = { page: 'case', caseId: 17, code: '2026-000123', back: 'ledger' };
    expect(routeToHash(route)).toBe('#/ledger/cases/2026-000123');
    expect(hashToRoute('#/ledger/cases/2026-000123')).toEqual({
      page: 'case',
      code: '2026-000123',
      back: 'ledger',
    });
    expect(hashToRoute('#/dashboard/cases/2026-000123')).toMatchObject({ back: 'dashboard' });
  });

  it('uses the id while the code is not yet read, and reads it back', () => {
    expect(routeToHash({ page: 'case', caseId: 17, back: 'intake' })).toBe('#/intake/cases/17');
    expect(hashToRoute('#/intake/cases/17')).toEqual({ page: 'case', caseId: 17, back: 'intake' });
  });

  it('opens a bare case link in the ledger', () => {
    expect(hashToRoute('#/cases/2026-000123')).toEqual({
      page: 'case',
      code: '2026-000123',
      back: 'ledger',
    });
  });

  it('keeps a mediation and an archive item with the case they were opened from', () => {
    const mediation: Route = { page: 'mediation', mediationId: 4, fromCase: 17, back: 'ledger' };
    expect(routeToHash(mediation)).toBe('#/ledger/mediations/4?fromCase=17');
    expect(hashToRoute(routeToHash(mediation))).toEqual(mediation);
    const item: Route = { page: 'archiveItem', itemId: 5, back: 'loans' };
    expect(routeToHash(item)).toBe('#/loans/items/5');
    expect(hashToRoute('#/loans/items/5')).toEqual({ ...item, fromCase: undefined });
    expect(hashToRoute('#/items/5')).toMatchObject({ page: 'archiveItem', itemId: 5, back: 'archive' });
    expect(hashToRoute('#/mediations/4')).toMatchObject({ page: 'mediation', back: 'dashboard' });
  });

  it('reads an empty, mistyped or foreign address as the desk, never as an error', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/nowhere',
      '#/ledger/cases/2026-12',
      '#/ledger/cases/0',
      '#/ledger/cases/2026-000123/extra',
      '#/ledger/widgets/3',
      '#/cases',
      '#/mediations/-1',
      '#/items/%E0%A4%A',
      '#token=abc',
    ])
      expect(hashToRoute(hash), hash).toEqual({ page: 'dashboard' });
  });

  it('ignores a fromCase that is not an id', () => {
    expect(hashToRoute('#/ledger/mediations/4?fromCase=x')).toEqual({
      page: 'mediation',
      mediationId: 4,
      fromCase: undefined,
      back: 'ledger',
    });
  });
});

import type { InputOf } from '../../shared/api/contract';
import type { AuditPage } from '../../shared/audit/schemas';
import type { CaseDetail } from '../../shared/cases/schemas';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from './archive';
import { createAccountInUse } from './accounts';

/** Colleagues of the ledger tests (the director exists already, id 1). */
export const STAFF = {
  username: 'litingshu',
  displayName: '李婷姝',
  role: 'staff',
  password: 'staff-pass-1',
} as const;
export const STAFF2 = {
  username: 'chenyan',
  displayName: '陈䶮',
  role: 'staff',
  password: 'staff-pass-2',
} as const;
export const OPERATOR = {
  username: 'zhangzb',
  displayName: '张志斌',
  role: 'operator',
  password: 'operator-pass-1',
} as const;

/** The standard example ID (female, born 1949-12-31) and a phone, for privacy checks. */
export const ID_NUMBER = '11010519491231002X';
export const PHONE = '13812345678';

export type CreateCase = InputOf<'cases', 'create'>;

/** A valid new case: 邻里纠纷 (category 2), general difficulty, a person and an organisation. */
export function caseInput(overrides: Partial<CreateCase> = {}): CreateCase {
  return {
    source: 'visit',
    categoryId: 2,
    place: '锦绣花园3栋',
    summary: '楼上卫生间漏水，致楼下天花板受损，双方协商未果',
    demands: '要求赔偿维修费用',
    risk: 'low',
    difficulty: 'general',
    majorReasons: [],
    parties: [
      { kind: 'person', name: '龙䶮涛', idNumber: ID_NUMBER, phone: PHONE, address: '锦绣花园3栋101室' },
      {
        kind: 'organisation',
        name: '锦华物业服务有限公司',
        representative: '刘堃',
        representativeTitle: '项目经理',
        phone: '010-62345678',
      },
    ],
    ...overrides,
  };
}

/**
 * A fresh archive with the director signed in, a staff member, a second staff
 * member and an operator, on a test clock (Tuesday 24 Nov 2026, 09:00).
 */
export async function ledgerArchive(startIso = '2026-11-24T09:00:00') {
  const clock = testClock(startIso);
  const a = await initialisedCore({ kdf: FAST_KDF, clock });
  const ids: Record<string, number> = { director: 1 };
  // Accounts in use: each owner has replaced the director's initial password with the one the tests log in with.
  for (const p of [STAFF, STAFF2, OPERATOR]) ids[p.username] = (await createAccountInUse(a.call, p)).id;
  const login = async (who: { username: string; password: string }) =>
    value(await a.call('session:login', { username: who.username, password: who.password }));
  return {
    ...a,
    clock,
    ids,
    login,
    asDirector: () => login(DIRECTOR),
    /** Creates a case and returns it (fails the test if refused). */
    create: async (overrides: Partial<CreateCase> = {}) =>
      value(await a.call<CaseDetail>('cases:create', caseInput(overrides))),
    /** Audit records with an action (as the director; the current session is restored afterwards by the caller). */
    auditTotal: async (action?: string) =>
      value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 200, ...(action ? { action } : {}) }))
        .total,
  };
}

export type LedgerArchive = Awaited<ReturnType<typeof ledgerArchive>>;

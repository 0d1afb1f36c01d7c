import type { Role } from '../../../shared/accounts/roles';

export type PageKey =
  | 'dashboard'
  | 'intake'
  | 'ledger'
  | 'imports'
  | 'archive'
  | 'loans'
  | 'roster'
  | 'watch'
  | 'cameras'
  | 'footage'
  | 'handover'
  | 'stats'
  | 'accounts'
  | 'audit'
  | 'settings'
  | 'myAccount';

export interface NavItem {
  key: PageKey;
  label: string;
  /** Who sees the entry; the server refuses the calls to everyone else anyway. */
  roles: readonly Role[] | 'all';
}

/** Who works the first-contact log and the ledger (contract: LEDGER). */
const LEDGER_ROLES: readonly Role[] = ['director', 'staff'];
/** Who uses the archive room (contract: ARCHIVE); operators see nothing of it. */
export const ARCHIVE_ROLES: readonly Role[] = ['director', 'staff', 'archivist'];
/** Who reads the duty roster and asks for swaps (contract: DUTY); the director also makes it. */
export const DUTY_ROLES: readonly Role[] = ['director', 'staff', 'operator'];
/** Who reads the watch: points, faults, the duty log (contract: WATCH); operators and the director keep it. */
export const WATCH_ROLES: readonly Role[] = ['director', 'staff', 'operator'];

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', label: '工作台', roles: 'all' },
  { key: 'intake', label: '首问登记', roles: LEDGER_ROLES },
  { key: 'ledger', label: '矛盾纠纷台账', roles: LEDGER_ROLES },
  { key: 'imports', label: '导入旧记录', roles: ['director'] },
  { key: 'archive', label: '档案目录', roles: ARCHIVE_ROLES },
  { key: 'loans', label: '档案借阅', roles: ARCHIVE_ROLES },
  { key: 'roster', label: '值班排班', roles: DUTY_ROLES },
  { key: 'watch', label: '值班日志', roles: WATCH_ROLES },
  { key: 'cameras', label: '点位与设备', roles: WATCH_ROLES },
  { key: 'footage', label: '录像调取', roles: WATCH_ROLES },
  { key: 'handover', label: '交接班', roles: WATCH_ROLES },
  { key: 'stats', label: '统计', roles: LEDGER_ROLES },
  { key: 'accounts', label: '账户管理', roles: ['director'] },
  { key: 'audit', label: '操作日志', roles: ['director'] },
  { key: 'settings', label: '系统设置', roles: ['director'] },
  { key: 'myAccount', label: '我的账户', roles: 'all' },
];

export const navItemsFor = (role: Role): NavItem[] =>
  NAV_ITEMS.filter((item) => item.roles === 'all' || item.roles.includes(role));

/**
 * Where the app is: a page of the drawer, or a case record opened from one
 * (`back` is the page it returns to and the drawer entry it keeps selected),
 * or a mediation (人民调解) opened from its case (`fromCase`, where 返回 leads)
 * or from the desk, or an archive item (档案), from its case too.
 */
export type Route =
  | { page: PageKey }
  | ({ page: 'case'; back: PageKey } & CaseRef)
  | { page: 'mediation'; mediationId: number; fromCase?: number; back: PageKey }
  | { page: 'archiveItem'; itemId: number; fromCase?: number; back: PageKey };

/**
 * A case is opened by its id from inside the app, and by its code (一案一码)
 * from a link; once read it is known by both, and its address shows the code.
 */
export type CaseRef = { caseId: number; code?: string } | { caseId?: undefined; code: string };

export type Navigate = (page: PageKey) => void;
/** Opens a case record by its id, returning to the current page afterwards. */
export type OpenCase = (caseId: number) => void;
/** Opens a mediation by its id. */
export type OpenMediation = (mediationId: number) => void;
/** Opens an archive item (档案) by its id, returning to the current page afterwards. */
export type OpenArchiveItem = (itemId: number) => void;

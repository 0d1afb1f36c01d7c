import type { Role } from '../../../shared/accounts/roles';

export type PageKey = 'dashboard' | 'accounts' | 'audit' | 'settings' | 'myAccount';

export interface NavItem {
  key: PageKey;
  label: string;
  /** Who sees the entry; the server refuses the calls to everyone else anyway. */
  roles: readonly Role[] | 'all';
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', label: '工作台', roles: 'all' },
  { key: 'accounts', label: '账户管理', roles: ['director'] },
  { key: 'audit', label: '操作日志', roles: ['director'] },
  { key: 'settings', label: '系统设置', roles: ['director'] },
  { key: 'myAccount', label: '我的账户', roles: 'all' },
];

export const navItemsFor = (role: Role): NavItem[] =>
  NAV_ITEMS.filter((item) => item.roles === 'all' || item.roles.includes(role));

export type Navigate = (page: PageKey) => void;

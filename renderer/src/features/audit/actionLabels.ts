/**
 * Chinese names for the codes the main side writes into the audit trail
 * (electron/core/features/*: `audit({ action, entity, … })`). A code not
 * listed here (a newer feature) is shown as written rather than hidden.
 */
const ACTION_LABELS: Record<string, string> = {
  'setup.initialise': '初始化档案库',
  'setup.recovery-key-kept': '确认保管恢复密钥',
  'session.login': '登录',
  'session.logout': '退出登录',
  'session.lock': '锁定',
  'session.unlock': '解锁',
  'session.recover': '使用恢复密钥登录',
  'account.create': '新建账户',
  'account.update': '编辑账户',
  'account.disable': '停用账户',
  'account.reset-password': '重置密码',
  'account.change-password': '修改本人密码',
  'account.recover-password': '用恢复密钥重设密码',
  'settings.update': '修改系统设置',
  'maintenance.backup': '备份',
  'maintenance.restore': '恢复备份',
  'maintenance.new-recovery-key': '重新生成恢复密钥',
  'maintenance.rekey': '更换档案主密钥',
};

const ENTITY_LABELS: Record<string, string> = {
  account: '账户',
  archive: '档案库',
  settings: '系统设置',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

export const entityLabel = (entity: string): string => ENTITY_LABELS[entity] ?? entity;

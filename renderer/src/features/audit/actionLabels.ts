/**
 * Chinese names for the codes the main side writes into the audit trail
 * (electron/core/features/*: `audit({ action, entity, … })`). A code not
 * listed here (a newer feature) is shown as written rather than hidden.
 */
const ACTION_LABELS: Record<string, string> = {
  'setup.initialise': '初始化档案库',
  'setup.recovery-key-kept': '确认保管恢复密钥',
  'audit.clock-rollback': '系统时钟回拨',
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
  'intake.create': '首问登记',
  'cases.create': '登记案件',
  'cases.update': '修改案件',
  'cases.transition': '案件状态变更',
  'cases.escalate': '重大纠纷上报',
  'cases.extend-deadline': '办理期限延期',
  'cases.add-attachment': '上传附件',
  'cases.save-categories': '修改纠纷类型',
  'cases.save-column-prefs': '保存台账列设置',
  'cases.export': '导出台账',
  'cases.export-full-identity': '导出完整身份信息',
  'cases.seed': '生成示范案件',
  'calendar.save-year': '录入工作日历',
  'calendar.remove-year': '删除工作日历',
  'calendar.save-preset': '修改办理时限',
  'stats.export': '导出统计表',
  'mediation.open': '受理人民调解',
  'mediation.refusal': '记录拒绝调解',
  'mediation.rights-notice': '签收权利义务告知书',
  'mediation.session': '记录调解',
  'mediation.agreement': '保存调解协议',
  'mediation.agreement-number': '分配调解协议编号',
  'mediation.agreement-print': '打印调解协议书',
  'mediation.agreement-sign': '调解协议签署生效',
  'mediation.agreement-correct': '更正调解协议',
  'mediation.terminate': '终止调解',
  'mediation.follow-up': '回访',
  'mediation.judicial': '司法确认',
  'mediation.close': '调解结案归卷',
  'mediation.seed': '生成示范调解',
};

const ENTITY_LABELS: Record<string, string> = {
  account: '账户',
  archive: '档案库',
  settings: '系统设置',
  case: '案件',
  case_category: '纠纷类型',
  intake: '首问登记',
  calendar_year: '工作日历',
  stats: '统计',
  user_prefs: '个人设置',
  agreement: '调解协议',
  mediation: '人民调解',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

export const entityLabel = (entity: string): string => ENTITY_LABELS[entity] ?? entity;

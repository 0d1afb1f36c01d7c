import type { Role } from '../../../../shared/accounts/roles';

/**
 * One line per role, after domain.md "Users and roles" — only what the app
 * does today (issue 13, item 16): the duty log, handover and footage register
 * join the operator's and the director's lines when that module lands.
 */
export const ROLE_DUTIES: Record<Role, string> = {
  director: '审批档案借阅、档案销毁和换班，排定并发布值班表，查看统计；管理账户、系统设置、备份与恢复密钥。',
  staff: '首问登记，矛盾纠纷排查调处台账，调解与协议书；档案归档与借阅申请，经审批后办理借阅。',
  operator: '查看值班表和本人班次，申请换班或替班。',
  archivist: '档案目录、档案盒与标签的整理维护，办理借阅、归还与催还，提交到期档案的鉴定销毁。',
};

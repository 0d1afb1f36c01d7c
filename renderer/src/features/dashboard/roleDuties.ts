import type { Role } from '../../../../shared/accounts/roles';

/** One line per role, after domain.md "Users and roles". */
export const ROLE_DUTIES: Record<Role, string> = {
  director: '审批档案借阅与录像调取，查看统计；管理账户、系统设置、备份与恢复密钥。',
  staff: '首问登记，矛盾纠纷排查调处台账，调解与协议书，档案目录；经审批后办理借阅。',
  operator: '本人班次的值班记录、设备故障与交接班；可由事件新建案件，查看值班表。',
  archivist: '档案目录的整理与维护，办理档案借阅与归还。',
};

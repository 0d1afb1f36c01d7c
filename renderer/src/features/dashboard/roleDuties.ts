import type { Role } from '../../../../shared/accounts/roles';

/**
 * One line per role, after domain.md "Users and roles" — only what the app
 * does today (issue 13, item 16), kept true as modules land: the watch (duty
 * log, faults, handover, footage register) is in the operator's, the
 * director's and the staff's lines since it landed.
 */
export const ROLE_DUTIES: Record<Role, string> = {
  director:
    '审批档案借阅、档案销毁、换班和录像调取，排定并发布值班表，维护监控点位，查看统计并将值班记录归档；管理账户、系统设置、备份与恢复密钥。',
  staff:
    '首问登记，矛盾纠纷排查调处台账，调解与协议书；档案归档与借阅申请，经审批后办理借阅；查阅值班日志和录像调取登记。',
  operator:
    '接班并记录值班日志，派遣、督办和办结事件，转入台账；登记设备故障和班次检查，交接班；登记录像调取和复制；查看值班表和本人班次，申请换班或替班。',
  archivist: '档案目录、档案盒与标签的整理维护，办理借阅、归还与催还，提交到期档案的鉴定销毁。',
};

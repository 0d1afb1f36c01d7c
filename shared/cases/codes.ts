/**
 * The fixed vocabularies of the case ledger (domain.md, Module 1), code → UI
 * label. Codes are stored; labels are shown and printed.
 */
const labels = <const T extends Record<string, string>>(t: T) => t;

/** 来源 */
export const CASE_SOURCES = labels({
  visit: '来访',
  call: '来电',
  grid: '网格员上报',
  video: '视频监控发现',
  hotline: '12345转办',
  assigned: '上级交办',
  transferred: '部门移送',
  screening: '主动排查',
});
export type CaseSource = keyof typeof CASE_SOURCES;

/** 风险等级 */
export const RISK_LEVELS = labels({ high: '高', medium: '中', low: '低' });
export type RiskLevel = keyof typeof RISK_LEVELS;

/** 难易程度 — drives the service-promise deadline. */
export const DIFFICULTIES = labels({ simple: '简单', general: '一般', complex: '复杂', major: '重大疑难' });
export type Difficulty = keyof typeof DIFFICULTIES;

/** 重大矛盾纠纷 reasons (domain.md checklist). */
export const MAJOR_REASONS = labels({
  group10: '10人以上群体性',
  criminal: '有民转刑倾向',
  petition: '有群体性上访或械斗苗头',
  litigation: '涉法涉诉',
  death: '非正常死亡',
  amount: '标的10万元以上',
  ownership: '权属纠纷',
});
export type MajorReason = keyof typeof MAJOR_REASONS;

/** 处理方式 */
export const ROUTES = labels({
  on_spot: '当场化解',
  mediation: '转人民调解',
  referral: '分流部门',
  litigation: '引导诉讼仲裁',
});
export type Route = keyof typeof ROUTES;

/** 办结结果 */
export const OUTCOMES = labels({ resolved: '化解成功', guided: '未化解-已引导', transferred: '已移送' });
export type Outcome = keyof typeof OUTCOMES;

/** 满意度 (回访) */
export const SATISFACTION = labels({ satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' });
export type Satisfaction = keyof typeof SATISFACTION;

/** 性别 */
export const SEXES = labels({ male: '男', female: '女' });
export type Sex = keyof typeof SEXES;

/** 首问登记: how a first contact came in, and how it ended. */
export const INTAKE_CHANNELS = labels({ visit: '来访', call: '来电' });
export type IntakeChannel = keyof typeof INTAKE_CHANNELS;
export const INTAKE_OUTCOMES = labels({ answered: '当场答复', referred: '转交他人', case: '登记为案件' });
export type IntakeOutcome = keyof typeof INTAKE_OUTCOMES;

/** The people's-mediation statistics list of dispute categories; the director may edit the dictionary. */
export const DEFAULT_CATEGORIES = [
  '婚姻家庭纠纷',
  '邻里纠纷',
  '房屋宅基地纠纷',
  '合同纠纷',
  '生产经营纠纷',
  '损害赔偿纠纷',
  '山林土地纠纷',
  '征地拆迁纠纷',
  '环境污染纠纷',
  '劳动争议纠纷',
  '消费纠纷',
  '医疗纠纷',
  '道路交通事故纠纷',
  '物业纠纷',
  '其他纠纷',
] as const;

/** Every key of a label table, as a non-empty tuple for z.enum. */
export const keysOf = <T extends Record<string, string>>(t: T) =>
  Object.keys(t) as [keyof T & string, ...(keyof T & string)[]];

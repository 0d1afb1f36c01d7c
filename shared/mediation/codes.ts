/**
 * The fixed vocabularies of people's mediation (domain.md, Module 2), code →
 * UI label. Codes are stored; labels are shown and printed.
 */
const labels = <const T extends Record<string, string>>(t: T) => t;

/** 调解来源, the split of the monthly statistics. */
export const MEDIATION_SOURCES = labels({
  initiative: '主动调解',
  application: '申请调解',
  referral: '接受委托移送',
});
export type MediationSource = keyof typeof MEDIATION_SOURCES;

/** How the mediation was taken in: a party's 申请书, or the committee's 受理登记表. */
export const INTAKE_FORMS = labels({ application: '人民调解申请书', register: '人民调解受理登记表' });
export type IntakeForm = keyof typeof INTAKE_FORMS;

/** 调解状态 */
export const MEDIATION_STATUSES = labels({
  open: '调解中',
  agreed: '已达成协议',
  terminated: '已终止',
  closed: '已结案归卷',
});
export type MediationStatus = keyof typeof MEDIATION_STATUSES;

/** 人民调解法第28条: an agreement is written (协议书) or oral (口头协议, recorded). */
export const AGREEMENT_KINDS = labels({ written: '书面协议', oral: '口头协议' });
export type AgreementKind = keyof typeof AGREEMENT_KINDS;

/** 协议状态: a signed agreement is frozen; a correction supersedes it. */
export const AGREEMENT_STATUSES = labels({
  draft: '草稿',
  signed: '已签署生效',
  superseded: '已被更正版本取代',
});
export type AgreementStatus = keyof typeof AGREEMENT_STATUSES;

/** 回访方式 */
export const FOLLOW_UP_METHODS = labels({ phone: '电话', visit: '上门', onsite: '到场' });
export type FollowUpMethod = keyof typeof FOLLOW_UP_METHODS;

/** 协议履行情况 */
export const PERFORMANCE_STATES = labels({
  performed: '已履行',
  partly: '部分履行',
  not_performed: '未履行',
});
export type PerformanceState = keyof typeof PERFORMANCE_STATES;

/** 司法确认结果 (人民调解法第33条) */
export const JUDICIAL_RULINGS = labels({
  confirmed: '裁定确认有效',
  rejected: '裁定驳回申请',
  withdrawn: '撤回申请',
});
export type JudicialRuling = keyof typeof JUDICIAL_RULINGS;

/** 司法确认申请书 variants. */
export const JUDICIAL_VARIANTS = labels({
  'person-person': '个人与个人',
  'person-organisation': '个人与单位',
});
export type JudicialVariant = keyof typeof JUDICIAL_VARIANTS;

/** 保管期限 of the dossier (DA/T 22 codes). */
export const RETENTION_PERIODS = labels({ Y: '永久', D30: '30年', D10: '10年' });
export type RetentionPeriod = keyof typeof RETENTION_PERIODS;

/** The documents the module prints, by the name used in `mediation.printDocument`. */
export const MEDIATION_DOCUMENTS = labels({
  application: '人民调解申请书',
  register: '人民调解受理登记表',
  rightsNotice: '人民调解当事人权利义务告知书',
  session: '人民调解记录',
  oral: '人民调解口头协议登记表',
  termination: '终止人民调解告知书',
  followUp: '人民调解回访记录',
  judicial: '司法确认申请书',
  dossier: '人民调解卷宗封面及卷内目录',
});
export type MediationDocument = keyof typeof MEDIATION_DOCUMENTS;

/**
 * The seed's procedure (纠纷调解程序, steps 1–5; step 6 is the agreement),
 * recorded in every session and printed in the 人民调解记录.
 */
export const MEDIATION_STEPS = [
  { key: 'announce', title: '宣布参加人员和调解注意事项' },
  { key: 'explain', title: '说明调解的性质、原则，告知当事人权利义务' },
  { key: 'statements', title: '当事人陈述纠纷起因、经过及要求，提供证据' },
  { key: 'questioning', title: '询问当事人和证人，核对证据' },
  { key: 'persuasion', title: '说服、教育、疏导及调解结果' },
] as const;
export type MediationStepKey = (typeof MEDIATION_STEPS)[number]['key'];

/**
 * The words of the demo archive room (archive.seed.ts): what a community
 * centre files under each 门类, who borrows it and why.
 */

/** Titles by 门类; {y} year, {m} month, {n} a number, {q} a quarter, {e} an estate, {t} a topic. */
export const TITLES: Record<string, readonly string[]> = {
  HY: [
    '{y}年{m}月综治中心工作例会记录',
    '{y}年第{q}季度矛盾纠纷排查分析会议记录',
    '{y}年平安建设工作推进会会议记录',
    '网格员工作会议记录（{y}年第{n}次）',
    '{e}物业矛盾协调会会议记录',
    '{y}年人民调解委员会工作会议记录',
  ],
  BG: [
    '关于{y}年{m}月矛盾纠纷排查调处情况的报告',
    '关于{e}{t}问题的情况报告',
    '{y}年上半年综治工作总结',
    '{y}年度综治中心工作总结',
    '关于{e}群体性诉求化解情况的报告',
  ],
  XX: ['综治信息简报（{y}年第{n}期）', '平安建设简报（{y}年第{n}期）', '人民调解工作动态（{y}年第{n}期）'],
  ZB: ['{y}年{m}月视频监控值班记录', '{y}年{m}月值班交接班记录', '{y}年{m}月节假日值班安排及记录'],
  WS: [
    '关于开展{t}专项行动的通知',
    '{y}年度人民调解员培训材料',
    '关于调整综治中心工作人员分工的通知',
    '{e}矛盾纠纷排查台账（{y}年{m}月）',
    '关于{t}工作的请示',
    '{y}年综治中心工作制度汇编',
  ],
  TJ: [
    '{a}与{b}邻里纠纷调解卷',
    '{a}与{b}物业纠纷调解卷',
    '{a}与{b}婚姻家庭纠纷调解卷',
    '{a}与{b}损害赔偿纠纷调解卷',
  ],
};

export const TOPICS = [
  '消防安全隐患排查',
  '电动车违规充电整治',
  '高空抛物',
  '噪音扰民',
  '违章搭建',
  '占用消防通道',
  '反诈宣传',
  '养犬管理',
  '老旧小区加装电梯',
];

export const RESPONSIBLE = ['示范社区综治中心', '示范社区人民调解委员会', '示范街道综治办', '示范社区居委会'];

/** Outside borrowers: the unit, the purposes they come for, and whether they take items out. */
export const OUTSIDE_UNITS: readonly { unit: string; purposes: readonly string[]; borrows: number }[] = [
  { unit: '示范区人民法院', purposes: ['judicial'], borrows: 0.3 },
  { unit: '示范区人民法院立案庭', purposes: ['judicial'], borrows: 0.2 },
  { unit: '示范街道司法所', purposes: ['review', 'judicial'], borrows: 0.4 },
  { unit: '示范区司法局', purposes: ['review', 'research'], borrows: 0.3 },
  { unit: '示范派出所', purposes: ['evidence'], borrows: 0.2 },
  { unit: '示范区公安分局刑侦大队', purposes: ['evidence'], borrows: 0.1 },
  { unit: '示范区人民检察院', purposes: ['evidence', 'judicial'], borrows: 0.1 },
  { unit: '示范区信访局', purposes: ['review'], borrows: 0.1 },
];

export const PURPOSE_NOTES: Record<string, readonly string[]> = {
  judicial: ['办理调解协议司法确认', '审理相关民事案件需核对调解协议', '诉前调解材料调取'],
  review: ['核查此前调解经过', '年度工作检查', '复查信访事项处理情况', '查阅以往处理意见'],
  evidence: ['案件调查取证', '核实当事人陈述', '调取相关记录'],
  research: ['编写年度统计分析', '典型案例汇编', '课题调研'],
  other: ['整理档案目录', '上级检查调阅'],
};

export const REFUSALS = [
  '所借档案涉及当事人隐私，请改为现场查阅',
  '介绍信未写明调阅事由，请补正后再申请',
  '该档案为秘密级，须经上级批准',
  '借阅期限过长，请缩短后重新申请',
];

export const CANCELS = ['借阅人不再需要', '改为复制相关页', '重复申请', '借阅人未按约定时间到场'];

export const DAMAGES = ['封面破损', '第3页有折痕和污渍', '装订线松脱', '有铅笔批注'];

export const EFFECTS = [
  '据此完成司法确认，裁定调解协议有效',
  '为案件审理提供了事实依据',
  '核实了当事人陈述，避免矛盾激化',
  '用于年度统计分析报告',
  '为同类纠纷调解提供参考',
  '查证属实，信访事项办结',
];

export const CONDITIONS = ['限现场查阅，不得复制', '归还时清点页数', '不得转借', '仅复制所需页'];

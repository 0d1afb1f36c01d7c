import type { ImportTarget } from './columns';

/** The case fields an old 台账 column can fill, with the names offices give them (issue 14, item 1). */
export const LEDGER_TARGETS: readonly ImportTarget[] = [
  {
    key: 'legacyCode',
    label: '原编号',
    names: ['原编号', '编号', '案件编号', '台账编号', '案号', '序号', '登记编号'],
  },
  {
    key: 'registeredAt',
    label: '登记时间',
    names: [
      '登记时间',
      '登记日期',
      '受理日期',
      '受理时间',
      '收案日期',
      '日期',
      '时间',
      '排查时间',
      '排查日期',
    ],
  },
  {
    key: 'parties',
    label: '当事人',
    names: ['当事人', '双方当事人', '当事人姓名', '纠纷当事人', '当事人名称'],
  },
  { key: 'applicant', label: '申请人', names: ['申请人', '申请方', '甲方', '申请人姓名'] },
  {
    key: 'respondent',
    label: '被申请人',
    names: ['被申请人', '被申请方', '乙方', '对方当事人', '被申请人姓名'],
  },
  {
    key: 'idNumber',
    label: '身份证号',
    names: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'],
  },
  { key: 'phone', label: '联系电话', names: ['联系电话', '电话', '联系方式', '手机', '手机号', '电话号码'] },
  { key: 'category', label: '纠纷类型', names: ['纠纷类型', '纠纷类别', '类别', '类型', '案由', '纠纷种类'] },
  { key: 'source', label: '来源', names: ['来源', '纠纷来源', '案件来源'] },
  { key: 'occurredAt', label: '发生时间', names: ['发生时间', '发生日期', '纠纷发生时间'] },
  { key: 'place', label: '发生地点', names: ['发生地点', '地点', '纠纷地点', '地址'] },
  {
    key: 'summary',
    label: '简要情况',
    names: ['简要情况', '纠纷简要情况', '主要事实', '案情', '纠纷情况', '基本情况', '事由', '纠纷内容'],
  },
  { key: 'demands', label: '诉求', names: ['诉求', '当事人诉求', '主要诉求', '申请事项'] },
  { key: 'amount', label: '涉及金额', names: ['涉及金额', '金额', '标的', '标的额', '争议金额'] },
  { key: 'peopleCount', label: '涉及人数', names: ['涉及人数', '人数', '涉及人员'] },
  {
    key: 'handler',
    label: '承办人',
    names: ['承办人', '调解员', '经办人', '承办人员', '责任人', '负责人', '调解人'],
  },
  { key: 'status', label: '办理状态', names: ['办理状态', '状态', '进展', '办理情况', '是否办结'] },
  {
    key: 'outcome',
    label: '调处结果',
    names: ['调处结果', '调解结果', '化解情况', '化解结果', '是否化解', '结果'],
  },
  { key: 'result', label: '处理结果', names: ['处理结果', '处理情况', '调处情况', '办理结果'] },
  { key: 'closedAt', label: '办结时间', names: ['办结时间', '办结日期', '结案日期', '结案时间', '化解时间'] },
  { key: 'notes', label: '备注', names: ['备注', '说明', '其他'] },
];

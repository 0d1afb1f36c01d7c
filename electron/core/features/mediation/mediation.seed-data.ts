/**
 * The words of the demo mediations (mediation.seed.ts): sittings walking the
 * seed's procedure, agreement terms, termination reasons. `{a}` and `{b}` are
 * the first two parties, `{amount}` yuan, `{date}` a date in words.
 */

export const PLACES = ['社区人民调解室', '社区综治中心调解室', '小区议事厅', '社区人民调解室'];

export const PARTICIPANTS = ['社区网格员', '楼栋长', '当事人亲属', '物业公司工作人员', '社区法律顾问'];

export const STEPS = {
  announce: [
    '主持人宣布调解员、记录人及到场当事人，宣读调解纪律和注意事项。',
    '调解员介绍参加调解人员，宣布调解开始，告知调解现场秩序要求。',
  ],
  explain: [
    '说明人民调解的性质和自愿、平等、合法的原则，告知当事人享有的权利和应当履行的义务。',
    '告知人民调解不收费，当事人可以自愿选择接受或终止调解，并应如实陈述纠纷事实。',
  ],
  statements: [
    '{a}陈述纠纷经过及要求，{b}陈述意见并提出异议，双方各自提交了照片、票据等材料。',
    '{a}称对方应承担主要责任；{b}认为事出有因，愿意协商解决。',
  ],
  questioning: [
    '调解员询问双方及在场证人，逐项核对了现场照片、维修报价和往来记录。',
    '调解员就争议焦点分别询问双方，核对证据材料，查明了基本事实。',
  ],
  persuasion: [
    '调解员释法说理，引导双方换位思考，双方同意在互谅互让的基础上协商解决。',
    '调解员结合有关法律规定和邻里情谊做双方工作，双方分歧逐步缩小。',
  ],
};

export const OUTCOMES_AGREED = ['双方达成一致意见，同意签订调解协议。', '经调解，双方自愿达成协议。'];
export const OUTCOMES_PENDING = [
  '双方仍有分歧，约定择日再次调解。',
  '双方意见接近，需进一步核实费用后再行调解。',
];
export const OUTCOMES_FAILED = ['双方分歧较大，未能达成协议。', '一方当事人表示不再接受调解，调解未成。'];

export const AMOUNT_TERMS = [
  '{a}一次性赔偿{b}人民币{amount}元，于本协议签订之日起十日内付清。',
  '{a}于{date}前向{b}支付人民币{amount}元。',
];
export const OTHER_TERMS = [
  '{a}于{date}前完成修复，修复费用由{a}承担。',
  '双方今后互谅互让，和睦相处，不再因此事发生纠纷。',
  '{b}对{a}的上述承诺表示认可，不再追究其他责任。',
  '本协议履行完毕后，双方就本纠纷再无其他争议。',
];
export const RESPONSIBILITIES = [
  '{a}对纠纷的发生负主要责任，{b}负次要责任。',
  '双方对纠纷的发生均负有一定责任。',
  null,
];
export const PERFORMANCE = [
  '第一项以银行转账方式履行；其余各项自本协议签订之日起履行。',
  '各项自本协议签订之日起履行，由人民调解委员会回访履行情况。',
];

export const TERMINATION_REASONS = [
  '一方当事人明确表示不再接受调解。',
  '双方分歧较大，经多次调解未能达成协议。',
  '一方当事人已就同一纠纷向人民法院提起诉讼。',
];

export const FOLLOW_UP_METHODS: Record<string, 'phone' | 'visit' | 'onsite'> = {
  电话: 'phone',
  上门: 'visit',
  到场: 'onsite',
};

export const COURT = '示范区人民法院';

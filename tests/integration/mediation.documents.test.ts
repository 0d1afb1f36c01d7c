import { describe, expect, it } from 'vitest';
import type { AgreementParty } from '../../electron/core/pdf/agreement.pdf';
import { intakeRegisterPdf, type IntakeRegisterDocument } from '../../electron/core/pdf/intakeRegister.pdf';
import {
  mediationApplicationPdf,
  type MediationApplicationDocument,
} from '../../electron/core/pdf/mediationApplication.pdf';
import { rightsNoticePdf } from '../../electron/core/pdf/rightsNotice.pdf';
import { sessionRecordPdf, type SessionRecordDocument } from '../../electron/core/pdf/sessionRecord.pdf';
import { terminationNoticePdf } from '../../electron/core/pdf/terminationNotice.pdf';
import { pdfPages, pdfText, squash } from '../support/pdf';
import { COMMITTEE, count, LI_WITH_PHONE, PROPERTY, ZHANG } from '../support/mediationDocuments';

const CASE = 'SF-2026-00123';
const FACTS =
  '双方系前后院邻居。申请人张三称，被申请人李四于今年八月在自家院内翻建厨房时，将排水管道改向申请人院墙一侧，' +
  '致使雨季积水渗入申请人院墙地基，墙体出现多处裂缝。\n\n双方多次协商未果，并因此发生口角，社区网格员上报后转入调解。';

function application(overrides: Partial<MediationApplicationDocument> = {}): MediationApplicationDocument {
  return {
    committeeName: COMMITTEE,
    applicants: [ZHANG],
    respondents: [LI_WITH_PHONE],
    facts: FACTS,
    requests: '1、请求被申请人将排水管道恢复原走向；\n2、请求被申请人赔偿院墙修缮费用人民币叁仟元。',
    date: new Date(2026, 10, 24),
    ...overrides,
  };
}

function register(overrides: Partial<IntakeRegisterDocument> = {}): IntakeRegisterDocument {
  return {
    committeeName: COMMITTEE,
    caseCode: CASE,
    acceptedAt: new Date(2026, 10, 24, 9, 30),
    source: 'application',
    category: '邻里纠纷',
    parties: [ZHANG, LI_WITH_PHONE],
    facts: FACTS,
    mediators: ['王调解', '赵调解'],
    recorder: '钱记录',
    opinion: '属于人民调解受理范围，双方当事人同意调解，予以受理。',
    date: new Date(2026, 10, 24),
    ...overrides,
  };
}

function session(overrides: Partial<SessionRecordDocument> = {}): SessionRecordDocument {
  return {
    committeeName: COMMITTEE,
    caseCode: CASE,
    sessionNo: 2,
    startedAt: new Date(2026, 10, 26, 9, 30),
    endedAt: new Date(2026, 10, 26, 11, 10),
    place: '社区综治中心调解室',
    matter: '排水管道改向引发的相邻关系纠纷',
    attendees: '网格员周某',
    parties: ['张三', '李四'],
    mediators: ['王调解', '赵调解'],
    recorder: '钱记录',
    steps: [
      { title: '宣布参加人员和调解注意事项', text: '调解员宣布本次调解的参加人员，宣读调解纪律。' },
      { title: '说明调解的性质、原则，告知当事人权利义务', text: '双方当事人表示已知悉各自的权利义务。' },
      {
        title: '当事人陈述纠纷起因、经过及要求，提供证据',
        text: '张三陈述：李四翻建厨房后排水管改向我家院墙，墙体开裂。\n\n李四陈述：排水管改向是施工队所为，愿意协商。',
      },
      { title: '询问当事人和证人，核对证据', text: '调解员查看现场照片三张，网格员周某证实了积水情况。' },
      { title: '说服、教育、疏导', text: '调解员依据民法典关于相邻关系的规定释法说理。' },
      { title: '六、制作调解协议', text: '双方同意制作人民调解协议书，一式三份。' },
    ],
    outcome: '双方达成调解协议，另行制作人民调解协议书。',
    ...overrides,
  };
}

describe('人民调解申请书', () => {
  it('prints both sides, the facts, the requests, the application sentence, the signature and the date', async () => {
    const text = await pdfText(await mediationApplicationPdf(application()));
    const order = [
      '人民调解申请书',
      '申请人姓名：张三',
      '被申请人姓名：李四',
      '纠纷简要情况：',
      '双方系前后院邻居',
      '申请事项：',
      '1、请求被申请人将排水管道恢复原走向；',
      '现申请你委员会调解。',
      '此致',
      '申请人（签名盖章或按指印）：',
      '二〇二六年十一月二十四日',
    ].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(`${COMMITTEE}已将申请人民调解的有关规定告知申请人`);
    expect(text).toMatch(/第1页共\d页/);
  });

  it('gives an organisation respondent its legal representative; one signature line per applicant', async () => {
    const text = await pdfText(
      await mediationApplicationPdf(
        application({
          applicants: [ZHANG, LI_WITH_PHONE],
          respondents: [PROPERTY],
        }),
        { dateStyle: 'digits' },
      ),
    );
    expect(text).toContain('被申请人（单位）名称：示范物业服务有限公司');
    expect(text).toContain('法定代表人（负责人）：孙经理');
    expect(count(text, '申请人（签名盖章或按指印）')).toBe(2);
    expect(text).toContain('2026年11月24日');
  });
});

describe('人民调解受理登记表', () => {
  it('fills the form: code, time, source ticked, type, parties one per line, mediators, recorder, opinion', async () => {
    const text = await pdfText(await intakeRegisterPdf(register()));
    expect(text).toContain('人民调解受理登记表');
    expect(text).toContain(COMMITTEE);
    expect(text).toContain(`编号${CASE}`);
    expect(text).toContain('受理时间二〇二六年十一月二十四日九时三十分');
    expect(text).toContain('□主动调解■申请调解□接受委托移送');
    expect(text).toContain('本人民调解委员会依当事人申请，经当事人同意，调解张三、李四之间的纠纷。');
    expect(text).toContain('纠纷类型邻里纠纷');
    expect(text).toContain('张三，男，汉族，45岁，个体经营，住示范街道幸福里3号，联系电话13800000001');
    expect(text).toContain('李四，女，回族，52岁，退休');
    expect(text).toContain('王调解、赵调解');
    expect(text).toContain('记录人钱记录');
    expect(text).toContain('受理意见属于人民调解受理范围');
    expect(text).toContain('当事人（签名）：');
    expect(text).toContain('登记人（签名）：');
    expect(text).toContain('（人民调解委员会印）');
  });

  it('marks a referral and prints digits when set', async () => {
    const text = await pdfText(
      await intakeRegisterPdf(register({ source: 'referral' }), { dateStyle: 'digits' }),
    );
    expect(text).toContain('□主动调解□申请调解■接受委托移送');
    expect(text).toContain('2026年11月24日9时30分');
  });
});

describe('人民调解当事人权利义务告知书', () => {
  it('states the law (Arts. 3, 4, 23, 24) and gives every party a signature line', async () => {
    const parties = [{ name: '张三' }, { name: '李四' }, { name: '王五' }];
    const text = await pdfText(
      await rightsNoticePdf({
        committeeName: COMMITTEE,
        caseCode: CASE,
        parties,
        date: new Date(2026, 10, 24),
      }),
    );
    expect(text).toContain('人民调解当事人权利义务告知书');
    expect(text).toContain('张三、李四、王五：');
    for (const words of [
      // 第三条
      '在当事人自愿、平等的基础上进行调解',
      '不违背法律、法规和国家政策',
      '不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利',
      // 第四条
      '人民调解委员会调解民间纠纷，不收取任何费用。',
      // 第二十三条
      '当事人在人民调解活动中享有下列权利：',
      '（一）选择或者接受人民调解员；',
      '（二）接受调解、拒绝调解或者要求终止调解；',
      '（三）要求调解公开进行或者不公开进行；',
      '（四）自主表达意愿、自愿达成调解协议。',
      // 第二十四条
      '当事人在人民调解活动中履行下列义务：',
      '（一）如实陈述纠纷事实；',
      '（二）遵守调解现场秩序，尊重人民调解员；',
      '（三）尊重对方当事人行使权利。',
      '以上内容本人已知悉。',
      '（人民调解委员会印）',
      '二〇二六年十一月二十四日',
    ])
      expect(text).toContain(words);
    expect(count(text, '当事人（签名或按指印）：')).toBe(3);
    expect(text.indexOf('以上内容本人已知悉')).toBeLessThan(text.indexOf('当事人（签名或按指印）'));
  });
});

describe('人民调解记录', () => {
  it('prints the header, the numbered steps, the outcome, the signing rule and every signature line', async () => {
    const pages = (await pdfPages(await sessionRecordPdf(session()))).map(squash);
    const text = pages.join('');
    expect(text).toContain('人民调解记录');
    expect(text).toContain('（第二次）');
    expect(text).toContain(`编号：${CASE}`);
    expect(text).toContain('时间二〇二六年十一月二十六日九时三十分至十一时十分');
    expect(text).toContain('地点社区综治中心调解室');
    expect(text).toContain('事由排水管道改向引发的相邻关系纠纷');
    expect(text).toContain('参加人网格员周某');
    expect(text).toContain('当事人张三、李四');
    expect(text).toContain('调解员王调解、赵调解');
    expect(text).toContain('记录人钱记录');
    const order = [
      '一、宣布参加人员和调解注意事项',
      '二、说明调解的性质、原则，告知当事人权利义务',
      '三、当事人陈述纠纷起因、经过及要求，提供证据',
      '李四陈述：排水管改向是施工队所为',
      '四、询问当事人和证人，核对证据',
      '五、说服、教育、疏导',
      '六、制作调解协议', // a number typed by the writer is not doubled
      '七、调解结果',
      '记录经当事人校阅或向当事人宣读后，由当事人、调解员、记录人签名。',
    ].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('六、六、');
    expect(count(text, '当事人（签名或按指印）：')).toBe(2);
    expect(count(text, '调解员（签名）：')).toBe(2);
    expect(count(text, '记录人（签名）：')).toBe(1);
    pages.forEach((p, i) => expect(p).toContain(`第${i + 1}页共${pages.length}页`));
  });
});

describe('终止人民调解告知书', () => {
  it('tells the parties of arbitration, administrative and judicial routes (Art. 26)', async () => {
    const text = await pdfText(
      await terminationNoticePdf({
        committeeName: COMMITTEE,
        number: '（2026）示范人调终字第002号',
        parties: ['张三', '李四'],
        matter: '排水管道改向致院墙受损',
        reason: '李四明确表示不再接受调解。',
        terminatedAt: new Date(2026, 11, 5),
      }),
    );
    expect(text).toContain('终止人民调解告知书');
    expect(text).toContain('编号：（2026）示范人调终字第002号');
    expect(text).toContain('张三、李四：');
    expect(text).toContain('你们之间因排水管道改向致院墙受损引发的纠纷');
    expect(text).toContain('因李四明确表示不再接受调解，本委员会于二〇二六年十二月五日终止调解。');
    expect(text).toContain('根据《中华人民共和国人民调解法》第二十六条的规定');
    expect(text).toContain('仲裁、行政、司法');
    for (const route of ['（一）申请仲裁。', '（二）请求有关行政机关处理。', '（三）向人民法院提起诉讼。'])
      expect(text).toContain(route);
    expect(text).toContain('（人民调解委员会印）');
  });

  it('takes a dispute category as it is', async () => {
    const text = await pdfText(
      await terminationNoticePdf({
        committeeName: COMMITTEE,
        parties: ['张三', '李四'],
        matter: '邻里纠纷',
        reason: '双方分歧较大',
        terminatedAt: new Date(2026, 11, 5),
      }),
    );
    expect(text).toContain('你们之间的邻里纠纷，经');
    expect(text).not.toContain('编号：');
  });
});

describe('rare characters', () => {
  it('prints 䶮 (U+4DAE) in a name through to the extracted text', async () => {
    const long: AgreementParty = { ...ZHANG, name: '龙䶮涛' };
    expect(await pdfText(await mediationApplicationPdf(application({ applicants: [long] })))).toContain(
      '申请人姓名：龙䶮涛',
    );
    expect(
      await pdfText(await sessionRecordPdf(session({ parties: ['龙䶮涛', '李四'], recorder: '钱䶮' }))),
    ).toContain('当事人龙䶮涛、李四');
    expect(
      await pdfText(
        await rightsNoticePdf({ committeeName: COMMITTEE, parties: [{ name: '龙䶮涛' }], date: new Date() }),
      ),
    ).toContain('龙䶮涛：');
  });

  it('refuses 𪚥 (U+2A6A5), naming the character and the field in Chinese', async () => {
    await expect(
      mediationApplicationPdf(application({ respondents: [{ ...LI_WITH_PHONE, name: '李𪚥' }] })),
    ).rejects.toThrow(/被申请人姓名（第1位被申请人）.*𪚥.*U\+2A6A5/);
    await expect(intakeRegisterPdf(register({ category: '𪚥纠纷' }))).rejects.toThrow(/纠纷类型.*𪚥/);
    await expect(sessionRecordPdf(session({ recorder: '钱𪚥' }))).rejects.toThrow(/记录人.*𪚥/);
    await expect(
      terminationNoticePdf({
        committeeName: COMMITTEE,
        parties: ['张三'],
        matter: '邻里纠纷',
        reason: '𪚥',
        terminatedAt: new Date(),
      }),
    ).rejects.toThrow(/终止原因.*𪚥/);
  });
});

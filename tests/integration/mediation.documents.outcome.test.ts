import { describe, expect, it } from 'vitest';
import { agreementPdf } from '../../electron/core/pdf/agreement.pdf';
import {
  catalogueRanges,
  DOSSIER_ORDER,
  dossierPdf,
  type DossierDocument,
} from '../../electron/core/pdf/dossier.pdf';
import { followUpPdf } from '../../electron/core/pdf/followUp.pdf';
import {
  judicialConfirmationPdf,
  type JudicialConfirmationDocument,
} from '../../electron/core/pdf/judicialConfirmation.pdf';
import { oralAgreementPdf } from '../../electron/core/pdf/oralAgreement.pdf';
import { pdfPageCount } from '../../electron/core/pdf/pageCount';
import { sessionRecordPdf } from '../../electron/core/pdf/sessionRecord.pdf';
import { terminationNoticePdf } from '../../electron/core/pdf/terminationNotice.pdf';
import { pdfPages, pdfText, squash } from '../support/pdf';
import { COMMITTEE, count, LI, PROPERTY, ZHANG } from '../support/mediationDocuments';

const NUMBER = '（2026）示范人调字第012号';
const FACTS =
  '双方系前后院邻居。被申请人李四翻建厨房时将排水管道改向申请人院墙一侧，致使院墙地基渗水、墙体开裂。\n\n' +
  '双方多次协商未果，社区网格员上报后转入调解。';

describe('人民调解口头协议登记表', () => {
  it('registers the oral terms, numbered, with performance, mediators, recorder, date and signatures', async () => {
    const text = await pdfText(
      await oralAgreementPdf({
        committeeName: COMMITTEE,
        number: '（2026）示范人调字第013号',
        parties: [ZHANG, LI],
        facts: FACTS,
        terms: ['李四于2026年12月10日前将排水管道恢复原走向。', '双方今后互谅互让，和睦相处。'],
        performance: '李四自行履行，社区网格员现场查验。',
        mediators: ['王调解'],
        recorder: '钱记录',
        date: new Date(2026, 10, 26),
      }),
    );
    expect(text).toContain('人民调解口头协议登记表');
    expect(text).toContain('编号（2026）示范人调字第013号');
    expect(text).toContain('张三，男，汉族，45岁');
    expect(text).toContain('一、李四于2026年12月10日前将排水管道恢复原走向。');
    expect(text).toContain('二、双方今后互谅互让，和睦相处。');
    expect(text).toContain('履行方式、时限李四自行履行');
    expect(text).toContain('登记日期二〇二六年十一月二十六日');
    expect(count(text, '当事人（签名或按指印）：')).toBe(2);
    expect(text).toContain('人民调解员（签名）：');
    expect(text).toContain('记录人（签名）：');
    expect(text).toContain('口头调解协议自各方当事人达成协议之日起生效');
  });
});

describe('人民调解回访记录', () => {
  it('records one visit: parties, agreement number, reason, method ticked, findings, visitor, time', async () => {
    const text = await pdfText(
      await followUpPdf({
        committeeName: COMMITTEE,
        parties: ['张三', '李四'],
        agreementNumber: '（2026）示范人调字第012号',
        reason: '排水管道改向纠纷调解协议履行情况',
        visit: {
          at: new Date(2026, 11, 12, 15, 0),
          method: 'visit',
          visitor: '王调解',
          performed: '已履行。李四已于12月8日将排水管道恢复原走向。',
          satisfied: '满意',
          risk: '未发现新的矛盾风险。',
          note: '双方关系已缓和。',
        },
      }),
    );
    expect(text).toContain('人民调解回访记录');
    expect(text).toContain('当事人张三、李四');
    expect(text).toContain('调解协议编号（2026）示范人调字第012号');
    expect(text).toContain('回访事由排水管道改向纠纷调解协议履行情况');
    expect(text).toContain('□电话■上门□到场');
    expect(text).toContain('协议是否履行：已履行。');
    expect(text).toContain('当事人是否满意：满意');
    expect(text).toContain('是否存在新的风险：未发现新的矛盾风险。');
    expect(text).toContain('回访人王调解');
    expect(text).toContain('回访时间二〇二六年十二月十二日十五时');
    expect(text).toContain('备注双方关系已缓和。');
    expect(text).toContain('回访人（签名）：');
  });
});

function judicial(overrides: Partial<JudicialConfirmationDocument> = {}): JudicialConfirmationDocument {
  return {
    variant: 'person-organisation',
    court: '示范区人民法院',
    committeeName: COMMITTEE,
    agreementNumber: NUMBER,
    effectiveDate: new Date(2026, 10, 24),
    applicants: [
      { ...ZHANG, birthDate: new Date(1981, 2, 5), idNumber: '110101198103050011' },
      { ...PROPERTY, phone: '010-88886666' },
    ],
    matter: '物业费及车位使用纠纷',
    agreementSummary:
      '1. 张三于2026年12月31日前补缴物业费人民币贰仟肆佰元。\n\n2. 示范物业服务有限公司于补缴当日恢复张三的车位使用。',
    date: new Date(2026, 10, 26),
    ...overrides,
  };
}

describe('司法确认申请书', () => {
  it('个人与单位: the applicants, the request, facts and reasons, undertakings, the court and the deadline', async () => {
    const text = await pdfText(await judicialConfirmationPdf(judicial()));
    const order = [
      '司法确认申请书',
      '申请人：张三，男，1981年3月5日出生，汉族，个体经营，住示范街道幸福里3号，联系电话：13800000001，公民身份号码：110101198103050011。',
      '申请人：示范物业服务有限公司，住所地：示范街道中心路8号，联系电话：010-88886666。',
      '法定代表人（负责人）：孙经理，总经理。',
      '请求事项：',
      `请求人民法院确认申请人于二〇二六年十一月二十四日经${COMMITTEE}主持调解达成的人民调解协议（编号：${NUMBER}）有效。`,
      '事实和理由：',
      '申请人之间的物业费及车位使用纠纷',
      '于二〇二六年十一月二十四日生效',
      '出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为',
      '如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。',
      '此致示范区人民法院',
      '申请人（签名或按指印）：',
      '申请人（盖章）：',
      '法定代表人（负责人）（签名）：',
      '二〇二六年十一月二十六日',
    ].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The thirty-day reminder is the staff's, not the court's: it does not print (issue 13, item 4).
    expect(text).not.toContain('注意');
    expect(text).not.toContain('截止');
  });

  it('leaves a line for the court when none is recorded yet, never an empty 此致', async () => {
    const text = await pdfText(await judicialConfirmationPdf(judicial({ court: null })));
    expect(text).toContain('此致');
    expect(text.replace(/\s+/g, '')).toMatch(/此致＿+人民法院/);
  });

  it('个人与个人: age when no birth date; the variant must match the applicants', async () => {
    const text = await pdfText(
      await judicialConfirmationPdf(judicial({ variant: 'person-person', applicants: [ZHANG, LI] })),
    );
    expect(text).toContain('申请人：李四，女，52岁，回族，退休，住示范街道幸福里5号。');
    expect(count(text, '申请人（签名或按指印）：')).toBe(2);
    expect(text).not.toContain('法定代表人');
    await expect(judicialConfirmationPdf(judicial({ variant: 'person-person' }))).rejects.toThrow(
      '个人与个人',
    );
    await expect(
      judicialConfirmationPdf(judicial({ variant: 'person-organisation', applicants: [ZHANG, LI] })),
    ).rejects.toThrow('个人与单位');
    await expect(judicialConfirmationPdf(judicial({ applicants: [ZHANG] }))).rejects.toThrow('共同申请');
  });

  it('refuses 𪚥 in the legal representative, naming the field', async () => {
    await expect(
      judicialConfirmationPdf(judicial({ applicants: [ZHANG, { ...PROPERTY, representative: '孙𪚥' }] })),
    ).rejects.toThrow(/法定代表人（负责人）（第2位申请人）.*𪚥.*U\+2A6A5/);
  });
});

function dossier(overrides: Partial<DossierDocument> = {}): DossierDocument {
  return {
    committeeName: COMMITTEE,
    title: '张三与李四相邻关系纠纷',
    number: NUMBER,
    mediators: ['王调解', '赵调解'],
    mediatedFrom: new Date(2026, 10, 20),
    mediatedTo: new Date(2026, 10, 24),
    filedBy: '钱记录',
    filedAt: new Date(2026, 11, 30),
    retention: 'D30',
    entries: [
      { title: '人民调解申请书', pages: 1 },
      { title: '人民调解当事人权利义务告知书', pages: 2 },
      { title: '人民调解记录', pages: 3, note: '第一次' },
      { title: '封底', pages: 1 },
    ],
    checkedBy: '周主任',
    ...overrides,
  };
}

describe('调解卷宗', () => {
  it('numbers the catalogue cumulatively from 1', () => {
    expect(catalogueRanges([{ pages: 1 }, { pages: 2 }, { pages: 3 }])).toEqual(['1', '2-3', '4-6']);
    expect(catalogueRanges([{ pages: 4 }, { pages: 1 }])).toEqual(['1-4', '5']);
    expect(catalogueRanges([])).toEqual([]);
    expect(() => catalogueRanges([{ pages: 0 }])).toThrow(RangeError);
    expect(() => catalogueRanges([{ pages: 1.5 }])).toThrow(RangeError);
  });

  it('lists the thirteen items of the dossier in order (domain.md)', () => {
    expect(DOSSIER_ORDER.map((i) => i.key)).toEqual([
      'application',
      'rightsNotice',
      'identity',
      'proxy',
      'investigation',
      'evidence',
      'sessionRecord',
      'agreement',
      'performance',
      'followUp',
      'judicial',
      'explanation',
      'backCover',
    ]);
    expect(DOSSIER_ORDER.filter((i) => i.optional).map((i) => i.key)).toEqual([
      'proxy',
      'investigation',
      'evidence',
      'performance',
      'followUp',
      'judicial',
      'explanation',
    ]);
    expect(DOSSIER_ORDER[12]!.title).toBe('封底');
  });

  it('prints the cover, the catalogue with page ranges and the 备考表', async () => {
    const pages = (await pdfPages(await dossierPdf(dossier()))).map(squash);
    expect(pages).toHaveLength(3);
    const [cover, catalogue, reference] = pages as [string, string, string];
    for (const words of [
      COMMITTEE,
      '人民调解卷宗',
      '卷名：张三与李四相邻关系纠纷',
      `卷号：${NUMBER}`,
      '人民调解员：王调解、赵调解',
      '调解日期：二〇二六年十一月二十日至二〇二六年十一月二十四日',
      '立卷人：钱记录',
      '立卷日期：二〇二六年十二月三十日',
      '保管期限：30年',
    ])
      expect(cover).toContain(words);
    expect(cover).not.toContain('页共'); // the cover is not numbered
    expect(catalogue).toContain('卷内目录');
    expect(catalogue).toContain('序号文件名称页号备注');
    for (const row of [
      '1人民调解申请书1',
      '2人民调解当事人权利义务告知书2-3',
      '3人民调解记录4-6第一次',
      '4封底7',
    ])
      expect(catalogue).toContain(row);
    expect(reference).toContain('卷内备考表');
    expect(reference).toContain('本卷共有文件4件，共7页。');
    expect(reference).toContain('立卷人：钱记录');
    expect(reference).toContain('检查人：周主任');
  });

  it('prints the retention period from its code', async () => {
    expect(await pdfText(await dossierPdf(dossier({ retention: 'Y' })))).toContain('保管期限：永久');
    expect(await pdfText(await dossierPdf(dossier({ retention: 'D10' }), { dateStyle: 'digits' }))).toContain(
      '保管期限：10年',
    );
  });
});

describe('pdfPageCount', () => {
  it('agrees with pdfjs on the documents produced, one page or many', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `（${i + 1}）${FACTS}`).join('\n\n');
    const documents = [
      await dossierPdf(dossier()),
      await terminationNoticePdf({
        committeeName: COMMITTEE,
        parties: ['张三', '李四'],
        matter: '邻里纠纷',
        reason: '双方分歧较大',
        terminatedAt: new Date(2026, 11, 5),
      }),
      await sessionRecordPdf({
        committeeName: COMMITTEE,
        caseCode: 'SF-2026-00123',
        sessionNo: 1,
        startedAt: new Date(2026, 10, 24, 9, 30),
        place: '调解室',
        matter: '相邻关系纠纷',
        attendees: '',
        parties: ['张三', '李四'],
        mediators: ['王调解'],
        recorder: '钱记录',
        steps: [{ title: '当事人陈述', text: long }],
        outcome: '未达成协议。',
      }),
      (
        await agreementPdf({
          number: NUMBER,
          committeeName: COMMITTEE,
          parties: [ZHANG, LI],
          facts: FACTS,
          terms: ['李四恢复排水管道原走向。'],
          performance: '当场履行。',
          mediators: ['王调解'],
          recorder: '钱记录',
          date: new Date(2026, 10, 24),
        })
      ).bytes,
    ];
    const counts = await Promise.all(documents.map(pdfPageCount));
    const expected = await Promise.all(documents.map(async (b) => (await pdfPages(b)).length));
    expect(counts).toEqual(expected);
    expect(Math.max(...counts)).toBeGreaterThan(3);
  });

  it('counts page objects only: not /Pages, nor /Type /Page inside a string or a stream', async () => {
    const hidden = '/Type /Page\n5 0 obj\n<< /Type /Page >>\nendobj\n';
    const pdf = [
      '%PDF-1.4',
      '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj',
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj',
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj',
      `4 0 obj\n<< /Length ${Buffer.byteLength(hidden, 'latin1')} >>\nstream\n${hidden}\nendstream\nendobj`,
      `6 0 obj\n<< /Length 7 0 R >>\nstream\n${hidden}\nendstream\nendobj`,
      '7 0 obj\n42\nendobj',
      '8 0 obj\n<< /Title (a \\) /Type /Page (nested) >> <3C3C>) /Producer <FEFF0041> >>\nendobj',
      // An incremental update redefining the page: still one page.
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj',
      'trailer\n<< /Root 1 0 R >>\n%%EOF',
    ].join('\n');
    expect(await pdfPageCount(Buffer.from(pdf, 'latin1'))).toBe(1);
  });

  it('refuses what it cannot count', async () => {
    await expect(pdfPageCount(Buffer.from('not a pdf'))).rejects.toThrow('not a PDF');
    await expect(
      pdfPageCount(
        Buffer.from(
          '%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 3 /First 10 /Length 0 >>\nstream\n\nendstream\nendobj\n',
        ),
      ),
    ).rejects.toThrow('no page objects');
  });
});

import type { Content } from 'pdfmake/interfaces';
import {
  addListFields,
  body,
  dateText,
  heading,
  numberLine,
  officialDocument,
  sealBlock,
  signatureLine,
  signingBlock,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/** 人民调解当事人权利义务告知书 (domain-sources §3.5.3): given to the parties before mediating. */
export interface RightsNoticeDocument {
  committeeName: string;
  caseCode?: string;
  parties: { name: string }[];
  date: Date;
}

/**
 * The body, quoted from the 中华人民共和国人民调解法 (2010): the committee's
 * nature (第七条), the principles (第三条), no fees (第四条), the effect of an
 * agreement (第三十一条), the parties' rights (第二十三条) and duties (第二十四条).
 * The opening follows the MoJ form's wording.
 */
const NOTICE: { heading: string; text: string[] }[] = [
  {
    heading: '一、人民调解委员会的性质',
    text: ['人民调解委员会是依法设立的调解民间纠纷的群众性组织。'],
  },
  {
    heading: '二、调解原则',
    text: [
      '人民调解委员会调解民间纠纷，应当遵循下列原则：',
      '（一）在当事人自愿、平等的基础上进行调解；',
      '（二）不违背法律、法规和国家政策；',
      '（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
    ],
  },
  {
    heading: '三、调解不收费',
    text: ['人民调解委员会调解民间纠纷，不收取任何费用。'],
  },
  {
    heading: '四、调解协议的效力',
    text: ['经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。'],
  },
  {
    heading: '五、当事人的权利',
    text: [
      '当事人在人民调解活动中享有下列权利：',
      '（一）选择或者接受人民调解员；',
      '（二）接受调解、拒绝调解或者要求终止调解；',
      '（三）要求调解公开进行或者不公开进行；',
      '（四）自主表达意愿、自愿达成调解协议。',
    ],
  },
  {
    heading: '六、当事人的义务',
    text: [
      '当事人在人民调解活动中履行下列义务：',
      '（一）如实陈述纠纷事实；',
      '（二）遵守调解现场秩序，尊重人民调解员；',
      '（三）尊重对方当事人行使权利。',
    ],
  },
];

function fieldsOf(a: RightsNoticeDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    案件编号: a.caseCode ?? '',
  };
  addListFields(
    fields,
    '当事人姓名',
    a.parties.map((p) => p.name),
  );
  return fields;
}

export async function rightsNoticePdf(
  a: RightsNoticeDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  if (a.parties.length === 0) throw new Error('rightsNoticePdf: a notice needs at least one party');
  const content: Content[] = [
    ...(a.caseCode ? [numberLine('编号', a.caseCode)] : []),
    title('人民调解当事人权利义务告知书'),
    { text: `${a.parties.map((p) => p.name).join('、')}：` },
    body(
      `根据《中华人民共和国人民调解法》的规定，${a.committeeName}现将人民调解委员会的性质、调解原则和调解协议的效力，以及在调解活动中当事人享有的权利和应当履行的义务告知如下：`,
    ),
    ...NOTICE.flatMap((part) => [heading(part.heading, { bold: true }), ...part.text.map((t) => body(t))]),
    // 2002 MoJ 规定第30条: the parties are told before mediating; their signatures record it.
    ...signingBlock(
      [body('以上内容本人已知悉。', { margin: [0, 10, 0, 0] })],
      a.parties.map(() => signatureLine('当事人（签名或按指印）', true)),
      [sealBlock(a.committeeName, dateText(a.date, options.dateStyle))],
    ),
  ];
  return renderPdf(officialDocument('人民调解当事人权利义务告知书', a.committeeName, content), fieldsOf(a));
}

import type { Content } from 'pdfmake/interfaces';
import {
  addListFields,
  body,
  clause,
  dateText,
  disputePhrase,
  numberLine,
  officialDocument,
  sealBlock,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/**
 * 终止人民调解告知书. 人民调解法第26条: "人民调解员调解纠纷，调解不成的，应当
 * 终止调解，并依据有关法律、法规的规定，告知当事人可以依法通过仲裁、行政、
 * 司法等途径维护自己的权利。"
 */
export interface TerminationNoticeDocument {
  committeeName: string;
  number?: string;
  parties: string[];
  /** The dispute: a category (邻里纠纷) or its cause (排水管道改向致院墙受损); see disputePhrase. */
  matter: string;
  /** Why mediation ended, as it reads after 因: e.g. 李四明确表示不再接受调解. */
  reason: string;
  terminatedAt: Date;
}

/**
 * The three routes of 第26条, each with what a party would actually do. The
 * limitation period is 民法典第一百八十八条's general three years.
 */
const ROUTES = [
  '（一）申请仲裁。双方订有仲裁协议的合同、财产权益纠纷，可以向约定的仲裁委员会申请仲裁；劳动争议可以向劳动人事争议仲裁委员会申请仲裁，农村土地承包经营纠纷可以向农村土地承包仲裁委员会申请仲裁。',
  '（二）请求有关行政机关处理。纠纷属于行政机关依法处理职责范围的（如土地、山林权属争议由人民政府处理），可以向有关行政机关提出申请，请求依法处理。',
  '（三）向人民法院提起诉讼。可以依照《中华人民共和国民事诉讼法》的规定，向有管辖权的人民法院提起民事诉讼。请注意诉讼时效，向人民法院请求保护民事权利的诉讼时效期间一般为三年。',
];

function fieldsOf(a: TerminationNoticeDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    文书编号: a.number ?? '',
    纠纷事由: a.matter,
    终止原因: a.reason,
  };
  addListFields(fields, '当事人', a.parties);
  return fields;
}

export async function terminationNoticePdf(
  a: TerminationNoticeDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  if (a.parties.length === 0) throw new Error('terminationNoticePdf: a notice needs at least one party');
  const date = dateText(a.terminatedAt, options.dateStyle);
  const content: Content[] = [
    ...(a.number ? [numberLine('编号', a.number)] : []),
    title('终止人民调解告知书'),
    { text: `${a.parties.join('、')}：` },
    body(
      `你们之间${disputePhrase(a.matter)}，经${a.committeeName}调解，未能达成调解协议。因${clause(a.reason)}，本委员会于${date}终止调解。`,
    ),
    body(
      '根据《中华人民共和国人民调解法》第二十六条的规定，你们可以依法通过仲裁、行政、司法等途径维护自己的权利：',
    ),
    ...ROUTES.slice(0, -1).map((r) => body(r)),
    sealBlock(a.committeeName, date, [body(ROUTES[ROUTES.length - 1]!), body('特此告知。')]),
  ];
  return renderPdf(officialDocument('终止人民调解告知书', a.committeeName, content), fieldsOf(a));
}

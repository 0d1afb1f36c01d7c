import type { Content } from 'pdfmake/interfaces';
import { BLANK_DATE, isoDateText, localDate, SIGN_BLANK } from './archiveBlocks';
import { body, dateText, GAP, officialDocument, title, type OfficialPdfOptions } from './officialBlocks';
import { renderPdf } from './render';

export interface RecallNoticeInput {
  centreName: string;
  borrowerName: string;
  borrowerUnit: string | null;
  itemCode: string;
  itemTitle: string;
  /** YYYY-MM-DD, as are the other dates. */
  lentOn: string;
  dueOn: string;
  /** Days past 应还日期; 0 or less: not yet due (the reminder three days before). */
  overdueDays: number;
  issuedOn: string;
  handler: string;
  phone?: string | null;
  /** The date asked for; by default the due date, or RECALL_DAYS after the notice once overdue. */
  returnBy?: string | null;
  /** The tear-off 回执 at the foot of the page; printed unless false. */
  withReceipt?: boolean;
}

/** Once an item is overdue, the notice asks for it within this many days of its date. */
export const RECALL_DAYS = 3;

function returnByDate(a: RecallNoticeInput): Date {
  if (a.returnBy) return localDate(a.returnBy);
  if (a.overdueDays <= 0) return localDate(a.dueOn);
  const d = localDate(a.issuedOn);
  d.setDate(d.getDate() + RECALL_DAYS);
  return d;
}

/**
 * What the notice says of the loan. 逾期归还者需注明原因 (审计署机关文书档案管理
 * 暂行规定), and the item is checked page by page on return (domain.md, Module 3).
 */
function bodyText(a: RecallNoticeInput, style: OfficialPdfOptions['dateStyle']): string[] {
  const lent = `你于${isoDateText(a.lentOn, style)}借出本中心档案“${a.itemTitle}”（档号：${a.itemCode}），应还日期为${isoDateText(a.dueOn, style)}`;
  const by = dateText(returnByDate(a), style);
  if (a.overdueDays > 0) {
    return [
      `${lent}，现已逾期${a.overdueDays}天。`,
      `请于${by}前将该档案送还本中心档案室，归还时当面清点页数、检查完好情况，并说明逾期原因。`,
    ];
  }
  return [
    `${lent}，即将到期。`,
    `请于${by}前将该档案送还本中心档案室，归还时当面清点页数、检查完好情况。如需继续使用，请在到期前办理续借手续。`,
  ];
}

/** The slip the borrower cuts off, signs and hands back: the notice was received. */
function receipt(a: RecallNoticeInput): Content {
  return {
    unbreakable: true,
    fontSize: 14,
    margin: [0, 28, 0, 0],
    stack: [
      {
        text: '- - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - -',
        alignment: 'center',
        fontSize: 9,
      },
      { text: '回　执', bold: true, alignment: 'center', fontSize: 16, margin: [0, 8, 0, 4] },
      body(
        `${a.centreName}：催还通知已收到。档案“${a.itemTitle}”（档号：${a.itemCode}）将于${BLANK_DATE}前送还。`,
      ),
      {
        columns: [
          { text: `借阅人（签名）：${SIGN_BLANK}`, width: '*' },
          { text: BLANK_DATE, width: 'auto' },
        ],
        margin: [0, 12, 0, 0],
      },
    ],
  };
}

export async function recallNoticePdf(
  a: RecallNoticeInput,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  const style = options.dateStyle;
  const contact = `经办人：${a.handler}${a.phone ? `${GAP}联系电话：${a.phone}` : ''}`;
  const content: Content[] = [
    title('催还通知单'),
    { text: `${a.borrowerName}${a.borrowerUnit ? `（${a.borrowerUnit}）` : ''}：` },
    ...bodyText(a, style).map((p) => body(p)),
    body('如已归还，请勿理会本通知。'),
    { text: contact, margin: [0, 12, 0, 0] },
    {
      unbreakable: true,
      margin: [0, 20, 0, 0],
      stack: [
        { text: a.centreName, alignment: 'right' },
        { text: isoDateText(a.issuedOn, style), alignment: 'right' },
      ],
    },
    ...(a.withReceipt === false ? [] : [receipt(a)]),
  ];
  return renderPdf(officialDocument('催还通知单', a.centreName, content), {
    综治中心名称: a.centreName,
    借阅人: a.borrowerName,
    借阅人单位: a.borrowerUnit ?? '',
    档号: a.itemCode,
    题名: a.itemTitle,
    经办人: a.handler,
    联系电话: a.phone ?? '',
  });
}

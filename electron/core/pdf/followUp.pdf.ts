import type { Content } from 'pdfmake/interfaces';
import { FOLLOW_UP_METHODS, type FollowUpMethod } from '../../../shared/mediation/codes';
import {
  addListFields,
  dateTimeText,
  formTable,
  GAP,
  officialDocument,
  paragraphs,
  signatureLine,
  subtitle,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/** One return visit; each visit is its own 回访记录. */
export interface FollowUpVisit {
  at: Date;
  method: FollowUpMethod;
  visitor: string;
  /** 协议是否履行, e.g. 已履行：李四已将排水管道恢复原走向。 */
  performed: string;
  /** 当事人是否满意, e.g. 满意 */
  satisfied: string;
  /** 是否存在新的风险, e.g. 未发现新的矛盾风险。 */
  risk: string;
  /** 备注 */
  note?: string;
}

/**
 * 人民调解回访记录 (domain-sources §3.5.8). 人民调解法第31条: the committee
 * supervises performance of the agreement; the visit records it.
 */
export interface FollowUpDocument {
  committeeName: string;
  /** 当事人: the people visited. */
  parties: string[];
  /** 调解协议编号: the agreement's own number. */
  agreementNumber: string;
  /** 回访事由 */
  reason: string;
  visit: FollowUpVisit;
}

function fieldsOf(a: FollowUpDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    调解协议编号: a.agreementNumber,
    回访事由: a.reason,
    回访人: a.visit.visitor,
    协议是否履行: a.visit.performed,
    当事人是否满意: a.visit.satisfied,
    是否存在新的风险: a.visit.risk,
    备注: a.visit.note ?? '',
  };
  addListFields(fields, '当事人', a.parties);
  return fields;
}

function methodBoxes(method: FollowUpMethod): string {
  return (Object.keys(FOLLOW_UP_METHODS) as FollowUpMethod[])
    .map((k) => `${k === method ? '■' : '□'}${FOLLOW_UP_METHODS[k]}`)
    .join(GAP);
}

const answer = (label: string, text: string): Content[] => {
  const [first = '', ...rest] = paragraphs(text);
  return [
    { text: [{ text: `${label}：`, bold: true }, first], alignment: 'justify' },
    ...rest.map((p) => ({ text: p, alignment: 'justify' as const })),
  ];
};

export async function followUpPdf(a: FollowUpDocument, options: OfficialPdfOptions = {}): Promise<Buffer> {
  const v = a.visit;
  const content: Content[] = [
    title('人民调解回访记录'),
    subtitle(a.committeeName),
    formTable(
      [
        ['当事人', { text: a.parties.join('、') }],
        ['调解协议编号', { text: a.agreementNumber }],
        ['回访事由', { text: a.reason }],
        ['回访方式', { text: methodBoxes(v.method) }],
        [
          '回访情况',
          {
            stack: [
              ...answer('协议是否履行', v.performed),
              ...answer('当事人是否满意', v.satisfied),
              ...answer('是否存在新的风险', v.risk),
            ],
          },
        ],
        ['回访人', { text: v.visitor }],
        ['回访时间', { text: dateTimeText(v.at, options.dateStyle) }],
      ],
      [
        '备注',
        // An empty 备注 keeps a little room for a handwritten note.
        v.note?.trim()
          ? { stack: paragraphs(v.note).map((p) => ({ text: p, alignment: 'justify' })) }
          : { text: '', margin: [0, 0, 0, 24] },
      ],
      signatureLine('回访人（签名）', true),
    ),
  ];
  return renderPdf(officialDocument('人民调解回访记录', a.committeeName, content), fieldsOf(a));
}

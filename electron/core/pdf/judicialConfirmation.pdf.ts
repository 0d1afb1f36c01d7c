import type { Content } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../shared/dates';
import type { JudicialVariant } from '../../../shared/mediation/codes';
import { AppError } from '../errors';
import type { AgreementParty } from './agreement.pdf';
import {
  addPartyFields,
  body,
  dateText,
  disputePhrase,
  heading,
  officialDocument,
  paragraphs,
  signatureLine,
  signingBlock,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/**
 * 此致 is followed by the court the application goes to, or a line to write it on.
 * The thirty-day reminder stays in the app (the mediation page, 工作台): this
 * document leaves the centre, and nothing meant for the staff prints on it.
 */
const courtLine = (court: string | null): string => court ?? '＿＿＿＿＿＿＿＿人民法院';

/** A party as the court needs it: the agreement's particulars plus birth date, ID number and phone. */
export type JudicialApplicant = AgreementParty & { birthDate?: Date; idNumber?: string; phone?: string };

/**
 * 司法确认申请书 (人民调解法第33条; 最高人民法院法释〔2011〕5号): the parties
 * jointly ask the basic court to confirm their agreement, within thirty days
 * of its taking effect.
 */
export interface JudicialConfirmationDocument {
  /** 个人与个人 or 个人与单位. */
  variant: JudicialVariant;
  /** The basic court where the committee sits (法释〔2011〕5号第2条); a blank line to fill in when not yet recorded. */
  court: string | null;
  committeeName: string;
  agreementNumber: string;
  /** The day the agreement was reached; the effective date when absent. */
  concludedAt?: Date;
  effectiveDate: Date;
  applicants: JudicialApplicant[];
  /** The dispute: a category (邻里纠纷) or its cause (排水管道改向致院墙受损); see disputePhrase. */
  matter: string;
  /** The agreement's main terms; paragraphs separated by blank lines. */
  agreementSummary: string;
  date: Date;
}

/** Court filings give particulars' dates in Arabic numerals, whatever the document's date style. */
function applicantParagraphs(p: JudicialApplicant): string[] {
  const join = (parts: (string | undefined)[]) =>
    parts.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('，');
  if (p.kind === 'person') {
    const born = p.birthDate
      ? `${formatChineseDate(p.birthDate)}出生`
      : p.age === undefined
        ? undefined
        : `${p.age}岁`;
    return [
      `申请人：${join([
        p.name,
        p.sex,
        born,
        p.ethnicity,
        p.occupation,
        p.address && `住${p.address}`,
        p.phone && `联系电话：${p.phone}`,
        p.idNumber && `公民身份号码：${p.idNumber}`,
      ])}。`,
    ];
  }
  return [
    `申请人：${join([p.name, p.address && `住所地：${p.address}`, p.phone && `联系电话：${p.phone}`])}。`,
    `法定代表人（负责人）：${join([p.representative, p.representativeTitle])}。`,
  ];
}

function checkVariant(a: JudicialConfirmationDocument): void {
  // 人民调解法第33条: the parties apply jointly, so both sides sign the one application.
  if (a.applicants.length < 2) {
    throw new AppError('VALIDATION', '司法确认须由双方当事人共同申请，申请人至少两方。');
  }
  const organisations = a.applicants.filter((p) => p.kind === 'organisation').length;
  if (a.variant === 'person-person' && organisations > 0) {
    throw new AppError('VALIDATION', '“个人与个人”司法确认申请书的申请人均须为个人，请改用“个人与单位”。');
  }
  if (a.variant === 'person-organisation' && (organisations === 0 || organisations === a.applicants.length)) {
    throw new AppError('VALIDATION', '“个人与单位”司法确认申请书须至少有一名个人申请人和一个单位申请人。');
  }
}

function fieldsOf(a: JudicialConfirmationDocument): Record<string, string> {
  const fields: Record<string, string> = {
    受理法院: a.court ?? '',
    人民调解委员会名称: a.committeeName,
    调解协议编号: a.agreementNumber,
    纠纷事由: a.matter,
    协议主要内容: a.agreementSummary,
  };
  addPartyFields(fields, '申请人', a.applicants);
  a.applicants.forEach((p, i) => {
    fields[`公民身份号码（第${i + 1}位申请人）`] = p.idNumber ?? '';
    fields[`联系电话（第${i + 1}位申请人）`] = p.phone ?? '';
  });
  return fields;
}

export async function judicialConfirmationPdf(
  a: JudicialConfirmationDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  checkVariant(a);
  const style = options.dateStyle;
  const concluded = dateText(a.concludedAt ?? a.effectiveDate, style);
  const agreement = `人民调解协议（编号：${a.agreementNumber}）`;
  const signatures = a.applicants.flatMap((p) =>
    p.kind === 'person'
      ? [signatureLine('申请人（签名或按指印）')]
      : [signatureLine('申请人（盖章）'), signatureLine('法定代表人（负责人）（签名）')],
  );
  const content: Content[] = [
    title('司法确认申请书'),
    ...a.applicants.flatMap(applicantParagraphs).map((t) => body(t)),
    heading('请求事项：', { bold: true }),
    body(`请求人民法院确认申请人于${concluded}经${a.committeeName}主持调解达成的${agreement}有效。`),
    heading('事实和理由：', { bold: true }),
    body(
      `申请人之间${disputePhrase(a.matter)}，于${concluded}经${a.committeeName}主持调解，自愿达成${agreement}。协议的主要内容为：`,
    ),
    ...paragraphs(a.agreementSummary).map((p) => body(p)),
    // 人民调解法第29条 (when the agreement takes effect) and 第33条 (thirty days from then).
    body(
      `该调解协议经各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章，于${dateText(a.effectiveDate, style)}生效。根据《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的有关规定，申请人共同向你院申请司法确认。`,
    ),
    heading('申请人声明：', { bold: true }),
    body('一、申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；'),
    ...signingBlock(
      [
        body('二、如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。'),
        { text: '此致', leadingIndent: 32, margin: [0, 10, 0, 0] },
        { text: courtLine(a.court) },
      ],
      signatures,
      [{ text: dateText(a.date, style), alignment: 'right', margin: [0, 16, 0, 0] }],
    ),
    // 法释〔2011〕5号第3条: what the court needs with the application.
    {
      text: '附：1. 人民调解协议书；2. 申请人身份证明、资格证明；3. 与调解协议相关的财产权利证明等证明材料；4. 双方当事人的送达地址、电话号码等联系方式。',
      fontSize: 12,
      alignment: 'justify',
      margin: [0, 16, 0, 0],
    },
  ];
  return renderPdf(officialDocument('司法确认申请书', courtLine(a.court), content), fieldsOf(a));
}

import type { Content } from 'pdfmake/interfaces';
import type { AgreementParty } from './agreement.pdf';
import { termNumber } from '../../../shared/mediation/terms';
import {
  addListFields,
  addPartyFields,
  cellLines,
  dateText,
  formNote,
  formTable,
  numbered,
  officialDocument,
  paragraphs,
  partyParticulars,
  signSealRow,
  subtitle,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/**
 * 人民调解口头协议登记表 (domain-sources §3.5.7): 人民调解法第28条 lets the
 * parties agree orally, the mediator recording the terms; 第30条 makes an oral
 * agreement effective from the day the parties reach it.
 */
export interface OralAgreementDocument {
  committeeName: string;
  /** Same numbering as a written agreement. */
  number: string;
  parties: AgreementParty[];
  /** 纠纷简要情况; paragraphs separated by blank lines. */
  facts: string;
  /** The agreed terms, printed 一、二、三、… */
  terms: string[];
  /** 履行方式、时限 */
  performance: string;
  mediators: string[];
  recorder: string;
  /** 登记日期 */
  date: Date;
}

function fieldsOf(a: OralAgreementDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    协议编号: a.number,
    纠纷简要情况: a.facts,
    履行方式时限: a.performance,
    记录人: a.recorder,
  };
  addPartyFields(fields, '当事人', a.parties);
  a.terms.forEach((t, i) => (fields[`协议内容${termNumber(i)}`] = t));
  addListFields(fields, '人民调解员', a.mediators);
  return fields;
}

const justified = (text: string) => ({
  stack: paragraphs(text).map((p) => ({ text: p, alignment: 'justify' as const })),
});

export async function oralAgreementPdf(
  a: OralAgreementDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  if (a.parties.length === 0) throw new Error('oralAgreementPdf: an agreement needs at least one party');
  if (a.terms.length === 0) throw new Error('oralAgreementPdf: an agreement needs at least one term');
  const date = dateText(a.date, options.dateStyle);
  const content: Content[] = [
    title('人民调解口头协议登记表'),
    subtitle(a.committeeName),
    formTable(
      [
        ['编号', { text: a.number }],
        ['当事人', cellLines(a.parties.map(partyParticulars))],
        ['纠纷简要情况', justified(a.facts)],
        ['协议内容', cellLines(numbered(a.terms))],
        ['履行方式、时限', justified(a.performance)],
        ['人民调解员', { text: a.mediators.join('、') }],
        ['记录人', { text: a.recorder }],
        ['登记日期', { text: date }],
      ],
      // The date is the form's own 登记日期 row, just above.
      signSealRow(
        [...a.parties.map(() => '当事人（签名或按指印）'), '人民调解员（签名）', '记录人（签名）'],
        ['（人民调解委员会印）'],
        false,
      ),
      formNote(
        '注：根据《中华人民共和国人民调解法》第二十八条、第三十条，当事人认为无需制作调解协议书的，可以采取口头协议方式，由人民调解员记录协议内容；口头调解协议自各方当事人达成协议之日起生效。',
      ),
    ),
  ];
  return renderPdf(officialDocument('人民调解口头协议登记表', a.committeeName, content), fieldsOf(a));
}

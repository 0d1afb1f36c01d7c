import type { Content } from 'pdfmake/interfaces';
import { MEDIATION_SOURCES, type MediationSource } from '../../../shared/mediation/codes';
import type { AgreementParty } from './agreement.pdf';
import {
  addListFields,
  addPartyFields,
  body,
  cellLines,
  dateText,
  dateTimeText,
  formNote,
  formTable,
  GAP,
  officialDocument,
  paragraphs,
  partyParticulars,
  signSealRow,
  subtitle,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/** 人民调解受理登记表 (domain-sources §3.5.2): the committee's record of taking a dispute in. */
export interface IntakeRegisterDocument {
  committeeName: string;
  /** The ledger's 一案一码 case code. */
  caseCode: string;
  acceptedAt: Date;
  /** 纠纷来源: 主动调解 / 申请调解 / 接受委托移送 (人民调解法第17条, 第18条). */
  source: MediationSource;
  /** 纠纷类型, e.g. 邻里纠纷. */
  category: string;
  parties: AgreementParty[];
  /** 纠纷简要情况; paragraphs separated by blank lines. */
  facts: string;
  /** 受理人 / 人民调解员 */
  mediators: string[];
  recorder: string;
  /** 受理意见 */
  opinion: string;
  date: Date;
}

/** The opening sentence of the MoJ form, worded for each source. */
const HOW: Record<MediationSource, string> = {
  application: '依当事人申请',
  initiative: '主动',
  referral: '接受委托移送',
};

/** Every source printed, the one that applies marked ■ (the paper form's tick boxes). */
function sourceBoxes(source: MediationSource): string {
  return (Object.keys(MEDIATION_SOURCES) as MediationSource[])
    .map((k) => `${k === source ? '■' : '□'}${MEDIATION_SOURCES[k]}`)
    .join(GAP);
}

function fieldsOf(a: IntakeRegisterDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    案件编号: a.caseCode,
    纠纷类型: a.category,
    纠纷简要情况: a.facts,
    记录人: a.recorder,
    受理意见: a.opinion,
  };
  addPartyFields(fields, '当事人', a.parties);
  addListFields(fields, '受理人（人民调解员）', a.mediators);
  return fields;
}

export async function intakeRegisterPdf(
  a: IntakeRegisterDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  const style = options.dateStyle;
  const names = a.parties.map((p) => p.name).join('、');
  const content: Content[] = [
    title('人民调解受理登记表'),
    subtitle(a.committeeName),
    // 人民调解法第17条: the committee mediates on application or on its own initiative,
    // and (第18条) on referral; in every case only with the parties' consent.
    body(
      `${dateText(a.acceptedAt, style)}，本人民调解委员会${HOW[a.source]}，经当事人同意，调解${names}之间的纠纷。`,
      { margin: [0, 0, 0, 10] },
    ),
    formTable(
      [
        ['编号', { text: a.caseCode }],
        ['受理时间', { text: dateTimeText(a.acceptedAt, style) }],
        ['纠纷来源', { text: sourceBoxes(a.source) }],
        ['纠纷类型', { text: a.category }],
        ['当事人', cellLines(a.parties.map(partyParticulars))],
        ['纠纷简要情况', { stack: paragraphs(a.facts).map((p) => ({ text: p, alignment: 'justify' })) }],
        ['受理人/调解员', { text: a.mediators.join('、') }],
        ['记录人', { text: a.recorder }],
        ['受理意见', { stack: paragraphs(a.opinion).map((p) => ({ text: p, alignment: 'justify' })) }],
      ],
      // The MoJ form's signatures: the parties' (their consent) and the registrar's.
      signSealRow(
        ['当事人（签名）', '登记人（签名）'],
        ['（人民调解委员会印）', dateText(a.date, style)],
        true,
      ),
      formNote('备注：此表由人民调解委员会填写。'),
    ),
  ];
  return renderPdf(officialDocument('人民调解受理登记表', a.committeeName, content), fieldsOf(a));
}

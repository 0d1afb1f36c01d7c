import type { Content } from 'pdfmake/interfaces';
import { chineseNumber } from '../../../shared/chineseDate';
import {
  addListFields,
  body,
  formTable,
  heading,
  numberLine,
  numbered,
  officialDocument,
  paragraphs,
  signatureLine,
  signingBlock,
  spanText,
  subtitle,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/**
 * 人民调解记录 (调解笔录, domain-sources §3.5.5): one per sitting. The mediator
 * records the mediation (人民调解法第27条).
 */
export interface SessionRecordDocument {
  committeeName: string;
  caseCode: string;
  /** 1 for the first sitting: printed 第一次. */
  sessionNo: number;
  startedAt: Date;
  endedAt?: Date;
  place: string;
  /** 事由: what the dispute is about. */
  matter: string;
  /** 参加人: people invited to help (人民调解法第20条), not the parties, mediators or recorder. */
  attendees: string;
  parties: string[];
  mediators: string[];
  recorder: string;
  /** The procedure's steps in order, titles without their 一、二、 (numbered when printed). */
  steps: { title: string; text: string }[];
  /** 调解结果 of this sitting. */
  outcome: string;
}

function fieldsOf(a: SessionRecordDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    案件编号: a.caseCode,
    调解地点: a.place,
    事由: a.matter,
    参加人: a.attendees,
    记录人: a.recorder,
    调解结果: a.outcome,
  };
  addListFields(fields, '当事人', a.parties);
  addListFields(fields, '人民调解员', a.mediators);
  a.steps.forEach((s, i) => {
    fields[`调解步骤${i + 1}标题`] = s.title;
    fields[`调解步骤${i + 1}记录`] = s.text;
  });
  return fields;
}

export async function sessionRecordPdf(
  a: SessionRecordDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  const headings = numbered(a.steps.map((s) => s.title));
  const steps = a.steps.flatMap((s, i) => [
    heading(headings[i]!, { bold: true }),
    ...paragraphs(s.text).map((p) => body(p)),
  ]);
  const outcome = paragraphs(a.outcome);
  const content: Content[] = [
    numberLine('编号', a.caseCode),
    title('人民调解记录', { margin: [0, 4, 0, 4] }),
    subtitle(`（第${chineseNumber(a.sessionNo)}次）`),
    formTable([
      ['时间', { text: spanText(a.startedAt, a.endedAt, options.dateStyle) }],
      ['地点', { text: a.place }],
      ['事由', { text: a.matter }],
      ['参加人', { text: a.attendees.trim() === '' ? '无' : a.attendees }],
      ['当事人', { text: a.parties.join('、') }],
      ['调解员', { text: a.mediators.join('、') }],
      ['记录人', { text: a.recorder }],
    ]),
    heading('调解记录：', { bold: true, leadingIndent: 0, margin: [0, 12, 0, 0] }),
    ...steps,
    heading(`${chineseNumber(a.steps.length + 1)}、调解结果`, { bold: true }),
    ...(outcome.length > 0 ? outcome : ['（未记录）']).map((p) => body(p)),
    // The signing rule of the 调解笔录 (domain.md, Module 2): read or shown to the parties, then signed.
    ...signingBlock(
      [body('记录经当事人校阅或向当事人宣读后，由当事人、调解员、记录人签名。', { margin: [0, 10, 0, 0] })],
      [
        ...a.parties.map(() => signatureLine('当事人（签名或按指印）', true)),
        ...a.mediators.map(() => signatureLine('调解员（签名）', true)),
        signatureLine('记录人（签名）', true),
      ],
      [{ text: a.committeeName, alignment: 'right', margin: [0, 20, 0, 0] }],
    ),
  ];
  return renderPdf(
    officialDocument(`人民调解记录（第${a.sessionNo}次）`, a.committeeName, content),
    fieldsOf(a),
  );
}

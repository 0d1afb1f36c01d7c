import type { Content } from 'pdfmake/interfaces';
import type { AgreementParty } from './agreement.pdf';
import {
  addPartyFields,
  body,
  dateText,
  GAP,
  heading,
  lines,
  officialDocument,
  paragraphs,
  signatureLine,
  signingBlock,
  title,
  type OfficialPdfOptions,
} from './officialBlocks';
import { renderPdf } from './render';

/** 人民调解申请书 (domain-sources §3.5.1): a party asks the committee to mediate (人民调解法第17条). */
export interface MediationApplicationDocument {
  committeeName: string;
  applicants: AgreementParty[];
  respondents: AgreementParty[];
  /** 纠纷简要情况; paragraphs separated by blank lines. */
  facts: string;
  /** 申请事项; one request per line. */
  requests: string;
  date: Date;
}

const labelled = (pairs: [string, string | undefined][]): string =>
  pairs.map(([label, value]) => `${label}：${value ?? ''}`).join(GAP);

/** Parties' particulars in the three-line block of the MoJ forms (domain-sources §3.5.1, §3.5.6). */
function partyBlock(role: string, p: AgreementParty): Content {
  const stack =
    p.kind === 'person'
      ? [
          labelled([
            [`${role}姓名`, p.name],
            ['性别', p.sex],
            ['民族', p.ethnicity],
            ['年龄', p.age === undefined ? undefined : `${p.age}岁`],
          ]),
          labelled([
            ['职业或职务', p.occupation],
            ['联系方式', p.phone],
          ]),
          labelled([['单位或住址', p.address]]),
        ]
      : [
          labelled([[`${role}（单位）名称`, p.name]]),
          labelled([['住所（地址）', p.address]]),
          labelled([
            ['法定代表人（负责人）', p.representative],
            ['职务', p.representativeTitle],
          ]),
        ];
  return { stack, margin: [0, 0, 0, 4] };
}

function fieldsOf(a: MediationApplicationDocument): Record<string, string> {
  const fields: Record<string, string> = {
    人民调解委员会名称: a.committeeName,
    纠纷简要情况: a.facts,
    申请事项: a.requests,
  };
  addPartyFields(fields, '申请人', a.applicants);
  addPartyFields(fields, '被申请人', a.respondents);
  return fields;
}

export async function mediationApplicationPdf(
  a: MediationApplicationDocument,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  if (a.applicants.length === 0)
    throw new Error('mediationApplicationPdf: an application needs an applicant');
  const content: Content[] = [
    title('人民调解申请书'),
    ...a.applicants.map((p) => partyBlock('申请人', p)),
    ...a.respondents.map((p) => partyBlock('被申请人', p)),
    heading('纠纷简要情况：'),
    ...paragraphs(a.facts).map((p) => body(p)),
    heading('申请事项：'),
    ...lines(a.requests).map((r) => body(r)),
    ...signingBlock(
      [
        // 人民调解法第17条: mediation starts on a party's application; the sentence records it.
        body(
          `${a.committeeName}已将申请人民调解的有关规定告知申请人。申请人自愿接受人民调解，现申请你委员会调解。`,
          { margin: [0, 8, 0, 8] },
        ),
        { text: '此致', leadingIndent: 32 },
        { text: a.committeeName },
      ],
      a.applicants.map(() => signatureLine('申请人（签名盖章或按指印）')),
      [{ text: dateText(a.date, options.dateStyle), alignment: 'right', margin: [0, 16, 0, 0] }],
    ),
  ];
  return renderPdf(officialDocument('人民调解申请书', a.committeeName, content), fieldsOf(a));
}

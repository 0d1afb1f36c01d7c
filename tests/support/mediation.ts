import type { InputOf } from '../../shared/api/contract';
import type { FileOutput } from '../../shared/api/contract';
import type { MediationDetail } from '../../shared/mediation/schemas';
import { value } from './archive';
import type { LedgerArchive } from './ledger';

/** Two persons: 张三 and 龙䶮涛 (a rare character that must print). */
export const TWO_PERSONS: InputOf<'cases', 'create'>['parties'] = [
  {
    kind: 'person',
    name: '张三',
    sex: 'male',
    ethnicity: '汉族',
    age: 45,
    phone: '13800000001',
    address: '幸福里3号',
  },
  { kind: 'person', name: '龙䶮涛', sex: 'female', ethnicity: '回族', age: 52, address: '幸福里5号' },
];

export const OPEN: Omit<InputOf<'mediation', 'open'>, 'caseId'> = {
  source: 'application',
  intakeForm: 'application',
  requests: '请求调解漏水赔偿事宜',
  mediators: ['王调解', '赵调解'],
  recorder: '钱记录',
  place: '社区人民调解室',
};

export const AGREEMENT: Omit<InputOf<'mediation', 'saveAgreement'>, 'mediationId'> = {
  kind: 'written',
  facts: '双方系上下楼邻居。张三家卫生间漏水致龙䶮涛家天花板受损，双方协商未果。',
  responsibility: '张三对漏水负全部责任。',
  terms: ['张三于2026年12月10日前修复卫生间防水层。', '张三一次性赔偿龙䶮涛天花板修复费用人民币叁仟元整。'],
  performance: '第一项由张三自行履行；第二项于本协议签订之日当场支付。',
  performBy: '2026-12-10',
  amount: 3000,
};

export const SESSION = {
  // Before the test clock's 09:00: a sitting is recorded once it has taken place (it may not lie ahead).
  startedAt: '2026-11-24T08:00',
  endedAt: '2026-11-24T08:50',
  place: '社区人民调解室',
  steps: {
    announce: '主持人宣布调解员、记录人和当事人，宣读调解纪律。',
    explain: '说明人民调解的性质和自愿、平等、合法原则，告知权利义务。',
    statements: '张三称漏水系管道老化；龙䶮涛称天花板多处霉变，要求赔偿。',
    questioning: '查看现场照片两张，核对维修报价单。',
    persuasion: '释法说理，双方同意由张三修复并赔偿。',
  },
  outcome: '双方达成一致意见。',
};

/** Helpers over a ledger archive for the mediation tests. */
export function mediationCalls(a: LedgerArchive) {
  return {
    openCase: async (parties = TWO_PERSONS) => a.create({ parties }),
    open: async (caseId: number, extra: Partial<InputOf<'mediation', 'open'>> = {}) =>
      value(await a.call<MediationDetail>('mediation:open', { caseId, ...OPEN, ...extra })),
    session: async (mediationId: number) =>
      value(await a.call<MediationDetail>('mediation:save-session', { mediationId, ...SESSION })),
    agreement: async (mediationId: number, extra: Partial<InputOf<'mediation', 'saveAgreement'>> = {}) =>
      value(
        await a.call<MediationDetail>('mediation:save-agreement', { mediationId, ...AGREEMENT, ...extra }),
      ),
    print: async (agreementId: number, copy?: number) =>
      value(
        await a.call<FileOutput>('mediation:print-agreement', { agreementId, ...(copy ? { copy } : {}) }),
      ),
    sign: async (agreementId: number, signedOn = '2026-11-24') =>
      value(await a.call<MediationDetail>('mediation:sign-agreement', { agreementId, signedOn })),
    get: async (id: number) => value(await a.call<MediationDetail>('mediation:get', { id })),
    document: async (mediationId: number, document: string, extra: Record<string, unknown> = {}) =>
      value(await a.call<FileOutput>('mediation:print-document', { mediationId, document, ...extra })),
  };
}

export const bytesOf = (f: FileOutput) => Buffer.from(f.base64, 'base64');

import type { AgreementParty } from '../../electron/core/pdf/agreement.pdf';

type Person = Extract<AgreementParty, { kind: 'person' }>;
type Organisation = Extract<AgreementParty, { kind: 'organisation' }>;

/** The fixtures the mediation document tests share (tests/integration/mediation.documents*.test.ts, agreement.pdf.test.ts). */
export const COMMITTEE = '示范街道幸福里社区人民调解委员会';

/** A person with every particular the forms print. */
export const ZHANG: Person = {
  kind: 'person',
  name: '张三',
  sex: '男',
  ethnicity: '汉族',
  age: 45,
  occupation: '个体经营',
  phone: '13800000001',
  address: '示范街道幸福里3号',
};

/** A person without a phone. */
export const LI: Person = {
  kind: 'person',
  name: '李四',
  sex: '女',
  ethnicity: '回族',
  age: 52,
  occupation: '退休',
  address: '示范街道幸福里5号',
};

/** The same person with her phone. */
export const LI_WITH_PHONE: Person = { ...LI, phone: '13800000002' };

/** An organisation, with its legal representative. */
export const PROPERTY: Organisation = {
  kind: 'organisation',
  name: '示范物业服务有限公司',
  address: '示范街道中心路8号',
  representative: '孙经理',
  representativeTitle: '总经理',
};

/** How many times `part` stands in `text`. */
export const count = (text: string, part: string) => text.split(part).length - 1;

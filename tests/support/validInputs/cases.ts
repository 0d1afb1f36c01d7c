// Valid inputs of the ledger's actions: intake, cases, calendar, stats.
import type { ValidInputsOf } from './types';
import type { InputOf } from '../../../shared/api/contract';

/**
 * A case with every optional field filled (two parties: a person and an
 * organisation). `amount` is left out: it takes cents, so the generic
 * "a fraction" variant (+0.5) of a valid amount is itself valid.
 */
export const VALID_CASE: Omit<InputOf<'cases', 'update'>, 'id'> = {
  source: 'visit',
  handlerId: 1,
  categoryId: 2,
  occurredAt: '2026-11-23T20:00',
  place: '锦绣花园3栋',
  peopleCount: 2,
  summary: '楼上卫生间漏水，致楼下天花板受损',
  demands: '要求赔偿维修费用',
  risk: 'low',
  difficulty: 'general',
  majorReasons: ['ownership'],
  route: 'mediation',
  notes: '双方均同意调解',
  parties: [
    {
      kind: 'person',
      name: '张三',
      sex: 'female',
      ethnicity: '汉族',
      birthDate: '1949-12-31',
      age: 76,
      idNumber: '11010519491231002X',
      phone: '13812345678',
      occupation: '退休',
      address: '锦绣花园3栋1单元101室',
      grid: '第3网格',
    },
    {
      kind: 'organisation',
      name: '锦华物业服务有限公司',
      address: '人民路8号',
      representative: '李四',
      representativeTitle: '项目经理',
      phone: '010-62345678',
    },
  ],
};

/** Every filter of the ledger set. */
const VALID_FILTER: Omit<InputOf<'cases', 'list'>, 'page' | 'pageSize'> = {
  sort: 'deadline',
  direction: 'asc',
  status: ['registered', 'accepted'],
  categoryId: 2,
  source: 'visit',
  difficulty: 'general',
  handlerId: 1,
  from: '2026-01-01',
  to: '2026-11-30',
  overdueOnly: true,
  majorOnly: true,
  q: '漏水',
};

export const intakeInputs: ValidInputsOf<'intake'> = {
  create: {
    channel: 'visit',
    personName: '张三',
    phone: '13812345678',
    unitOrAddress: '锦绣花园3栋',
    matter: '反映楼上漏水',
    materials: '照片两张',
    outcome: 'case',
    case: VALID_CASE,
  },
  list: {
    page: 0,
    pageSize: 20,
    channel: 'call',
    outcome: 'answered',
    from: '2026-11-01',
    to: '2026-11-30',
    q: '漏水',
  },
};

export const casesInputs: ValidInputsOf<'cases'> = {
  create: { ...VALID_CASE, registeredAt: '2026-11-24T08:30', intakeId: 1 },
  get: { id: 1 },
  getByCode: { code: '2026-000001' },
  list: { page: 0, pageSize: 50, ...VALID_FILTER },
  update: { id: 1, ...VALID_CASE },
  transition: {
    id: 1,
    to: 'followed_up',
    note: '电话回访',
    outcome: 'resolved',
    result: '双方达成协议',
    reason: '当事人外出',
    followUp: { at: '2026-11-28T10:00', method: '电话', note: '协议已履行', satisfaction: 'satisfied' },
  },
  escalate: { id: 1, at: '2026-11-24T10:00', to: '街道综治中心', note: '电话上报' },
  extendDeadline: { id: 1, deadline: '2026-12-01', reason: '等待鉴定结果' },
  // %PDF-1.4 — an unreadable base64 of the same length is refused by the handler (content check), still VALIDATION.
  addAttachment: { caseId: 1, fileName: '现场照片.pdf', mime: 'application/pdf', base64: 'JVBERi0xLjQK' },
  getAttachment: { id: 1 },
  categories: {},
  saveCategories: { categories: [{ id: 1, label: '婚姻家庭纠纷', active: true }] },
  dashboard: {},
  staff: {},
  exportLedger: { ...VALID_FILTER, fullIdentity: false },
  printLedger: { ...VALID_FILTER, fullIdentity: false },
  printMajorRegister: { ...VALID_FILTER, fullIdentity: false },
  columnPrefs: {},
  saveColumnPrefs: { hidden: ['amount'] },
};

export const calendarInputs: ValidInputsOf<'calendar'> = {
  getYear: { year: 2026 },
  saveYear: { year: 2027, holidays: ['2027-02-05'], workdays: ['2027-02-20'] },
  removeYear: { year: 2027 },
  preset: {},
  savePreset: { simple: 3, general: 3, complex: 5, major: 0 },
};

export const statsInputs: ValidInputsOf<'stats'> = {
  cases: { from: '2026-01', to: '2026-11' },
  exportCases: { from: '2026-11', to: '2026-11' },
};

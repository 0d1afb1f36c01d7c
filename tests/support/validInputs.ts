import { channelOf, type ActionOf, type Feature, type InputOf } from '../../shared/api/contract';
import { formatRecoveryKey } from '../../shared/recoveryKey';
import { CENTRE, DIRECTOR } from './archive';

/** A well-formed recovery key that opens nothing (checksum right, key wrong). */
export const WELL_FORMED_WRONG_KEY = formatRecoveryKey('ABCDEFGHJKMNPQRSTUVWXYZ23456789A');

/**
 * A case with every optional field filled (two parties: a person and an
 * organisation). `amount` is left out: it takes cents, so the generic
 * "a fraction" variant (+0.5) of a valid amount is itself valid.
 */
const VALID_CASE: Omit<InputOf<'cases', 'update'>, 'id'> = {
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

/**
 * One valid input per action of the contract, checked by the compiler against
 * the contract's input types (a new action without an entry here fails to
 * compile). Optional fields are filled in, so that they are exercised too.
 * "Valid" means it passes the schema; whether the call then succeeds depends on
 * the archive (e.g. ids that exist).
 */
export const VALID_INPUTS: { [F in Feature]: { [A in ActionOf<F>]: InputOf<F, A> } } = {
  session: {
    status: {},
    login: { username: DIRECTOR.username, password: DIRECTOR.password },
    logout: {},
    lock: {},
    unlock: { password: DIRECTOR.password },
    heartbeat: {},
    changePassword: { currentPassword: DIRECTOR.password, newPassword: 'director-pass-2' },
    recover: {
      recoveryKey: WELL_FORMED_WRONG_KEY,
      username: DIRECTOR.username,
      newPassword: 'director-pass-3',
    },
    loginFailures: {},
  },
  setup: {
    initialise: { ...CENTRE, director: DIRECTOR },
    recoveryKeySheet: { recoveryKey: WELL_FORMED_WRONG_KEY },
    confirmRecoveryKept: {},
  },
  accounts: {
    list: {},
    create: { username: 'zhaoxy01', displayName: '赵晓燕', role: 'staff', password: 'staff-pass-1' },
    update: { id: 1, displayName: DIRECTOR.displayName, role: 'director' },
    disable: { id: 2 },
    resetPassword: { id: 2, newPassword: 'reset-pass-1' },
  },
  audit: {
    list: {
      page: 0,
      pageSize: 20,
      from: '2026-11-01',
      to: '2026-11-30',
      actor: '王主任',
      action: 'settings.update',
      q: '设置',
    },
    verify: {},
  },
  settings: {
    get: {},
    update: { ...CENTRE, idleLockMinutes: 15, backupKeep: 5 },
  },
  maintenance: {
    listBackups: {},
    createBackup: {},
    restoreBackup: { name: 'backup-20261124-090000' },
    checkIntegrity: {},
    regenerateRecoveryKey: { currentPassword: DIRECTOR.password },
    rekey: { currentPassword: DIRECTOR.password },
  },
  intake: {
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
  },
  cases: {
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
  },
  calendar: {
    getYear: { year: 2026 },
    saveYear: { year: 2027, holidays: ['2027-02-05'], workdays: ['2027-02-20'] },
    removeYear: { year: 2027 },
    preset: {},
    savePreset: { simple: 3, general: 3, complex: 5, major: 0 },
  },
  mediation: {
    forCase: { caseId: 1 },
    get: { id: 1 },
    open: {
      caseId: 1,
      openedAt: '2026-11-24T10:00',
      source: 'application',
      intakeForm: 'application',
      requests: '请求调解赔偿事宜',
      mediators: ['王调解', '赵调解'],
      recorder: '钱记录',
      participants: '社区网格员孙某',
      place: '社区调解室',
    },
    openFromApplication: {
      case: VALID_CASE,
      mediation: {
        openedAt: '2026-11-24T10:00',
        source: 'application',
        intakeForm: 'application',
        requests: '请求调解',
        mediators: ['王调解'],
        recorder: '钱记录',
        participants: '无',
        place: '社区调解室',
      },
    },
    recordRefusal: { caseId: 1, partyName: '张三', note: '明确表示不接受调解' },
    markRightsNoticeSigned: { id: 1 },
    saveSession: {
      mediationId: 1,
      sessionId: 1,
      startedAt: '2026-11-24T10:00',
      endedAt: '2026-11-24T11:30',
      place: '社区调解室',
      attendees: '网格员孙某',
      steps: {
        announce: '宣布调解纪律',
        explain: '告知权利义务',
        statements: '双方陈述',
        questioning: '核对证据',
        persuasion: '释法说理',
      },
      outcome: '达成一致',
    },
    saveAgreement: {
      mediationId: 1,
      agreementId: 1,
      kind: 'written',
      facts: '双方因漏水发生纠纷',
      responsibility: '楼上住户负主要责任',
      terms: ['赔偿维修费三千元'],
      performance: '当场支付',
      // amount (yuan, cents allowed) is left out: any fraction the variant generator makes is a valid amount.
      performBy: '2026-12-10',
    },
    previewAgreement: { agreementId: 1, copy: 1 },
    printAgreement: { agreementId: 1, copy: 2 },
    signAgreement: { agreementId: 1, signedOn: '2026-11-24' },
    correctAgreement: { agreementId: 1, reason: '金额笔误' },
    terminate: { id: 1, reason: '一方不再接受调解', informed: true },
    scheduleFollowUp: { mediationId: 1, dueOn: '2026-12-10', reason: '回访履行情况' },
    recordFollowUp: {
      mediationId: 1,
      followUpId: 1,
      visitedAt: '2026-11-24T15:00',
      method: 'phone',
      reason: '回访履行情况',
      performance: 'performed',
      satisfaction: 'satisfied',
      risk: '无',
      note: '已履行',
      visitor: '李婷姝',
    },
    saveJudicial: {
      id: 1,
      court: '示范区人民法院',
      appliedOn: '2026-11-25',
      caseNumber: '（2026）示0101民特12号',
      ruling: 'confirmed',
      ruledOn: '2026-11-30',
      note: '裁定有效',
    },
    close: {
      id: 1,
      retention: 'D30',
      title: '张三与李四邻里纠纷调解卷',
      preventedCriminal: true,
      preventedPetition: false,
    },
    printDocument: { mediationId: 1, document: 'judicial', itemId: 1, variant: 'person-person' },
    printDossier: { id: 1 },
    dashboard: {},
    stats: { from: '2026-11', to: '2026-11' },
  },
  jobs: {
    status: { jobId: '0123456789abcdef0123456789abcdef' },
    cancel: { jobId: '0123456789abcdef0123456789abcdef' },
    result: { jobId: '0123456789abcdef0123456789abcdef' },
  },
  stats: {
    cases: { from: '2026-01', to: '2026-11' },
    exportCases: { from: '2026-11', to: '2026-11' },
  },
};

/** The valid input of a channel, e.g. `validInputOf('accounts:reset-password')`. */
export function validInputOf(channel: string): Record<string, unknown> {
  for (const [feature, actions] of Object.entries(VALID_INPUTS)) {
    for (const [action, input] of Object.entries(actions)) {
      if (channelOf(feature, action) === channel) return structuredClone(input) as Record<string, unknown>;
    }
  }
  throw new Error(`no valid input for ${channel}`);
}

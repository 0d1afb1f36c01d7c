// Valid inputs of the duty roster's actions.
import type { ValidInputsOf } from './types';

export const dutyInputs: ValidInputsOf<'duty'> = {
  setup: {},
  saveTemplate: {
    id: 2,
    name: '三班制（8 小时）',
    shifts: [
      { key: 'A', name: '早班', start: '08:00', end: '16:00', minStaff: 1 },
      { key: 'B', name: '中班', start: '16:00', end: '24:00', minStaff: 1 },
      { key: 'C', name: '夜班', start: '00:00', end: '08:00', minStaff: 1 },
    ],
    retired: false,
  },
  saveRules: { minRestHours: 12, noDayAfterNight: true, maxConsecutiveNights: 3, maxShiftsPerWeek: 5 },
  setPeople: { accountIds: [2, 3] },
  saveLeaders: { month: '2026-12', days: [{ date: '2026-12-01', name: '王主任', phone: '13800000000' }] },
  addLeave: { accountId: 2, from: '2026-12-06', to: '2026-12-06', shift: 'C', reason: '体检' },
  removeLeave: { id: 1 },
  month: { month: '2026-12' },
  generate: { month: '2026-12', templateId: 2, from: '2026-12-15' },
  saveDraft: {
    month: '2026-12',
    templateId: 2,
    assignments: [{ date: '2026-12-01', shift: 'A', personId: 2 }],
  },
  publish: { month: '2026-12', note: '按时发布' },
  requestSwap: {
    month: '2026-12',
    kind: 'swap',
    date: '2026-12-06',
    shift: 'A',
    fromId: 2,
    toId: 3,
    otherDate: '2026-12-07',
    otherShift: 'A',
    reason: '家中有事',
  },
  decideSwap: { id: 1, approve: false, note: '人手不足' },
  printRoster: { month: '2026-12' },
  exportRoster: { month: '2026-12' },
  printMine: { month: '2026-12' },
  exportMine: { month: '2026-12' },
  onDuty: {},
};

// Valid inputs of the session, setup, accounts, audit, settings, fonts, maintenance, jobs and drafts actions.
import type { ValidInputsOf } from './types';
import { formatRecoveryKey } from '../../../shared/recoveryKey';
import { CENTRE, DIRECTOR } from '../archive';

/** A well-formed recovery key that opens nothing (checksum right, key wrong). */
export const WELL_FORMED_WRONG_KEY = formatRecoveryKey('ABCDEFGHJKMNPQRSTUVWXYZ23456789A');

export const sessionInputs: ValidInputsOf<'session'> = {
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
};

export const setupInputs: ValidInputsOf<'setup'> = {
  initialise: { ...CENTRE, director: DIRECTOR },
  recoveryKeySheet: { recoveryKey: WELL_FORMED_WRONG_KEY },
  confirmRecoveryKept: {},
};

export const accountsInputs: ValidInputsOf<'accounts'> = {
  list: {},
  create: { username: 'zhaoxy01', displayName: '赵晓燕', role: 'staff', password: 'staff-pass-1' },
  update: { id: 1, displayName: DIRECTOR.displayName, role: 'director' },
  disable: { id: 2 },
  resetPassword: { id: 2, newPassword: 'reset-pass-1' },
};

export const auditInputs: ValidInputsOf<'audit'> = {
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
};

export const settingsInputs: ValidInputsOf<'settings'> = {
  get: {},
  update: { ...CENTRE, idleLockMinutes: 15, backupKeep: 5 },
};

export const fontsInputs: ValidInputsOf<'fonts'> = {
  get: {},
  // Valid for the schema; the handler then refuses it, as these bytes are no font.
  setSupplementary: { fileName: 'HanaMinB.ttf', base64: 'AAEAAAAPAIAAAwBwRkZUTQ==' },
  removeSupplementary: {},
  check: { text: '𠮷大明' },
};

export const maintenanceInputs: ValidInputsOf<'maintenance'> = {
  listBackups: {},
  createBackup: {},
  restoreBackup: { name: 'backup-20261124-090000' },
  backupTo: { folder: '/media/usb/档案备份' },
  listBackupsIn: { folder: '/media/usb/档案备份' },
  restoreFrom: { folder: '/media/usb/档案备份', name: 'backup-20261124-090000' },
  checkIntegrity: {},
  regenerateRecoveryKey: { currentPassword: DIRECTOR.password },
  rekey: { currentPassword: DIRECTOR.password },
};

export const jobsInputs: ValidInputsOf<'jobs'> = {
  status: { jobId: '0123456789abcdef0123456789abcdef' },
  cancel: { jobId: '0123456789abcdef0123456789abcdef' },
  result: { jobId: '0123456789abcdef0123456789abcdef' },
};

export const draftsInputs: ValidInputsOf<'drafts'> = {
  get: { formKey: 'intake' },
  save: { formKey: 'intake', payload: '{"personName":"周秀英"}' },
  discard: { formKey: 'intake' },
};

import { channelOf, type ActionOf, type Feature, type InputOf } from '../../shared/api/contract';
import { formatRecoveryKey } from '../../shared/recoveryKey';
import { CENTRE, DIRECTOR } from './archive';

/** A well-formed recovery key that opens nothing (checksum right, key wrong). */
export const WELL_FORMED_WRONG_KEY = formatRecoveryKey('ABCDEFGHJKMNPQRSTUVWXYZ23456789A');

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

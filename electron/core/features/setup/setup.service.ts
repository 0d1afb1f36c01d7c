import { createArchive, type SetupStage } from '../../db/create';
import type { KdfParams } from '../../db/crypto';
import type { OpenArchive } from '../../db/archive';
import { putAccount, sealForAccount } from '../../db/keyring';
import type { Account } from '../../../../shared/accounts/schemas';
import type { InitialiseInput } from '../../../../shared/setup/schemas';
import { toLocalIso } from '../../../../shared/dates';
import { insertAccount } from '../accounts/accounts.queries';
import { appendAudit } from '../audit/audit.queries';
import { putSettings } from '../settings/settings.queries';
import { writeTransaction } from '../../db/tx';

export interface InitialisedArchive {
  archive: OpenArchive;
  recoveryKey: string;
  director: Account;
  releaseLock: () => void;
}

/**
 * First run, as one atomic step (db/create.ts): the archive, the centre's
 * names and the director's account exist together or not at all. Shared by
 * the wizard's `setup:initialise` and by the kill-during-set-up tests, which
 * stop it at a chosen `onStage`.
 */
export async function initialiseArchive(
  dir: string,
  input: InitialiseInput,
  options: { now: Date; kdf?: KdfParams; onStage?: (stage: SetupStage) => void },
): Promise<InitialisedArchive> {
  const made: { director?: Account } = {};
  const created = await createArchive(dir, {
    kdf: options.kdf,
    onStage: options.onStage,
    async populate(staged) {
      const sealed = await sealForAccount(staged.keyring, staged.masterKey, input.director.password);
      const at = toLocalIso(options.now);
      return writeTransaction(staged.db, () => {
        putSettings(staged.db, {
          centreName: input.centreName,
          committeeName: input.committeeName,
          committeeShortName: input.committeeShortName,
        });
        const account = insertAccount(staged.db, {
          username: input.director.username,
          displayName: input.director.displayName,
          role: 'director',
          createdAt: at,
        });
        appendAudit(
          staged.db,
          at,
          { id: account.id, name: account.displayName },
          {
            action: 'setup.initialise',
            entity: 'archive',
            entityId: staged.keyring.archiveId,
            summary: `建立档案库“${input.centreName}”，主任账户 ${account.displayName}（${account.username}）`,
          },
        );
        made.director = account;
        return putAccount(staged.keyring, account.id, account.username, sealed);
      });
    },
  });
  if (!made.director) throw new Error('set-up returned without the director account');
  return { ...created, director: made.director };
}

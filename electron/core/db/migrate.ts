import { archiveErrors } from '../errors';
import type { Db } from './open';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { writeTransaction } from './tx';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date, one transaction per migration. An archive from
 * a newer program is refused, never downgraded. `beforeUpgrade` runs (e.g. a
 * backup) only when an existing archive is about to change.
 */
export function migrate(
  db: Db,
  beforeUpgrade?: (from: number, to: number) => void,
  migrations: readonly string[] = MIGRATIONS,
): { from: number; to: number } {
  const from = schemaVersion(db);
  const target = migrations.length;
  if (from > target) throw archiveErrors.tooNew(from, target);
  if (from === target) return { from, to: from };
  if (from > 0) beforeUpgrade?.(from, target);
  for (let v = from; v < target; v++) {
    writeTransaction(db, () => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    });
  }
  return { from, to: target };
}

export { SCHEMA_VERSION };

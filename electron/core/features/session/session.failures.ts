import type { Db } from '../../db/open';
import { newBoxKeyPair, openText } from '../../db/sealedBox';
import { formatTableDateTime } from '../../../../shared/dates';
import type { LoginFailure, LoginFailureKind, LoginFailureReport } from '../../../../shared/accounts/schemas';
import { appendAudit } from '../audit/audit.queries';
import { getFlag, setFlag } from '../settings/settings.queries';
import { previousLoginAt } from '../accounts/accounts.queries';
import { readGuard, updateGuard } from './session.guardFile';

/**
 * Failed logins written into the archive (session.guard.ts explains why they
 * wait in a sidecar first): one row in login_failures and one audit record
 * each, in the same transaction as the session's first audit.
 */

const PRIVATE_FLAG = 'loginFailureBoxPrivate';
const PUBLIC_FLAG = 'loginFailureBoxPublic';
const REPORT_ROWS = 50;

const LABEL: Record<LoginFailureKind, string> = {
  login: '登录失败',
  unlock: '解锁失败',
  recover: '恢复密钥不正确',
};

/** The key pair the sidecar seals typed names to; made once per archive, its private half stays inside. */
export function ensureFailureBox(db: Db): { publicKey: string; privateKey: string } {
  const privateKey = getFlag(db, PRIVATE_FLAG);
  const publicKey = getFlag(db, PUBLIC_FLAG);
  if (privateKey && publicKey) return { publicKey, privateKey };
  const pair = newBoxKeyPair();
  setFlag(db, PRIVATE_FLAG, pair.privateKey);
  setFlag(db, PUBLIC_FLAG, pair.publicKey);
  return pair;
}

/** What a flush leaves to do once its transaction has committed. */
export interface FailureFlush {
  dir: string;
  ids: string[];
  publicKey: string;
}

/**
 * Writes the sidecar's pending failures into the archive. Runs inside the
 * caller's transaction; `finishFailureFlush` runs after it commits. The actor is
 * the system: the failures are nobody's who is signed in now.
 */
export function storePendingFailures(db: Db, dir: string, recordedAt: string): FailureFlush {
  const box = ensureFailureBox(db);
  const pending = readGuard(dir).pending;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO login_failures (id, at, kind, username, recorded_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const p of pending) {
    const name = p.name ? openText(box.privateKey, p.name) : null;
    // Stored once even if a crash between commit and sidecar update flushes it again.
    if (insert.run(p.id, p.at, p.kind, name, recordedAt).changes === 0) continue;
    appendAudit(
      db,
      recordedAt,
      { id: null, name: '系统' },
      {
        action: `session.${p.kind}-failed`,
        entity: 'account',
        entityId: null,
        summary: `${LABEL[p.kind]}：用户名“${name ?? '（无法读取）'}”，时间 ${formatTableDateTime(p.at)}${p.at.slice(16)}`,
      },
    );
  }
  return { dir, ids: pending.map((p) => p.id), publicKey: box.publicKey };
}

/** After the commit: the stored failures leave the sidecar, which learns the archive's public key. */
export function finishFailureFlush({ dir, ids, publicKey }: FailureFlush): void {
  const state = readGuard(dir);
  if (ids.length === 0 && state.publicKey === publicKey) return;
  const done = new Set(ids);
  updateGuard(dir, (s) => {
    s.pending = s.pending.filter((p) => !done.has(p.id));
    s.publicKey = publicKey;
  });
}

/** The failures since the account's previous login, newest first (工作台 of the director). */
export function loginFailuresSince(db: Db, accountId: number): LoginFailureReport {
  const since = previousLoginAt(db, accountId);
  const from = since ?? '';
  const total = (
    db.prepare('SELECT count(*) AS n FROM login_failures WHERE at > ?').get(from) as { n: number }
  ).n;
  const recent = db
    .prepare('SELECT at, kind, username FROM login_failures WHERE at > ? ORDER BY at DESC, id LIMIT ?')
    .all(from, REPORT_ROWS) as LoginFailure[];
  return { since, total, recent };
}

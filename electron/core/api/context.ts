import type { Clock } from '../../../shared/clock';
import type { SessionUser } from '../../../shared/session/schemas';
import type { KdfParams } from '../db/crypto';
import type { OpenArchive } from '../db/archive';
import type { Db } from '../db/open';
import type { AuditEntry } from '../features/audit/audit.queries';
import type { Logger } from '../logger';
import type { JobRunner } from '../jobs/runner';
import type { JobStatus } from '../../../shared/jobs/schemas';

export interface CoreOptions {
  /** The folder holding archive.db, keyring.json and backups/. */
  archiveDir: string;
  clock?: Clock;
  log?: Logger;
  /** Key-derivation cost; tests may lower it, the app never does. */
  kdf?: KdfParams;
  /**
   * Archives above this many pages are opened without the quick_check, which
   * then runs as a job beside the session (default 20 000 pages, ~80 MB).
   */
  deferCheckAbovePages?: number;
  /** How long after the sign-in that check starts (default 5 s; tests use 0). */
  archiveCheckDelayMs?: number;
  /** Hears every change of every job, in order (the tests that prove progress order). */
  onJobProgress?: (status: JobStatus) => void;
}

/** The one session the app holds (desktop window or browser tab alike). */
export interface CoreState {
  archive: OpenArchive | null;
  user: SessionUser | null;
  /** Idle-locked: the archive is closed and the key dropped; `user` is kept for the lock screen. */
  locked: boolean;
  lastActivity: number;
  /** A recovery key shown but not yet confirmed as kept; only in memory. */
  pendingRecoveryKey: string | null;
  /** What the background quick_check found: every call answers ARCHIVE_CORRUPT, the next unlock checks first. */
  corruption: string | null;
  /** Releases the in-use lock file, held from the first unlock until shutdown. */
  releaseLock: (() => void) | null;
}

/** What a handler gets: the time, the session, and a transaction with its audit record. */
export interface CallContext {
  readonly options: Required<Omit<CoreOptions, 'kdf' | 'onJobProgress'>> & { kdf: KdfParams | undefined };
  readonly state: CoreState;
  /** The long work of this core, each job in a thread of its own. */
  readonly jobs: JobRunner;
  now(): Date;
  /** The open archive of the signed-in user (access already checked). */
  archive(): OpenArchive;
  user(): SessionUser;
  read<T>(fn: (db: Db) => T): T;
  /**
   * Runs `fn` in one transaction; every write records at least one audit entry
   * in that same transaction (rules of the house 4), or nothing is kept.
   */
  write<T>(fn: (db: Db, audit: (entry: AuditEntry) => void) => T): T;
}

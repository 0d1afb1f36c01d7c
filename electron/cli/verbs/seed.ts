import { createCore } from '../../core/app';
import { AppError } from '../../core/errors';
import { archiveExists, unlockWithPassword } from '../../core/db/archive';
import { unfinishedSetup } from '../../core/db/unfinishedSetup';
import { seedCases } from '../../core/features/cases/cases.seed';
import { seedMediations } from '../../core/features/mediation/mediation.seed';
import { seedArchiveRoom } from '../../core/features/archive/archive.seed';
import { seedDutyRosters } from '../../core/features/duty/duty.seed';
import { seedWatch } from '../../core/features/watch/watch.seed';
import type { Result } from '../../../shared/api/result';
import type { Clock } from '../../../shared/clock';
import type { Account } from '../../../shared/accounts/schemas';
import type { Role } from '../../../shared/accounts/roles';
import { archiveDirOf, out, secretFromStdin, stringFlag, UsageError, type Flags } from '../io';
import { CLEARED_UNFINISHED } from './init';

/** The demo centre: fixed names so every seeded archive looks the same. */
export const DEMO_CENTRE = {
  centreName: '示范社区综治中心',
  committeeName: '示范社区人民调解委员会',
  committeeShortName: '示范',
};
export const DEMO_DIRECTOR = { username: 'wangzr', displayName: '王建国' };
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: 'lits', displayName: '李婷姝', role: 'staff' },
  { username: 'chenyan', displayName: '陈䶮', role: 'staff' },
  { username: 'zhangzb', displayName: '张志斌', role: 'operator' },
  { username: 'liuk', displayName: '刘堃', role: 'operator' },
  { username: 'zhaoda', displayName: '赵德安', role: 'archivist' },
];
/**
 * The video-monitoring room's operators besides the two above, added with the duty roster: eight
 * on duty in all, as a 24-hour room needs (three 8-hour shifts, at most five a week each, leave).
 */
export const DUTY_OPERATORS: { username: string; displayName: string; role: Role }[] = [
  { username: 'sunhr', displayName: '孙浩然', role: 'operator' },
  { username: 'zhoumin', displayName: '周敏', role: 'operator' },
  { username: 'wuzhe', displayName: '吴喆', role: 'operator' },
  { username: 'zhengxue', displayName: '郑雪', role: 'operator' },
  { username: 'fengl', displayName: '冯磊', role: 'operator' },
  { username: 'hejing', displayName: '何静', role: 'operator' },
];

function must<T>(r: Result<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value as T;
}

function countFlag(flags: Flags, name: string): number | null {
  const raw = stringFlag(flags, name);
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
    throw new UsageError(`参数 --${name} 应为 0 到 1000000 之间的整数。`);
  return n;
}

/** Mediations added to a seeded ledger unless `--mediations N` says otherwise: a demo, not the bench's 20 000. */
export const DEMO_MEDIATIONS = 40;
/** Of those, how many are printed for real (agreement PDF kept, dossier pages counted); the rest are written in bulk. */
const PRINTED_MEDIATIONS = 6;

/**
 * The archive room grows with the ledger: one catalogue item for every 20 cases (5 000 at the bench's
 * 100 000, the design's budget size), at least a few dozen, and six loans an item (30 000).
 */
export const demoArchiveItems = (cases: number) => Math.max(40, Math.round(cases / 20));
export const LOANS_PER_ITEM = 6;
/**
 * Months of published duty roster with the ledger: three years at the design's seeded size, one year with
 * a small test ledger (a second a year on a busy machine would add to every test that seeds).
 */
export const demoRosterMonths = (cases: number) => (cases >= 10_000 ? 36 : 12);
/** Duty-log entries over the rostered months: the 200 000 at the design's size, a small desk's worth otherwise. */
export const demoWatchEvents = (cases: number) => (cases >= 10_000 ? 200_000 : 2_000);

/**
 * `seed`: a deterministic demo archive (accounts, then `--cases N` ledger
 * cases with their intakes, then `--mediations N` people's mediations on the
 * cases sent to mediation, their closed dossiers filed in the catalogue, then
 * the archive room: `--items N` catalogue items and `--loans N` loans, then
 * `--rosters N` months of published duty roster with the operators who take
 * them, then `--watch-events N` duty-log entries with the watch's shifts, faults,
 * handovers and footage requests; each module extends it). Every demo account gets the password read from standard
 * input. Idempotent: an existing archive gains only what it lacks (cases are
 * added only to an archive that has none, mediations only to one that has
 * none, the archive room only to one without items other than dossiers, the
 * roster only to one without any).
 */
export async function seedVerb(flags: Flags, _args: string[], clock: Clock): Promise<void> {
  const dir = archiveDirOf(flags);
  const cases = countFlag(flags, 'cases');
  const mediations = countFlag(flags, 'mediations') ?? DEMO_MEDIATIONS;
  const items = countFlag(flags, 'items') ?? (cases ? demoArchiveItems(cases) : 0);
  const loans = countFlag(flags, 'loans') ?? items * LOANS_PER_ITEM;
  const rosters = countFlag(flags, 'rosters') ?? (cases ? demoRosterMonths(cases) : 0);
  if (rosters > 120) throw new UsageError('参数 --rosters 为值班表的月数，不超过 120。');
  const watchEvents = countFlag(flags, 'watch-events') ?? (rosters ? demoWatchEvents(cases ?? 0) : 0);
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const core = createCore({ archiveDir: dir, clock });
  try {
    if (!archiveExists(dir)) {
      const unfinished = unfinishedSetup(dir) !== null;
      const { recoveryKey } = must<{ recoveryKey: string }>(
        await core.call('setup:initialise', { ...DEMO_CENTRE, director: { ...DEMO_DIRECTOR, password } }),
      );
      must(await core.call('setup:confirm-recovery-kept', {}));
      if (unfinished) out(CLEARED_UNFINISHED);
      out(`已建立示范档案库：${dir}`);
      out(`恢复密钥：${recoveryKey}`);
    } else {
      must(await core.call('session:login', { username: DEMO_DIRECTOR.username, password }));
    }
    const existing = new Set(must<Account[]>(await core.call('accounts:list', {})).map((a) => a.username));
    let added = 0;
    const accounts = rosters ? [...DEMO_ACCOUNTS, ...DUTY_OPERATORS] : DEMO_ACCOUNTS;
    for (const account of accounts) {
      if (existing.has(account.username)) continue;
      must(await core.call('accounts:create', { ...account, password }));
      added++;
    }
    out(`示范账户：新增 ${added} 个，共 ${accounts.length + 1} 个（主任 ${DEMO_DIRECTOR.username}）`);
    must(await core.call('session:logout', {}));
  } finally {
    core.shutdown();
  }
  if (cases) await seedLedger(dir, password, cases, clock());
  // Mediations go with the ledger: asked for with --cases (the default demo number) or --mediations N.
  if (mediations && (cases || flags.has('mediations')))
    await seedMediationLedger(dir, password, mediations, clock());
  // The archive room goes with the ledger too, or alone with --items N.
  if (items) await seedArchive(dir, password, items, loans, clock());
  // The duty roster goes with the ledger, or alone with --rosters N.
  if (rosters) await seedRosters(dir, password, rosters, clock());
  // The watch follows the published rosters: its shifts are theirs.
  if (watchEvents) await seedWatchLog(dir, password, watchEvents, clock());
}

/** Points, shifts, the duty log, faults, handovers and footage requests (watch.seed.ts), added only to an archive without shifts. */
async function seedWatchLog(dir: string, password: string, events: number, now: Date) {
  const { archive } = await unlockWithPassword(dir, DEMO_DIRECTOR.username, password, { lock: true });
  try {
    const db = archive.db;
    const existing = (db.prepare('SELECT count(*) AS n FROM watch_shifts').get() as { n: number }).n;
    if (existing > 0) {
      out(`示范值班记录：档案库中已有 ${existing} 个班次的值班记录，未再添加`);
      return;
    }
    const started = Date.now();
    const r = seedWatch(db, { events, now });
    if (r.shifts === 0) {
      out('示范值班记录：档案库中没有已发布的值班表，未添加（请先用 --rosters 生成值班表）');
      return;
    }
    out(
      `示范值班记录：点位 ${r.points} 个，${r.first?.slice(0, 10)} 至 ${r.last?.slice(0, 10)} 值班 ${r.shifts} 班，值班记录 ${r.events} 条（派遣 ${r.dispatches} 次，转入台账 ${r.linkedCases} 件），设备故障 ${r.faults} 起，交接班 ${r.handovers} 次，录像调取 ${r.footage} 次，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  } finally {
    archive.close();
  }
}

/** Published months of duty roster (duty.seed.ts), added only to an archive without a roster. */
async function seedRosters(dir: string, password: string, months: number, now: Date) {
  const { archive } = await unlockWithPassword(dir, DEMO_DIRECTOR.username, password, { lock: true });
  try {
    const db = archive.db;
    const existing = (
      db.prepare('SELECT count(DISTINCT month) AS n FROM duty_rosters').get() as { n: number }
    ).n;
    if (existing > 0) {
      out(`示范值班表：档案库中已有 ${existing} 个月的值班表，未再添加`);
      return;
    }
    const started = Date.now();
    const r = seedDutyRosters(db, { months, now });
    out(
      `示范值班表：${r.first} 至 ${r.last} 共 ${r.months} 个月已发布（${r.people} 人值班，共 ${r.versions} 版），请假 ${r.leave} 天次，调班批准 ${r.approved} 次、不予批准 ${r.refused} 次、待审批 ${r.waiting} 次，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  } finally {
    archive.close();
  }
}

/** Catalogue items, boxes and loans (archive.seed.ts), added only to an archive without items of its own. */
async function seedArchive(dir: string, password: string, items: number, loans: number, now: Date) {
  const { archive } = await unlockWithPassword(dir, DEMO_DIRECTOR.username, password, { lock: true });
  try {
    const db = archive.db;
    const existing = (
      db.prepare('SELECT count(*) AS n FROM archive_items WHERE mediation_id IS NULL').get() as { n: number }
    ).n;
    if (existing > 0) {
      out(`示范档案：档案库中已有 ${existing} 件档案（调解卷宗之外），未再添加`);
      return;
    }
    const started = Date.now();
    const r = seedArchiveRoom(db, { items, loans, now });
    out(
      `示范档案：著录 ${r.items} 件（另有调解卷宗 ${r.dossiers} 件），装盒 ${r.boxes} 盒，借阅记录 ${r.loans} 条，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  } finally {
    archive.close();
  }
}

/** The ledger: written straight into the archive in large transactions (100 000 cases in seconds, not hours of API calls). */
async function seedLedger(dir: string, password: string, count: number, now: Date): Promise<void> {
  const { archive } = await unlockWithPassword(dir, DEMO_DIRECTOR.username, password, { lock: true });
  try {
    const existing = (archive.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    if (existing > 0) {
      out(`示范案件：档案库中已有 ${existing} 件案件，未再添加`);
      return;
    }
    const started = Date.now();
    const r = seedCases(archive.db, { count, now });
    out(
      `示范案件：新增 ${r.cases} 件（${r.firstCode} 至 ${r.lastCode}），首问登记 ${r.intakes} 条，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  } finally {
    archive.close();
  }
}

/**
 * People's mediations on the seeded cases that went to mediation (mediation.seed.ts), the
 * first ones printed for real; nothing is added to an archive without cases or with mediations.
 */
async function seedMediationLedger(dir: string, password: string, count: number, now: Date): Promise<void> {
  const { archive } = await unlockWithPassword(dir, DEMO_DIRECTOR.username, password, { lock: true });
  try {
    const db = archive.db;
    const existing = (db.prepare('SELECT count(*) AS n FROM mediations').get() as { n: number }).n;
    if (existing > 0) {
      out(`示范调解：档案库中已有 ${existing} 件人民调解，未再添加`);
      return;
    }
    if ((db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n === 0) return;
    const started = Date.now();
    const r = await seedMediations(db, { count, now, documents: PRINTED_MEDIATIONS });
    out(
      `示范调解：新增 ${r.mediations} 件（书面协议 ${r.written} 件，口头协议 ${r.oral} 件，终止 ${r.terminated} 件，调解中 ${r.open} 件；结案归卷 ${r.closed} 件），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  } finally {
    archive.close();
  }
}

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { getAccount } from '../../core/features/accounts/accounts.queries';
import { appendAudit } from '../../core/features/audit/audit.queries';
import { getSettings } from '../../core/features/settings/settings.queries';
import { auditStatsExport, statsXlsx, ZERO_REPORT_LINE } from '../../core/features/stats/stats.export';
import { caseStats } from '../../core/features/stats/stats.queries';
import { mediationStats } from '../../core/features/mediation/mediation.stats';
import { archiveStats } from '../../core/features/archive/archive.stats';
import { ROLE_LABELS } from '../../../shared/accounts/roles';
import { contract } from '../../../shared/api/contract';
import { validate } from '../../../shared/api/validation';
import { toLocalDate, toLocalIso } from '../../../shared/dates';
import { periodLabel } from '../../../shared/stats/months';
import { statsInput } from '../../../shared/stats/schemas';
import { archiveDirOf, out, requiredFlag, stringFlag, UsageError, type Flags } from '../io';
import { unlockFromFlags } from '../unlock';
import { writeTransaction } from '../../core/db/tx';

/** `--month M`, or `--from M --to M` (either alone is one month). */
function periodOf(flags: Flags): { from: string; to: string } {
  const month = stringFlag(flags, 'month');
  const from = stringFlag(flags, 'from');
  const to = stringFlag(flags, 'to');
  if (month && (from || to)) throw new UsageError('--month 与 --from/--to 只能选用一种。');
  if (month) return { from: month, to: month };
  if (!from && !to)
    throw new UsageError('请用 --month 2026-11 指明月份，或用 --from 2026-01 --to 2026-12 指明统计区间。');
  return { from: (from ?? to)!, to: (to ?? from)! };
}

/**
 * `export stats --month YYYY-MM | --from YYYY-MM --to YYYY-MM --out F.xlsx`:
 * the 矛盾纠纷排查调处情况统计表 and its 人民调解 and 档案借阅 sheets exactly as the app exports
 * them (same queries, same workbook), for the monthly report upward; recorded in the audit trail.
 * Only the roles that may see the statistics in the app (contract) may export them.
 */
export async function exportStatsVerb(flags: Flags): Promise<void> {
  const target = resolve(requiredFlag(flags, 'out'));
  const parsed = validate(statsInput, periodOf(flags));
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.message);
  const dir = archiveDirOf(flags);
  const { archive, actor } = await unlockFromFlags(flags, dir);
  try {
    const db = archive.db;
    const account = actor.id === null ? null : getAccount(db, actor.id);
    const allowed = contract.stats.exportCases.access as readonly string[];
    if (account && !allowed.includes(account.role))
      throw new AppError('FORBIDDEN', `您的角色（${ROLE_LABELS[account.role]}）无权导出统计表。`);
    const now = new Date();
    const stats = caseStats(db, parsed.value);
    const mediation = mediationStats(db, parsed.value);
    const loans = archiveStats(db, parsed.value, toLocalDate(now));
    const bytes = await statsXlsx({
      centreName: getSettings(db).centreName,
      exportedAt: now,
      stats,
      mediation,
      archive: loans,
    });
    writeFileSync(target, bytes);
    writeTransaction(db, () =>
      appendAudit(db, toLocalIso(now), actor, auditStatsExport(stats, '命令行', mediation)),
    );
    out(`已导出统计表（${periodLabel(stats.period)}，受理 ${stats.period.total} 件）：${target}`);
    if (stats.zeroReport) out(ZERO_REPORT_LINE);
    out(
      `人民调解：受理 ${mediation.period.accepted} 件，调解成功 ${mediation.period.succeeded} 件（见工作表“人民调解”）`,
    );
  } finally {
    archive.close();
  }
}

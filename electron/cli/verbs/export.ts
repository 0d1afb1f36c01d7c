import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { getAccount } from '../../core/features/accounts/accounts.queries';
import { appendAudit } from '../../core/features/audit/audit.queries';
import { describeFilter, ledgerLines, ledgerXlsx } from '../../core/features/cases/cases.export';
import { getSettings } from '../../core/features/settings/settings.queries';
import { validate } from '../../../shared/api/validation';
import { exportLedgerInput } from '../../../shared/cases/schemas';
import { toLocalDate, toLocalIso } from '../../../shared/dates';
import { archiveDirOf, out, requiredFlag, stringFlag, UsageError, type Flags } from '../io';
import { unlockFromFlags } from '../unlock';
import { exportStatsVerb } from './exportStats';
import { exportCatalogueVerb, exportLoansVerb } from './exportArchive';
import { exportRosterVerb } from './roster';
import type { Clock } from '../../../shared/clock';
import { writeTransaction } from '../../core/db/tx';

/**
 * `export <what>`: bulk exports for the director's own files. Each kind is a
 * sub-verb here (`ledger`; statistics add theirs beside it).
 */
const EXPORTS: Record<string, (flags: Flags, clock: Clock) => Promise<void>> = {
  ledger: exportLedger,
  stats: exportStatsVerb,
  catalogue: exportCatalogueVerb,
  loans: exportLoansVerb,
  roster: exportRosterVerb,
};

export async function exportVerb(flags: Flags, args: string[], clock: Clock): Promise<void> {
  const what = args[0];
  const run = what ? EXPORTS[what] : undefined;
  if (!run) throw new UsageError(`请指明导出内容：export ${Object.keys(EXPORTS).join(' | ')}`);
  await run(flags, clock);
}

/**
 * `export ledger --out F.xlsx [--from D --to D] [--full-identity]`: the ledger
 * as the app exports it. Whole ID numbers and phones only for a director's
 * account, and that export is recorded in the audit trail like every other.
 */
async function exportLedger(flags: Flags): Promise<void> {
  const target = resolve(requiredFlag(flags, 'out'));
  const parsed = validate(exportLedgerInput, {
    from: stringFlag(flags, 'from'),
    to: stringFlag(flags, 'to'),
    fullIdentity: flags.has('full-identity') || undefined,
  });
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.message);
  const { fullIdentity, ...filter } = parsed.value;
  const dir = archiveDirOf(flags);
  const { archive, actor } = await unlockFromFlags(flags, dir);
  try {
    const db = archive.db;
    const account = actor.id === null ? null : getAccount(db, actor.id);
    if (fullIdentity && account?.role !== 'director')
      throw new AppError('FORBIDDEN', '只有主任账户可以导出完整的身份证号和联系电话。');
    const now = new Date();
    const lines = ledgerLines(db, filter, toLocalDate(now), !!fullIdentity);
    const filterText = describeFilter(db, filter);
    const bytes = await ledgerXlsx({
      centreName: getSettings(db).centreName,
      filterText,
      exportedAt: now,
      lines,
    });
    writeFileSync(target, bytes);
    writeTransaction(db, () => {
      const at = toLocalIso(now);
      const what = '命令行导出台账（Excel）';
      appendAudit(db, at, actor, {
        action: 'cases.export',
        entity: 'case',
        summary: `${what}（${lines.length} 件；筛选：${filterText}）${fullIdentity ? '，含完整身份证号和联系电话' : ''}`,
      });
      if (fullIdentity)
        appendAudit(db, at, actor, {
          action: 'cases.export-full-identity',
          entity: 'case',
          summary: `${what}含完整身份证号和联系电话（${lines.length} 件；筛选：${filterText}）`,
        });
    });
    out(`已导出台账 ${lines.length} 件（${filterText}）：${target}`);
  } finally {
    archive.close();
  }
}

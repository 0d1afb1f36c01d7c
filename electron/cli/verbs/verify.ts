import { AppError, archiveErrors } from '../../core/errors';
import { schemaVersion } from '../../core/db/migrate';
import { checkIntegrity } from '../../core/db/open';
import { tableCounts } from '../../core/db/backup';
import { verifyAuditChain } from '../../core/features/audit/audit.queries';
import { archiveDirOf, out, type Flags } from '../io';
import { unlockFromFlags } from '../unlock';

/** `verify`: unlock, integrity check (quick, or `--full`), schema version, audit chain. */
export async function verifyVerb(flags: Flags): Promise<void> {
  const dir = archiveDirOf(flags);
  const { archive } = await unlockFromFlags(flags, dir);
  try {
    const full = flags.has('full');
    const problems = checkIntegrity(archive.db, full ? 'full' : 'quick');
    const chain = verifyAuditChain(archive.db);
    const counts = tableCounts(archive.db);
    out(`档案库：${dir}`);
    out(`数据版本：${schemaVersion(archive.db)}`);
    out(
      `${full ? '完整' : '快速'}完整性检查：${problems.length ? `发现问题：${problems.slice(0, 5).join('；')}` : '正常'}`,
    );
    out(`操作日志：${chain.checked} 条，${chain.ok ? '链条完整' : `异常：${chain.problem ?? ''}`}`);
    out(`账户：${counts.accounts ?? 0} 个`);
    if (problems.length) throw archiveErrors.corrupt(problems[0]);
    if (!chain.ok) throw new AppError('ARCHIVE_CORRUPT', `操作日志校验未通过：${chain.problem ?? ''}`);
  } finally {
    archive.close();
  }
}

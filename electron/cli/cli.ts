import type { Clock } from '../../shared/clock';
import { assertRuntimeSupported } from '../core/app';
import { AppError } from '../core/errors';
import { parseArgs } from '../core/host/args';
import { UsageError } from './io';
import { backupVerb } from './verbs/backup';
import { exportVerb } from './verbs/export';
import { importVerb } from './verbs/import';
import { initVerb } from './verbs/init';
import { printVerb } from './verbs/print';
import { restoreVerb } from './verbs/restore';
import { seedVerb } from './verbs/seed';
import { verifyVerb } from './verbs/verify';

/**
 * `npm run archive -- <verb> [--dir <archive folder>] [options]` (design.md,
 * "The command line"). Exit 0 on success; otherwise one Chinese line on stderr
 * and a non-zero code: 1 for a refused operation, 2 for wrong usage. The clock
 * is the caller's: the shipped entry (archive.ts) passes the system clock, and
 * only the test suite's entry (tests/support/pinnedArchive.ts) pins it.
 */
type Verb = (flags: Map<string, string | true>, args: string[], clock: Clock) => Promise<void>;

const VERBS: Record<string, Verb> = {
  init: initVerb,
  verify: verifyVerb,
  backup: backupVerb,
  restore: restoreVerb,
  seed: seedVerb,
  export: exportVerb,
  import: importVerb,
  print: printVerb,
};

const USAGE = `用法：npm run archive -- <命令> [--dir 档案库文件夹] [选项]
  init    --centre 名称 --director 主任姓名 [--username 登录名] --password-stdin
  verify  --password-stdin [--user 登录名] [--full] | --recovery-key-stdin
  backup  --password-stdin [--to 文件夹] [--scheduled]
  restore --from 备份文件夹 --password-stdin | --recovery-key-stdin
  seed    --password-stdin [--cases 数量] [--mediations 数量] [--items 数量] [--loans 数量] [--rosters 月数] [--watch-events 数量]
  export ledger --out 文件.xlsx --password-stdin [--from 日期 --to 日期] [--full-identity]
  export stats  --out 文件.xlsx --password-stdin --month 2026-11 | --from 2026-01 --to 2026-12
  export catalogue --out 文件.xlsx --password-stdin [--user 登录名] [--year 年度] [--category 门类] [--retention Y|D30|D10] [--box 盒号]
  export loans  --out 文件.xlsx --password-stdin [--user 登录名] --from 日期 --to 日期
  export roster --month 2026-12 --out 文件.xlsx --password-stdin [--user 登录名] [--mine]
  print agreement --case 案件编号 --out 文件.pdf --password-stdin [--user 登录名] [--copy 份号]
  print application|register|rights|record|oral|notice|followup|judicial|dossier --case 案件编号
        --out 文件.pdf --password-stdin [--user 登录名] [--session 次数] [--variant person-person|person-organisation]
  print catalogue --out 文件.pdf --password-stdin [--user 登录名] [--year 年度] [--category 门类] [--retention Y|D30|D10] [--box 盒号]
  print loans     --from 日期 --to 日期 --out 文件.pdf --password-stdin [--user 登录名]
  print recall    --loan 借阅编号 | --code 档号 --out 文件.pdf --password-stdin [--user 登录名]
  print spine     --box 盒号[,盒号…] --out 文件.pdf --password-stdin [--user 登录名]
  print roster    --month 2026-12 --out 文件.pdf --password-stdin [--user 登录名] [--mine]
  print dutylog   --month 2026-11 --out 文件.pdf --password-stdin [--user 登录名]
  print handover  --id 交接班记录编号 --out 文件.pdf --password-stdin [--user 登录名]
  print footage   --from 日期 --to 日期 --out 文件.pdf --password-stdin [--user 登录名]
  import ledger|catalogue --file 文件.xlsx|文件.csv --password-stdin [--user 登录名] [--mapping 对应.json] [--dry-run] [--errors 问题清单.xlsx]`;

/** Runs one verb; resolves to the exit code. */
export async function runArchiveCli(argv: string[], clock: Clock): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const verb = positional[0];
  if (!verb || flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return verb || flags.has('help') ? 0 : 2;
  }
  const run = VERBS[verb];
  if (!run) {
    process.stderr.write(`未知命令：${verb}\n${USAGE}\n`);
    return 2;
  }
  try {
    assertRuntimeSupported(process.versions);
    // Audit records, print logs and agreement numbers take their time from the PC's clock only.
    if (flags.has('now'))
      throw new UsageError(
        '命令行不接受 --now：档案库的时间只取本机系统时钟（操作日志、打印记录和协议编号都据此记载）。',
      );
    await run(flags, positional.slice(1), clock);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    process.stderr.write(`操作失败：${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

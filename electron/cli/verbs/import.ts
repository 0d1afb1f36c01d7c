import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../core/errors';
import type { Clock } from '../../../shared/clock';
import type { ImportInspection, ImportReport } from '../../../shared/import/schemas';
import { inAccountSession } from '../account';
import { out, requiredFlag, stringFlag, UsageError, type Flags } from '../io';

/**
 * `import ledger|catalogue --file F [--mapping M.json] [--dry-run] [--errors E.xlsx]`
 * (issue 14, item 6): the same jobs as the app's 导入旧记录 page under the
 * director's account — the file read and its mapping proposed (or remembered,
 * or taken from M.json), every row checked, and unless `--dry-run` the good
 * rows imported — printing the same report the page shows.
 */
export async function importVerb(flags: Flags, args: string[], clock: Clock): Promise<void> {
  const kind = args[0];
  if (kind !== 'ledger' && kind !== 'catalogue')
    throw new UsageError(
      '请指明导入内容：import ledger（矛盾纠纷台账）或 import catalogue（档案目录）--file 文件.xlsx|文件.csv',
    );
  const path = resolve(requiredFlag(flags, 'file'));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('VALIDATION', `无法读取文件 ${path}。`);
  }
  const input = {
    fileName: basename(path),
    base64: bytes.toString('base64'),
    ...mappingOf(flags),
  };
  const errorsTo = stringFlag(flags, 'errors');
  const report = await inAccountSession(
    flags,
    clock,
    '导入须写明导入人：请用 --password-stdin 以主任账户导入。',
    async (s) => {
      const seen = await s.job<ImportInspection>(`imports:inspect-${kind}`, input);
      out(
        `工作表「${seen.sheet}」，表头在第 ${seen.headerRow} 行，共 ${seen.dataRows} 行数据${seen.remembered ? '（沿用上次的栏目对应）' : ''}。`,
      );
      out(
        `栏目对应：${seen.labels
          .map((l, i) => `${l} → ${seen.targets.find((t) => t.key === seen.mapping[i])?.label ?? '不导入'}`)
          .join('；')}`,
      );
      const full = { ...input, mapping: seen.mapping };
      return s.job<ImportReport>(`imports:${flags.has('dry-run') ? 'check' : 'import'}-${kind}`, full);
    },
  );
  out(
    `${flags.has('dry-run') ? '检查完毕（未导入）' : `已导入 ${report.imported} ${kind === 'ledger' ? '件案件' : '件档案'}`}：可导入 ${report.valid} 行，其中有改动 ${report.changed} 行；` +
      `不能导入 ${report.refused} 行；此前已导入 ${report.repeated} 行。`,
  );
  for (const p of report.problems)
    out(
      `  第 ${p.row} 行（${{ refused: '不能导入', changed: '有改动', repeated: '已导入过' }[p.kind]}）：${p.messages.join('；')}`,
    );
  if (report.problemCount > report.problems.length)
    out(`  ……共 ${report.problemCount} 行，完整清单见 --errors 工作簿。`);
  if (errorsTo && report.problemsFile) {
    writeFileSync(resolve(errorsTo), Buffer.from(report.problemsFile.base64, 'base64'));
    out(`问题清单：${resolve(errorsTo)}`);
  }
}

/**
 * `--mapping M.json`: `{ "mapping": ["legacyCode", null, …], "categories": { "土地纠纷": "new" } }`
 * — the column mapping and the decisions for unknown 纠纷类型 (for a catalogue,
 * unknown 门类 to a 门类 code: `{ "会议纪要": "HY" }`); the core checks them as it does the page's.
 */
function mappingOf(flags: Flags): {
  mapping?: (string | null)[];
  categories?: Record<string, number | string>;
} {
  const file = stringFlag(flags, 'mapping');
  if (!file) return {};
  try {
    const json = JSON.parse(readFileSync(resolve(file), 'utf8')) as {
      mapping?: (string | null)[];
      categories?: Record<string, number | string>;
    };
    return {
      ...(json.mapping ? { mapping: json.mapping } : {}),
      ...(json.categories ? { categories: json.categories } : {}),
    };
  } catch {
    throw new AppError('VALIDATION', `无法读取栏目对应文件 ${file}（应为 JSON）。`);
  }
}

import type { Db } from '../../db/open';
import { defineJob, type JobScope } from '../../jobs/types';
import type { ImportLedgerInput } from '../../../../shared/import/schemas';
import { analyseLedger, newCategoryId, type LedgerAnalysis } from './imports.ledger';
import { inspection, report } from './imports.report';
import { writeLedger } from './imports.write';

/**
 * 台账导入 as three jobs on the same analysis (issue 14): read the file and
 * propose a mapping (inspect), judge every row without writing (check, the
 * dry run), and import — each in a thread of its own, so a 100 000-row file
 * never holds the window or the core's thread.
 */
const analyse = (scope: JobScope, input: ImportLedgerInput) =>
  analyseLedger(scope.db, input, (done, total, phase) => scope.progress(done, total, phase));

/** 纠纷类型 names by id, the ones this import would add included. */
function categoryNames(db: Db, a: LedgerAnalysis): Map<number, string> {
  const rows = db.prepare('SELECT id, label FROM case_categories').all() as { id: number; label: string }[];
  const names = new Map(rows.map((r) => [r.id, r.label]));
  a.newCategories.forEach((name, i) => names.set(newCategoryId(i), `${name}（新增）`));
  return names;
}

export const inspectLedgerJob = defineJob<'imports', 'inspectLedger'>()({
  label: (input) => `读取「${input.fileName}」`,
  async run(scope, input) {
    const a = await analyse(scope, input);
    return inspection(a, categoryNames(scope.db, a));
  },
  finish: (_ctx, _input, result) => result,
});

export const checkLedgerJob = defineJob<'imports', 'checkLedger'>()({
  label: (input) => `检查「${input.fileName}」`,
  async run(scope, input) {
    return report(await analyse(scope, input), 0, scope.now);
  },
  finish: (_ctx, _input, result) => result,
});

export const importLedgerJob = defineJob<'imports', 'importLedger'>()({
  label: (input) => `导入「${input.fileName}」`,
  writes: '导入旧台账',
  async run(scope, input) {
    const a = await analyse(scope, input);
    const actor = { id: scope.user.id, name: scope.user.displayName };
    const { imported } = writeLedger(scope.db, a, actor, scope.now, (done, total, phase) =>
      scope.progress(done, total, phase),
    );
    return report(a, imported, scope.now);
  },
  // The thread wrote the cases and their audit record in one transaction: nothing is left to write here.
  finish: (_ctx, _input, result) => result,
});

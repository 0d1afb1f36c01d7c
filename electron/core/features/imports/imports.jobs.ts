import type { Db } from '../../db/open';
import { defineJob, type JobScope } from '../../jobs/types';
import type { ImportCatalogueInput, ImportLedgerInput } from '../../../../shared/import/schemas';
import { CATALOGUE_TARGETS } from '../../../../shared/import/catalogueTargets';
import { LEDGER_TARGETS } from '../../../../shared/import/ledgerTargets';
import { analyseCatalogue, type CatalogueAnalysis } from './imports.catalogue';
import { writeCatalogue } from './imports.catalogueWrite';
import { analyseLedger, newCategoryId, type LedgerAnalysis } from './imports.ledger';
import { writeLedger } from './imports.ledgerWrite';
import { cataloguePreview, ledgerPreview } from './imports.preview';
import { inspection, report } from './imports.report';

/**
 * 台账 and 档案目录 imports, each as three jobs on the same analysis (issue
 * 14): read the file and propose a mapping (inspect), judge every row without
 * writing (check, the dry run), and import — each in a thread of its own, so
 * a 100 000-row file never holds the window or the core's thread.
 */
const progressOf = (scope: JobScope) => (done: number, total: number, phase: string) =>
  scope.progress(done, total, phase);
const actorOf = (scope: JobScope) => ({ id: scope.user.id, name: scope.user.displayName });

const analyseL = (scope: JobScope, input: ImportLedgerInput) =>
  analyseLedger(scope.db, input, progressOf(scope), scope.now);
const analyseC = (scope: JobScope, input: ImportCatalogueInput) =>
  analyseCatalogue(scope.db, input, progressOf(scope));

/** 纠纷类型 names by id, the ones this import would add included. */
function caseCategoryNames(db: Db, a: LedgerAnalysis): Map<number, string> {
  const rows = db.prepare('SELECT id, label FROM case_categories').all() as { id: number; label: string }[];
  const names = new Map(rows.map((r) => [r.id, r.label]));
  a.newCategories.forEach((name, i) => names.set(newCategoryId(i), `${name}（新增）`));
  return names;
}

function archiveCategoryNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT code, name FROM archive_categories').all() as {
    code: string;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}

export const inspectLedgerJob = defineJob<'imports', 'inspectLedger'>()({
  label: (input) => `读取「${input.fileName}」`,
  async run(scope, input) {
    const a = await analyseL(scope, input);
    return inspection(a, LEDGER_TARGETS, ledgerPreview(caseCategoryNames(scope.db, a)));
  },
  finish: (_ctx, _input, result) => result,
});

export const checkLedgerJob = defineJob<'imports', 'checkLedger'>()({
  label: (input) => `检查「${input.fileName}」`,
  async run(scope, input) {
    return report(await analyseL(scope, input), 0, scope.now);
  },
  finish: (_ctx, _input, result) => result,
});

export const importLedgerJob = defineJob<'imports', 'importLedger'>()({
  label: (input) => `导入「${input.fileName}」`,
  writes: '导入旧台账',
  async run(scope, input) {
    const a = await analyseL(scope, input);
    const { imported } = writeLedger(scope.db, a, actorOf(scope), scope.now, progressOf(scope));
    return report(a, imported, scope.now);
  },
  // The thread wrote the cases and their audit record in one transaction: nothing is left to write here.
  finish: (_ctx, _input, result) => result,
});

const catalogueInspection = (db: Db, a: CatalogueAnalysis) =>
  inspection(a, CATALOGUE_TARGETS, cataloguePreview(archiveCategoryNames(db), a.settings));

export const inspectCatalogueJob = defineJob<'imports', 'inspectCatalogue'>()({
  label: (input) => `读取「${input.fileName}」`,
  async run(scope, input) {
    return catalogueInspection(scope.db, await analyseC(scope, input));
  },
  finish: (_ctx, _input, result) => result,
});

export const checkCatalogueJob = defineJob<'imports', 'checkCatalogue'>()({
  label: (input) => `检查「${input.fileName}」`,
  async run(scope, input) {
    return report(await analyseC(scope, input), 0, scope.now);
  },
  finish: (_ctx, _input, result) => result,
});

export const importCatalogueJob = defineJob<'imports', 'importCatalogue'>()({
  label: (input) => `导入「${input.fileName}」`,
  writes: '导入档案目录',
  async run(scope, input) {
    const a = await analyseC(scope, input);
    const { imported } = writeCatalogue(scope.db, a, actorOf(scope), scope.now, progressOf(scope));
    return report(a, imported, scope.now);
  },
  // As for the ledger: the items and their audit record are written by the thread, in one transaction.
  finish: (_ctx, _input, result) => result,
});

import type { Feature } from '../../../shared/api/contract';
import type { JobDefinition } from './types';

type Definitions = Record<string, JobDefinition<unknown, unknown>>;

/**
 * Where a job's thread finds its definition without loading the whole
 * handler map: a backup's thread then loads the maintenance jobs and the
 * archive code, not exceljs, pdfmake and every feature (about 2 s of a
 * backup's start here under tsx; a bundle's modules are initialised lazily
 * the same way). The definitions are the very objects of the handler map
 * (tests/unit/contract.test.ts); a feature not listed is found there.
 */
export const jobModules: Partial<Record<Feature, () => Promise<Definitions>>> = {
  maintenance: async () => {
    const m = await import('../features/maintenance/maintenance.jobs');
    const external = await import('../features/maintenance/maintenance.external');
    return {
      createBackup: m.createBackupJob,
      restoreBackup: m.restoreBackupJob,
      backupTo: external.backupToJob,
      restoreFrom: external.restoreFromJob,
      checkIntegrity: m.checkIntegrityJob,
      rekey: m.rekeyJob,
    } as unknown as Definitions;
  },
  // An import's thread needs exceljs and the ledger's and catalogue's writers, not pdfmake and every feature.
  imports: async () => {
    const m = await import('../features/imports/imports.jobs');
    return {
      inspectLedger: m.inspectLedgerJob,
      checkLedger: m.checkLedgerJob,
      importLedger: m.importLedgerJob,
      inspectCatalogue: m.inspectCatalogueJob,
      checkCatalogue: m.checkCatalogueJob,
      importCatalogue: m.importCatalogueJob,
    } as unknown as Definitions;
  },
};

import type { FeatureHandlers } from '../../api/types';
import {
  checkCatalogueJob,
  checkLedgerJob,
  importCatalogueJob,
  importLedgerJob,
  inspectCatalogueJob,
  inspectLedgerJob,
} from './imports.jobs';

export const importsHandlers: FeatureHandlers<'imports'> = {
  inspectLedger: inspectLedgerJob,
  checkLedger: checkLedgerJob,
  importLedger: importLedgerJob,
  inspectCatalogue: inspectCatalogueJob,
  checkCatalogue: checkCatalogueJob,
  importCatalogue: importCatalogueJob,
};

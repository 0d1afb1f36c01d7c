import { job } from '../endpoint';
import { DIRECTOR } from '../access';
import {
  importCatalogueInput,
  importLedgerInput,
  type ImportInspection,
  type ImportReport,
} from '../../import/schemas';

/**
 * Bringing the centre's old records in (issue 14): read the file and propose
 * the mapping, check every row (the dry run), import. The director's work.
 */
export const importsContract = {
  inspectLedger: job<ImportInspection>()(importLedgerInput, DIRECTOR),
  checkLedger: job<ImportReport>()(importLedgerInput, DIRECTOR),
  importLedger: job<ImportReport>()(importLedgerInput, DIRECTOR),
  inspectCatalogue: job<ImportInspection>()(importCatalogueInput, DIRECTOR),
  checkCatalogue: job<ImportReport>()(importCatalogueInput, DIRECTOR),
  importCatalogue: job<ImportReport>()(importCatalogueInput, DIRECTOR),
} as const;

import type { FeatureHandlers } from '../../api/types';
import { checkLedgerJob, importLedgerJob, inspectLedgerJob } from './imports.jobs';

export const importsHandlers: FeatureHandlers<'imports'> = {
  inspectLedger: inspectLedgerJob,
  checkLedger: checkLedgerJob,
  importLedger: importLedgerJob,
};

import type { FeatureHandlers } from '../../api/types';
import { exportCasesJob } from './stats.jobs';
import { caseStatsResponsive } from './stats.queries';

export const statsHandlers: FeatureHandlers<'stats'> = {
  cases: (ctx, input) => ctx.read((db) => caseStatsResponsive(db, input)),
  exportCases: exportCasesJob,
};

import type { FeatureHandlers } from '../../api/types';
import type { FileOutput } from '../../../../shared/api/contract';
import { getSettings } from '../settings/settings.queries';
import { mediationStats } from '../mediation/mediation.stats';
import { auditStatsExport, statsFileName, statsXlsx, XLSX_MIME } from './stats.export';
import { caseStatsResponsive } from './stats.queries';

export const statsHandlers: FeatureHandlers<'stats'> = {
  cases: (ctx, input) => ctx.read((db) => caseStatsResponsive(db, input)),

  /** The 统计表 of the ledger and, on its own sheet, the 人民调解 figures of the same period. */
  async exportCases(ctx, input): Promise<FileOutput> {
    const exportedAt = ctx.now();
    const { stats, mediation, centreName } = await ctx.read(async (db) => ({
      stats: await caseStatsResponsive(db, input),
      mediation: mediationStats(db, input),
      centreName: getSettings(db).centreName,
    }));
    const bytes = await statsXlsx({ centreName, exportedAt, stats, mediation });
    // The file leaves the archive: recorded once it exists, as the ledger export is.
    ctx.write((_db, audit) => audit(auditStatsExport(stats, '', mediation)));
    return { fileName: statsFileName(stats), mime: XLSX_MIME, base64: bytes.toString('base64') };
  },
};

import { defineJob } from '../../jobs/types';
import { getSettings } from '../settings/settings.queries';
import { mediationStats } from '../mediation/mediation.stats';
import { archiveStats } from '../archive/archive.stats';
import { toLocalDate } from '../../../../shared/dates';
import { watchAnalysis } from '../watch/watch.analysis';
import { minuteOf } from '../cases/cases.service';
import { auditStatsExport, statsFileName, statsXlsx, XLSX_MIME } from './stats.export';
import { caseStatsResponsive } from './stats.queries';

/** The 统计表 of the ledger and, on sheets of their own, the 人民调解, 档案借阅 and 视频监控值班 figures of the same period. */
export const exportCasesJob = defineJob<'stats', 'exportCases'>()({
  label: () => '导出统计表（Excel）',
  async run(scope, input) {
    scope.progress(0, 2, '正在统计…');
    const stats = await caseStatsResponsive(scope.db, input);
    const mediation = mediationStats(scope.db, input);
    const archive = archiveStats(scope.db, input, toLocalDate(scope.now));
    const watch = watchAnalysis(scope.db, input, minuteOf(scope.now));
    scope.progress(1, 2, '正在生成 Excel…');
    const bytes = await statsXlsx({
      centreName: getSettings(scope.db).centreName,
      exportedAt: scope.now,
      stats,
      mediation,
      archive,
      watch,
    });
    return {
      file: { fileName: statsFileName(stats), mime: XLSX_MIME, base64: bytes.toString('base64') },
      audit: auditStatsExport(stats, '', mediation),
    };
  },
  finish(ctx, _input, { file, audit }) {
    // The file leaves the archive: recorded once it exists, as the ledger export is.
    ctx.write((_db, record) => record(audit));
    return file;
  },
});

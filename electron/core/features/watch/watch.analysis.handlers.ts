import type { FeatureHandlers } from '../../api/types';
import { minuteOf } from '../cases/cases.service';
import { watchAnalysis } from './watch.analysis';
import { fileDutyLogJob, printDutyLogJob } from './watch.dutylog.jobs';

/** 分析汇总 and the month's duty log (issue 12 §8), spread into watchHandlers. */
export const analysisHandlers: Pick<FeatureHandlers<'watch'>, 'analysis' | 'printDutyLog' | 'fileDutyLog'> = {
  analysis: (ctx, period) => ctx.read((db) => watchAnalysis(db, period, minuteOf(ctx.now()))),
  printDutyLog: printDutyLogJob,
  fileDutyLog: fileDutyLogJob,
};

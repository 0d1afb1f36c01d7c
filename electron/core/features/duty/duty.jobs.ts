import { AppError } from '../../errors';
import { defineJob } from '../../jobs/types';
import { minuteOf } from '../cases/cases.service';
import { solveRoster } from './roster.solver';
import { balancesBefore, rosterContext, rosterMonth, rosterOf, saveDraft } from './duty.roster';
import { getTemplate } from './duty.setup';
import type { Assignment } from '../../../../shared/duty/rules';
import type { ShiftTemplate } from '../../../../shared/duty/shifts';

type Solved =
  | {
      ok: true;
      assignments: Assignment[];
      template: ShiftTemplate;
      optimal: boolean;
      spread: { nights: number; offDays: number; hours: number };
    }
  | { ok: false; reasons: string[] };

/**
 * 生成值班表: the solver runs in the job's thread (a second or two for a month,
 * more for a large team); the draft is stored back in the core's queue. A
 * published month is not regenerated: changes to it go through swaps.
 */
export const generateRosterJob = defineJob<'duty', 'generate'>()({
  label: (input) => `生成 ${input.month} 值班表`,
  prepare: (ctx, input) =>
    ctx.read((db) => {
      const t = getTemplate(db, input.templateId);
      if (t.retired) throw new AppError('CONFLICT', `班次模板「${t.name}」已停用。`);
      if (rosterOf(db, input.month, 'published') && !rosterOf(db, input.month, 'draft'))
        throw new AppError('CONFLICT', `${input.month} 的值班表已发布；发布后的变动请走换班或替班审批。`);
    }),
  async run(scope, input): Promise<Solved> {
    scope.progress(0, 1, '正在计算最公平的值班安排…');
    const { name, shifts } = getTemplate(scope.db, input.templateId);
    const template = { name, shifts };
    const ctx = rosterContext(scope.db, input.month, template, input.from);
    const result = await solveRoster({ ctx, balances: balancesBefore(scope.db, input.month) });
    if (!result.ok) return result;
    const kept = input.from ? (ctx.previous ?? []).filter((a) => a.date.startsWith(input.month)) : [];
    return {
      ok: true,
      assignments: [...kept, ...result.roster],
      template,
      optimal: result.optimal,
      spread: result.spread,
    };
  },
  finish(ctx, input, solved) {
    if (!solved.ok) return solved;
    return ctx.write((db, audit) => {
      saveDraft(
        db,
        input.month,
        solved.template,
        solved.assignments,
        ctx.user().displayName,
        minuteOf(ctx.now()),
        input.from,
      );
      audit({
        action: 'duty.generate',
        entity: 'duty_roster',
        entityId: input.month,
        summary: `生成 ${input.month} 值班表草稿（${solved.template.name}，${solved.assignments.length} 人次${solved.optimal ? '，已证明最公平' : ''}）`,
      });
      return {
        ok: true as const,
        optimal: solved.optimal,
        spread: solved.spread,
        roster: rosterMonth(db, input.month, solved.template),
      };
    });
  },
});

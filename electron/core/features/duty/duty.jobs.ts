import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { FileOutput } from '../../../../shared/api/contract';
import { tableXlsx, XLSX_MIME } from '../../export/tableXlsx';
import { rosterPdf } from '../../pdf/roster.pdf';
import { MY_ROSTER_COLUMNS, myRosterPdf, myRosterRow, totalsText } from '../../pdf/myRoster.pdf';
import { rosterSheet } from './duty.print';
import { mySchedule } from './duty.mine';
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

const file = (fileName: string, mime: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
});

interface Made {
  file: FileOutput;
  summary: string;
}

const audited = (ctx: CallContext, _input: unknown, made: Made) => {
  ctx.write((_db, audit) => audit({ action: 'duty.print', entity: 'duty_roster', summary: made.summary }));
  return made.file;
};

/** The A4 landscape month roster with 带班领导 and phones. */
export const printRosterJob = defineJob<'duty', 'printRoster'>()({
  label: (input) => `打印 ${input.month} 值班表`,
  async run(scope, { month }): Promise<Made> {
    scope.progress(0, 1, '正在排版值班表…');
    const sheet = rosterSheet(scope.db, month);
    const bytes = await rosterPdf(sheet);
    return {
      file: file(`视频监控值班表-${month}.pdf`, 'application/pdf', bytes),
      summary: `打印 ${month} 值班表（${sheet.version}）`,
    };
  },
  finish: audited,
});

/** The month roster as a workbook: the same rows as the print. */
export const exportRosterJob = defineJob<'duty', 'exportRoster'>()({
  label: (input) => `导出 ${input.month} 值班表（Excel）`,
  async run(scope, { month }): Promise<Made> {
    scope.progress(0, 1, '正在写入值班表…');
    const sheet = rosterSheet(scope.db, month);
    const columns = [
      { header: '日期', width: 10 },
      { header: '星期', width: 12 },
      ...sheet.shiftHeaders.map((header) => ({ header, width: 22 })),
      { header: '带班领导', width: 12 },
      { header: '联系电话', width: 16 },
    ];
    const bytes = await tableXlsx({
      title: `${sheet.centreName}视频监控值班表`,
      sheetName: '值班表',
      creator: sheet.centreName,
      createdAt: scope.now,
      subtitle: `${sheet.monthLabel}\u3000\u3000${sheet.templateName}\u3000\u3000${sheet.version}`,
      columns,
      lines: sheet.days.map((d) => ({
        日期: d.day,
        星期: d.offDay ? `${d.weekday}（休）` : d.weekday,
        ...Object.fromEntries(sheet.shiftHeaders.map((h, i) => [h, d.shifts[i] ?? ''])),
        带班领导: d.leader,
        联系电话: d.leaderPhone,
      })),
    });
    return {
      file: file(`视频监控值班表-${month}.xlsx`, XLSX_MIME, bytes),
      summary: `导出 ${month} 值班表（Excel，${sheet.version}）`,
    };
  },
  finish: audited,
});

/** Refuses at once, before a thread is started, a month not published or without the person's shifts. */
const prepareMine = (ctx: CallContext, { month }: { month: string }) =>
  void ctx.read((db) => mySchedule(db, month, ctx.user()));

/** 我的值班 printed: the signed-in person's month, A4 portrait, by the published roster in force. */
export const printMineJob = defineJob<'duty', 'printMine'>()({
  label: (input) => `打印我的 ${input.month} 值班`,
  prepare: prepareMine,
  async run(scope, { month }): Promise<Made> {
    scope.progress(0, 1, '正在排版个人值班表…');
    const mine = mySchedule(scope.db, month, scope.user);
    const bytes = await myRosterPdf(mine);
    return {
      file: file(`个人值班表-${mine.person}-${month}.pdf`, 'application/pdf', bytes),
      summary: `打印 ${mine.person} ${month} 个人值班表（${mine.version}，${mine.lines.length} 个班）`,
    };
  },
  finish: audited,
});

/** 我的值班 as a workbook: the same rows as the print, the totals and swaps in the line under the title. */
export const exportMineJob = defineJob<'duty', 'exportMine'>()({
  label: (input) => `导出我的 ${input.month} 值班（Excel）`,
  prepare: prepareMine,
  async run(scope, { month }): Promise<Made> {
    scope.progress(0, 1, '正在写入个人值班表…');
    const mine = mySchedule(scope.db, month, scope.user);
    const widths = [10, 12, 24, 6, 20, 12, 16, 22];
    const columns = MY_ROSTER_COLUMNS.map((c, i) => ({ header: c.label, width: widths[i] ?? 12 }));
    const bytes = await tableXlsx({
      title: `${mine.centreName}视频监控个人值班表`,
      sheetName: '个人值班表',
      creator: mine.centreName,
      createdAt: scope.now,
      subtitle: [
        `值班员：${mine.person}\u3000\u3000${mine.monthLabel}\u3000\u3000${mine.templateName}\u3000\u3000已发布${mine.version}`,
        `本月${totalsText(mine.totals)}`,
        ...mine.swaps.map((s) => `调班：${s}`),
      ].join('\n'),
      columns,
      lines: mine.lines.map((l) => {
        const cells = myRosterRow(l);
        return Object.fromEntries(
          columns.map((c, i) => [c.header, c.header === '小时' ? l.hours : (cells[i] ?? '')]),
        );
      }),
    });
    return {
      file: file(`个人值班表-${mine.person}-${month}.xlsx`, XLSX_MIME, bytes),
      summary: `导出 ${mine.person} ${month} 个人值班表（Excel，${mine.version}，${mine.lines.length} 个班）`,
    };
  },
  finish: audited,
});

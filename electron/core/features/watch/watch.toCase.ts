import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import type { Db } from '../../db/open';
import type { EventCategory } from '../../../../shared/watch/codes';
import type { EventOfCase, ToCaseInput } from '../../../../shared/watch/toCase';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';
import { createCase, minuteOf } from '../cases/cases.service';
import { eventById } from './watch.events';
import { openShiftRow } from './watch.shifts';

/**
 * Event → case (issue 12 §4) and the small reads around it: the case made by
 * the ledger's own `createCase` in the same transaction as the link, so a
 * refused case leaves the event as it was; the event and the case then point
 * at each other (watch_events.case_id, read back both ways).
 */

interface SourceRow {
  id: number;
  occurred_at: string;
  description: string;
  case_id: number | null;
  case_code: string | null;
  point_code: string | null;
  point_name: string | null;
  location: string | null;
}

function mustGetSource(db: Db, eventId: number): SourceRow {
  const r = stmt(
    db,
    `SELECT e.id, e.occurred_at, e.description, e.case_id, c.code AS case_code, p.code AS point_code,
       p.name AS point_name, p.location FROM watch_events e LEFT JOIN watch_points p ON p.id = e.point_id
       LEFT JOIN cases c ON c.id = e.case_id WHERE e.id = ?`,
  ).get(eventId) as SourceRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条值班记录。');
  return r;
}

/**
 * An operator writes into the log only while keeping the open shift; the
 * director may act at the desk whether or not a shift is open.
 */
function mustMayWrite(db: Db, ctx: CallContext): void {
  const user = ctx.user();
  if (user.role === 'director') return;
  const open = openShiftRow(db);
  if (!open) throw new AppError('CONFLICT', '现在没有人接班，请先接班再转入台账。');
  if (open.operatorId !== user.id)
    throw new AppError('FORBIDDEN', `当前值班员是${open.operatorName}，请由其办理，或先交接班。`);
}

function turnIntoCase(db: Db, ctx: CallContext, input: ToCaseInput) {
  mustMayWrite(db, ctx);
  const e = mustGetSource(db, input.eventId);
  if (e.case_id !== null)
    throw new AppError(
      'CONFLICT',
      `这条值班记录已转入台账（案件 ${e.case_code ?? e.case_id}），不能重复转入。`,
    );
  const place = input.place || e.location || '';
  if (!place)
    throw new AppError('VALIDATION', '输入有误：这条记录没有点位，请填写发生地点', {
      place: '这条记录没有点位，请填写发生地点',
    });
  const user = ctx.user();
  const pointText = e.point_code ? `，点位 ${e.point_code} ${e.point_name ?? ''}` : '';
  const created = createCase(
    db,
    {
      source: 'video',
      categoryId: input.categoryId,
      registeredAt: e.occurred_at,
      occurredAt: e.occurred_at,
      place,
      summary: e.description,
      risk: input.risk,
      difficulty: input.difficulty,
      majorReasons: [],
      notes: `由视频监控值班记录 #${e.id} 转入（${e.occurred_at.replace('T', ' ')}${pointText}）`,
      parties: input.partyNames.map((name) => ({ kind: 'person' as const, name })),
    },
    { id: user.id, name: user.displayName },
    ctx.now(),
  );
  stmt(db, 'UPDATE watch_events SET case_id = ?, updated_at = ? WHERE id = ?').run(
    created.id,
    minuteOf(ctx.now()),
    e.id,
  );
  return { event: e, created };
}

export const watchCaseHandlers: Pick<FeatureHandlers<'watch'>, 'toCase' | 'eventOfCase'> = {
  toCase: (ctx, input) =>
    ctx.write((db, audit) => {
      const { event, created } = turnIntoCase(db, ctx, input);
      audit({
        action: 'cases.create',
        entity: 'case',
        entityId: created.code,
        summary: `由视频监控值班记录 #${event.id} 登记案件 ${created.code}（当事人 ${input.partyNames.join('、')}）`,
      });
      audit({
        action: 'watch.to-case',
        entity: 'watch_event',
        entityId: event.id,
        summary: `值班记录 #${event.id} 转入台账：案件 ${created.code}`,
      });
      return eventById(db, event.id, minuteOf(ctx.now()));
    }),

  eventOfCase: (ctx, { caseId }) =>
    ctx.read((db): EventOfCase | null => {
      const r = stmt(
        db,
        `SELECT e.id, e.occurred_at, e.category, e.recorded_by, p.code AS point_code, p.name AS point_name
           FROM watch_events e LEFT JOIN watch_points p ON p.id = e.point_id WHERE e.case_id = ?`,
      ).get(caseId) as
        | {
            id: number;
            occurred_at: string;
            category: EventCategory;
            recorded_by: string;
            point_code: string | null;
            point_name: string | null;
          }
        | undefined;
      return r
        ? {
            eventId: r.id,
            occurredAt: r.occurred_at,
            category: r.category,
            pointCode: r.point_code,
            pointName: r.point_name,
            recordedBy: r.recorded_by,
          }
        : null;
    }),
};

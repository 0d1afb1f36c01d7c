import { AppError } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { INTAKE_CHANNELS, INTAKE_OUTCOMES } from '../../../../shared/cases/codes';
import { createCase, minuteOf } from '../cases/cases.service';
import { getIntake, insertIntake, linkIntakeCase, listIntakes } from './intake.queries';

const orNull = (s: string | undefined): string | null => (s ? s : null);

export const intakeHandlers: FeatureHandlers<'intake'> = {
  /**
   * 首问登记 (seed 001): the signed-in user is the first contact; the intake
   * is answered, passed to a colleague, or registered as a case — the case in
   * this same transaction, so a refused case leaves no orphaned intake.
   */
  create: (ctx, input) =>
    ctx.write((db, audit) => {
      const user = ctx.user();
      const now = ctx.now();
      const receivedAt = minuteOf(now);
      if (input.outcome === 'referred') {
        const ok = db.prepare('SELECT 1 FROM accounts WHERE id = ? AND disabled = 0').get(input.referredToId);
        if (!ok)
          throw new AppError('VALIDATION', '输入有误：请选择在用的账户作为转交对象', {
            referredToId: '请选择在用的账户作为转交对象',
          });
      }
      const id = insertIntake(db, {
        received_at: receivedAt,
        channel: input.channel,
        person_name: input.personName,
        phone: orNull(input.phone),
        unit_or_address: orNull(input.unitOrAddress),
        matter: input.matter,
        materials: orNull(input.materials),
        first_contact_id: user.id,
        outcome: input.outcome,
        answer: input.outcome === 'answered' ? input.answer : null,
        referred_to_id: input.outcome === 'referred' ? input.referredToId : null,
        note: input.outcome === 'referred' ? orNull(input.note) : null,
      });
      let caseNote = '';
      if (input.outcome === 'case') {
        const created = createCase(
          db,
          {
            ...input.case,
            // A visit or a call becomes a case of the same source unless the form says otherwise.
            source: input.case.source ?? input.channel,
            registeredAt: input.case.registeredAt ?? receivedAt,
            intakeId: id,
          },
          { id: user.id, name: user.displayName },
          now,
          'case.',
        );
        linkIntakeCase(db, id, created.id);
        caseNote = `，登记为案件 ${created.code}`;
        audit({
          action: 'cases.create',
          entity: 'case',
          entityId: created.code,
          summary: `由首问登记 #${id} 登记案件 ${created.code}`,
        });
      }
      audit({
        action: 'intake.create',
        entity: 'intake',
        entityId: id,
        summary: `首问登记（${INTAKE_CHANNELS[input.channel]}）${input.personName}：${INTAKE_OUTCOMES[input.outcome]}${caseNote}`,
      });
      return getIntake(db, id)!;
    }),

  list: (ctx, input) => ctx.read((db) => listIntakes(db, input)),
};

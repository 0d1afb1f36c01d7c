import type { z } from 'zod';
import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import { AppError } from '../../errors';
import { unwrapWithPassword } from '../../db/keyring';
import type { LoginFailureKind } from '../../../../shared/accounts/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { handoverRosterMinute, type handoverInput } from '../../../../shared/watch/handover';
import { findAccountByUsername, getAccount, touchLogin } from '../accounts/accounts.queries';
import { appendAudit } from '../audit/audit.queries';
import { minuteOf } from '../cases/cases.service';
import { assertMayTry, clearFailures, isWrongSecret, nameKey, recordFailure } from '../session/session.guard';
import { finishFailureFlush, storePendingFailures } from '../session/session.failures';
import { sessionStatus } from '../session/session.service';
import { getSettings } from '../settings/settings.queries';
import { handoverPdf } from '../../pdf/handover.pdf';
import type { FileOutput } from '../../../../shared/api/contract';
import { openEvents } from './watch.events';
import {
  blockedReason,
  eventSnapshot,
  handoverById,
  handoverDraft,
  insertHandover,
  listHandovers,
  openFaultSnapshots,
  rosteredIncoming,
} from './watch.handover';
import { endShift, mustKeepShift, startShift } from './watch.shifts';

const at = (ctx: CallContext) => minuteOf(ctx.now());

/**
 * Checks a password typed at the desk the way login does: the account's own
 * keyring entry must open with it; a wrong one counts toward that login name's
 * throttle and is kept for the audit trail (session.guard.ts), written in at
 * the handover's commit or the next sign-in. `kind` says which screen it
 * would be on the login side: the outgoing operator re-enters the signed-in
 * account's password (as on the lock screen), the others sign in.
 */
async function verifyPassword(
  ctx: CallContext,
  username: string,
  password: string,
  kind: LoginFailureKind,
  refusal: string,
  field: string,
): Promise<number> {
  const dir = ctx.options.archiveDir;
  const key = nameKey(dir, username);
  assertMayTry(dir, key, ctx.now());
  try {
    const { accountId } = await unwrapWithPassword(ctx.archive().keyring, username, password);
    return accountId;
  } catch (err) {
    if (!isWrongSecret(err)) throw err;
    recordFailure(dir, key, ctx.now(), kind, username);
    throw new AppError('WRONG_PASSWORD', refusal, { [field]: '密码不正确' });
  }
}

/** Who may take the watch: an active operator or the director, not the one handing over. */
function mustBeIncoming(ctx: CallContext, username: string, outgoingId: number) {
  const account = ctx.read((db) => findAccountByUsername(db, username));
  if (!account) return null;
  const refuse = (why: string) => {
    throw new AppError('VALIDATION', `输入有误：${why}`, { incomingUsername: why });
  };
  if (account.id === outgoingId) refuse('接班人不能是交班人本人');
  if (account.disabled) refuse('该账户已停用');
  if (account.role !== 'operator' && account.role !== 'director') refuse('接班人须是值班员或主任');
  return account;
}

async function confirmHandover(ctx: CallContext, input: z.output<typeof handoverInput>) {
  const now = at(ctx);
  const { shift, outgoing, reason } = ctx.read((db) => {
    const s = mustKeepShift(db, ctx.user());
    return {
      shift: s,
      outgoing: getAccount(db, s.operatorId),
      reason: blockedReason(openEvents(db, now)),
    };
  });
  if (!outgoing) throw new AppError('NOT_FOUND', '找不到交班人的账户。');
  if (reason && !input.override)
    throw new AppError('CONFLICT', reason, { override: '事件处置中，须主任授权方可交接班' });

  // 1. The outgoing operator, with their own password, first.
  await verifyPassword(
    ctx,
    outgoing.username,
    input.outgoingPassword,
    'unlock',
    '交班人密码错误。',
    'outgoingPassword',
  );
  const outgoingAt = at(ctx);

  // 2. The incoming operator, with theirs. An unknown name is a wrong password, as at login.
  const incoming = mustBeIncoming(ctx, input.incomingUsername, outgoing.id);
  const incomingId = await verifyPassword(
    ctx,
    input.incomingUsername,
    input.incomingPassword,
    'login',
    '接班人密码错误。',
    'incomingPassword',
  );
  if (!incoming || incoming.id !== incomingId) throw new AppError('WRONG_PASSWORD', '接班人密码错误。');
  const incomingAt = at(ctx);

  // 3. The director, only when an event is being handled and only if their password opens.
  let overrideBy: string | null = null;
  if (reason && input.override) {
    const director = ctx.read((db) => findAccountByUsername(db, input.override!.username));
    if (director && (director.role !== 'director' || director.disabled))
      throw new AppError('FORBIDDEN', '只有主任可以授权交接班。', { 'override.username': '不是主任账户' });
    const directorId = await verifyPassword(
      ctx,
      input.override.username,
      input.override.password,
      'login',
      '主任密码错误，未能授权。',
      'override.password',
    );
    if (!director || director.id !== directorId)
      throw new AppError('WRONG_PASSWORD', '主任密码错误，未能授权。');
    overrideBy = director.displayName;
  }

  const rosterMinute = handoverRosterMinute(shift, now);
  const rostered = ctx.read((db) => rosteredIncoming(db, shift, now)).allIds.includes(incoming.id);
  if (!rostered && !input.incomingReason) {
    const why = `排班表上${incoming.displayName}不当此班，须填写接班原因`;
    throw new AppError('VALIDATION', `输入有误：${why}`, { incomingReason: why });
  }

  const dir = ctx.options.archiveDir;
  const { handoverId, flush } = ctx.write((db, audit) => {
    const faults = openFaultSnapshots(db, now);
    const events = openEvents(db, now).map(eventSnapshot);
    const closed = endShift(db, shift.id, now);
    const next = startShift(
      db,
      { id: incoming.id, displayName: incoming.displayName },
      now,
      rostered ? undefined : input.incomingReason,
      rosterMinute,
    );
    const id = insertHandover(db, {
      fromShiftId: closed.id,
      toShiftId: next.id,
      outgoingId: outgoing.id,
      incomingId: incoming.id,
      equipment: input.equipment,
      openFaults: faults,
      openEvents: events,
      instructions: input.instructions ?? '',
      keys: input.keys,
      radios: input.radios,
      media: input.media,
      notes: input.notes || null,
      outgoingConfirmedAt: outgoingAt,
      incomingConfirmedAt: incomingAt,
      overrideBy,
      overrideReason: overrideBy ? input.override!.reason : null,
      at: now,
    });
    audit({
      action: 'watch.handover',
      entity: 'watch_handover',
      entityId: id,
      summary:
        `交接班：${outgoing.displayName} → ${incoming.displayName}（${closed.date} ${closed.shiftName} → ${next.date} ${next.shiftName}），` +
        `未修复故障 ${faults.length} 处，未结事件 ${events.length} 起` +
        (rostered ? '' : `，非排班接班，原因：${input.incomingReason}`) +
        (overrideBy ? `；事件处置中，经主任${overrideBy}授权：${input.override!.reason}` : ''),
    });
    // The window's session is the incoming operator's from here: their sign-in, recorded as a login.
    touchLogin(db, incoming.id, now);
    appendAudit(
      db,
      now,
      { id: incoming.id, name: incoming.displayName },
      {
        action: 'session.login',
        entity: 'account',
        entityId: incoming.id,
        summary: `${incoming.displayName} 登录（交接班接班，${outgoing.displayName} 交班）`,
      },
    );
    return { handoverId: id, flush: storePendingFailures(db, dir, now) };
  });
  finishFailureFlush(flush);
  clearFailures(
    dir,
    nameKey(dir, outgoing.username),
    nameKey(dir, incoming.username),
    ...(input.override ? [nameKey(dir, input.override.username)] : []),
  );
  switchSession(ctx, {
    id: incoming.id,
    username: incoming.username,
    displayName: incoming.displayName,
    role: incoming.role,
  });
  return { handover: ctx.read((db) => handoverById(db, handoverId)), session: sessionStatus(ctx) };
}

/**
 * The window continues as the incoming operator. Safe here: every account
 * unwraps the same archive key, so the open archive stays as it is; the role is
 * re-read from the account on every call (app.ts refreshUser); the outgoing
 * operator's jobs are stopped as at logout, and a job's write part checks the
 * session's user anyway (jobs/runner.ts).
 */
function switchSession(ctx: CallContext, user: SessionUser): void {
  ctx.jobs.cancelAll();
  ctx.state.pendingRecoveryKey = null;
  ctx.state.user = user;
  ctx.state.locked = false;
  ctx.state.lastActivity = ctx.now().getTime();
}

/** 交接班记录 as an A4 PDF: read-only, the record itself is the audited act. */
async function handoverFile(ctx: CallContext, id: number): Promise<FileOutput> {
  const { h, centreName } = ctx.read((db) => ({
    h: handoverById(db, id),
    centreName: getSettings(db).centreName,
  }));
  const bytes = await handoverPdf(h, centreName);
  const day = h.createdAt.slice(0, 10);
  return {
    fileName: `交接班记录-${day}-${h.outgoingName}-${h.incomingName}.pdf`,
    mime: 'application/pdf',
    base64: bytes.toString('base64'),
  };
}

export const handoverHandlers: Pick<
  FeatureHandlers<'watch'>,
  'handoverDraft' | 'handover' | 'handovers' | 'printHandover'
> = {
  handoverDraft: (ctx) => ctx.read((db) => handoverDraft(db, mustKeepShift(db, ctx.user()), at(ctx))),

  handover: (ctx, input) => confirmHandover(ctx, input),

  handovers: (ctx, input) => ctx.read((db) => listHandovers(db, input)),

  printHandover: (ctx, { id }) => handoverFile(ctx, id),
};

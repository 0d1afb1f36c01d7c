import { describe, expect, it } from 'vitest';
import { allChannels, jobChannels, channelOf, contract } from '../../shared/api/contract';
import { createApi } from '../../shared/api/client';
import { handlers } from '../../electron/core/api/handlers';
import { jobModules } from '../../electron/core/jobs/registry';
import { validate } from '../../shared/api/validation';
import { validInputOf } from '../support/validInputs';

describe('API contract', () => {
  it('names channels feature:kebab-action', () => {
    expect(channelOf('accounts', 'resetPassword')).toBe('accounts:reset-password');
    expect(channelOf('maintenance', 'regenerateRecoveryKey')).toBe('maintenance:regenerate-recovery-key');
    expect(channelOf('session', 'login')).toBe('session:login');
    for (const { channel } of allChannels()) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('has every channel exactly once', () => {
    const channels = allChannels().map((c) => c.channel);
    expect(new Set(channels).size).toBe(channels.length);
    const actions = Object.values(contract).reduce((n, feature) => n + Object.keys(feature).length, 0);
    expect(channels).toHaveLength(actions);
  });

  it('has a handler for every action, and no handler outside the contract', () => {
    const jobs = jobChannels();
    for (const { feature, action, channel } of allChannels()) {
      const handler = (handlers[feature] as Record<string, unknown>)[action];
      // A job action has a job definition (its work runs in a thread of its own), any other a function.
      if (jobs.has(channel))
        expect(handler, channel).toMatchObject({ run: expect.any(Function), finish: expect.any(Function) });
      else expect(typeof handler, channel).toBe('function');
    }
    expect([...jobs].sort()).toEqual([
      'archive:export-catalogue',
      'archive:export-loans',
      'archive:print-catalogue',
      'archive:print-disposal',
      'archive:print-labels',
      'archive:print-register',
      'archive:print-spines',
      'cases:export-ledger',
      'cases:print-ledger',
      'cases:print-major-register',
      'duty:export-mine',
      'duty:export-roster',
      'duty:generate',
      'duty:print-mine',
      'duty:print-roster',
      'footage:print-register',
      'imports:check-catalogue',
      'imports:check-ledger',
      'imports:import-catalogue',
      'imports:import-ledger',
      'imports:inspect-catalogue',
      'imports:inspect-ledger',
      'maintenance:backup-to',
      'maintenance:check-integrity',
      'maintenance:create-backup',
      'maintenance:rekey',
      'maintenance:restore-backup',
      'maintenance:restore-from',
      'mediation:close',
      'mediation:print-dossier',
      'stats:export-cases',
      'watch:file-duty-log',
      'watch:print-duty-log',
    ]);
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    for (const feature of Object.keys(handlers) as (keyof typeof handlers)[]) {
      expect(Object.keys(handlers[feature]).sort(), feature).toEqual(Object.keys(contract[feature]).sort());
    }
  });

  it('gives a job thread, through the job registry, the very definitions of the handler map', async () => {
    for (const [feature, load] of Object.entries(jobModules)) {
      const definitions = await load();
      const mine = handlers[feature as keyof typeof handlers] as Record<string, unknown>;
      const jobs = Object.keys(mine).filter((action) => jobChannels().has(channelOf(feature, action)));
      expect(Object.keys(definitions).sort(), feature).toEqual(jobs.sort());
      for (const action of jobs) expect(definitions[action], `${feature}.${action}`).toBe(mine[action]);
    }
  });

  it('declares an access rule for every action', () => {
    for (const { feature, action, channel } of allChannels()) {
      const { access } = (contract[feature] as Record<string, { access: unknown }>)[action]!;
      const valid =
        access === 'public' ||
        access === 'user' ||
        (Array.isArray(access) && access.length > 0 && access.every((r) => typeof r === 'string'));
      expect(valid, channel).toBe(true);
    }
  });

  it('accepts the test table’s valid input for every channel (tests/support/validInputs.ts)', () => {
    for (const { feature, action, channel } of allChannels()) {
      const { input } = (contract[feature] as Record<string, { input: Parameters<typeof validate>[0] }>)[
        action
      ]!;
      expect(validate(input, validInputOf(channel)).ok, channel).toBe(true);
    }
  });

  it('builds window.api with one function per action, calling its channel', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: null };
    });
    await api.accounts.resetPassword({ id: 3, newPassword: 'new-pass-1' });
    await api.session.status(undefined as never);
    expect(calls).toEqual([
      ['accounts:reset-password', { id: 3, newPassword: 'new-pass-1' }],
      ['session:status', {}],
    ]);
    for (const { feature, action } of allChannels()) {
      expect(typeof (api[feature] as Record<string, unknown>)[action]).toBe('function');
    }
  });
});

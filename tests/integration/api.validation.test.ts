import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, contract } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { AuditPage } from '../../shared/audit/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { FAST_KDF, initialisedCore, value } from '../support/archive';
import { changedFiles, isChinese, restingFiles } from '../support/files';
import { validInputOf } from '../support/validInputs';

type Json = Record<string, unknown>;

/** A wrong variant of a valid input, and what it should be refused for. */
interface Variant {
  label: string;
  input: unknown;
  /** The field key the refusal must name (dot-joined path; "_" for the whole input). */
  field: string;
}

const HUGE = 'x'.repeat(10_000);

function schemaOf(channel: string): z.ZodType {
  const route = allChannels().find((c) => c.channel === channel)!;
  return (contract[route.feature] as Record<string, { input: z.ZodType }>)[route.action]!.input;
}

const unwrap = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s;

/** The object schema a value is checked against: for a discriminated union, the option the value matches (Module 1). */
const objectOf = (s: z.ZodType, value: Json): z.ZodObject => {
  const u = unwrap(s);
  if (u instanceof z.ZodDiscriminatedUnion)
    return (u.options as z.ZodType[]).find((o) => o.safeParse(value).success) as z.ZodObject;
  return u as z.ZodObject;
};

/** Sets a value at a path in a deep copy. */
function withAt(input: Json, path: string[], replace: (obj: Json, key: string) => void): Json {
  const copy = structuredClone(input);
  let obj = copy;
  for (const key of path.slice(0, -1)) obj = obj[key] as Json;
  replace(obj, path.at(-1)!);
  return copy;
}

/**
 * Every wrong variant of a valid input: an extra field at each object level, each
 * field of the wrong type, each string field 10 000 characters long, each
 * required field missing.
 */
function variantsOf(schema: z.ZodType, valid: Json): Variant[] {
  const out: Variant[] = [];
  const walk = (s: z.ZodType, value: Json, path: string[]) => {
    const obj = objectOf(s, value);
    const at = (key: string) => [...path, key];
    out.push({
      label: `extra field at ${path.join('.') || 'top'}`,
      input: withAt(valid, at('x'), (o, k) => (o[k] = 1)),
      field: path.join('.') || '_',
    });
    for (const [key, fieldSchema] of Object.entries(obj.shape) as [string, z.ZodType][]) {
      const v = value[key];
      const name = at(key).join('.');
      if (fieldSchema.safeParse(undefined).success === false) {
        out.push({
          label: `${name} missing`,
          input: withAt(valid, at(key), (o, k) => delete o[k]),
          field: name,
        });
      }
      if (typeof v === 'string') {
        out.push({
          label: `${name} a number`,
          input: withAt(valid, at(key), (o, k) => (o[k] = 12345)),
          field: name,
        });
        out.push({
          label: `${name} 10 000 chars`,
          input: withAt(valid, at(key), (o, k) => (o[k] = HUGE)),
          field: name,
        });
      } else if (typeof v === 'number') {
        out.push({
          label: `${name} a string`,
          input: withAt(valid, at(key), (o, k) => (o[k] = '12')),
          field: name,
        });
        out.push({
          label: `${name} a fraction`,
          input: withAt(valid, at(key), (o, k) => (o[k] = v + 0.5)),
          field: name,
        });
      } else if (v && typeof v === 'object') {
        out.push({
          label: `${name} a string`,
          input: withAt(valid, at(key), (o, k) => (o[k] = 'x')),
          field: name,
        });
        if (Array.isArray(v)) {
          // Arrays of objects (a case's parties, the category list): each element is walked too.
          const element = (unwrap(fieldSchema) as z.ZodArray).element as z.ZodType;
          v.forEach((item, i) => {
            if (item && typeof item === 'object') walk(element, item as Json, [...at(key), String(i)]);
          });
        } else if (!(unwrap(fieldSchema) instanceof z.ZodRecord)) walk(fieldSchema, v as Json, at(key));
        // A record's keys are the user's own (an import's unknown 纠纷类型): only its type is checked.
      }
    }
  };
  walk(schema, valid, []);
  for (const whole of [null, 'text', 42, [], [valid]])
    out.push({ label: `input ${JSON.stringify(whole)}`, input: whole, field: '_' });
  return out;
}

describe('每个接口都拒绝不合格的输入', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let before: Map<string, Buffer>;
  let auditBefore: number;
  const auditTotal = async () => value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1 })).total;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    // A second account, so that ids in the valid inputs exist.
    value(
      await a.call('accounts:create', {
        username: 'litingshu',
        displayName: '李婷姝',
        role: 'staff',
        password: 'staff-pass-1',
      }),
    );
    auditBefore = await auditTotal();
    before = restingFiles(a.dir);
  });

  afterAll(() => a.cleanup());

  it('answers NOT_FOUND for an unknown channel', async () => {
    for (const channel of [
      'accounts:drop',
      'nothing',
      '',
      'accounts:resetPassword',
      'Accounts:list',
      '__proto__:x',
    ]) {
      expect(await a.call(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it.each(allChannels().map((c) => c.channel))(
    '%s refuses every wrong variant with VALIDATION',
    async (channel) => {
      const valid = validInputOf(channel);
      const variants = variantsOf(schemaOf(channel), valid);
      expect(variants.length).toBeGreaterThan(5);
      for (const variant of variants) {
        const result = (await a.call(channel, variant.input)) as Result<unknown>;
        const what = `${channel}: ${variant.label}`;
        expect(result.ok, what).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, what).toBe('VALIDATION');
        expect(isChinese(result.error.message), `${what}: ${result.error.message}`).toBe(true);
        expect(
          result.error.fields?.[variant.field],
          `${what}: ${JSON.stringify(result.error.fields)}`,
        ).toBeDefined();
        for (const message of Object.values(result.error.fields ?? {}))
          expect(isChinese(message), what).toBe(true);
      }
    },
  );

  it('refuses extra fields even where the input is empty', async () => {
    const emptyChannels = allChannels()
      .map((c) => c.channel)
      .filter((channel) => Object.keys(validInputOf(channel)).length === 0);
    expect(emptyChannels).toContain('session:status');
    expect(emptyChannels).toContain('maintenance:create-backup');
    for (const channel of emptyChannels) {
      expect(await a.call(channel, { x: 1 }), channel).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: '输入有误：不允许的字段：x', fields: { _: '不允许的字段：x' } },
      });
    }
  });

  it('changed nothing: no audit record, no byte on disk, still signed in', async () => {
    expect(await auditTotal()).toBe(auditBefore);
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    expect(value(await a.call<SessionStatus>('session:status'))).toMatchObject({
      state: 'active',
      user: { role: 'director' },
    });
  });
});

import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../shared/api/validation';
import { createAccountInput } from '../../shared/accounts/schemas';
import { initialiseInput } from '../../shared/setup/schemas';
import { updateSettingsInput } from '../../shared/settings/schemas';
import { listAuditInput } from '../../shared/audit/schemas';
import { empty } from '../../shared/api/fields';
import { CENTRE, DIRECTOR } from '../support/archive';
import { isChinese } from '../support/files';

const failure = (schema: z.ZodType, input: unknown) => {
  const result = validate(schema, input);
  if (result.ok) throw new Error('expected a validation failure');
  return result;
};

describe('validate', () => {
  it('returns the parsed value (trimmed) when valid', () => {
    const result = validate(createAccountInput, {
      username: ' lits ',
      displayName: ' 李婷姝 ',
      role: 'staff',
      password: 'pass-123',
    });
    expect(result).toEqual({
      ok: true,
      value: { username: 'lits', displayName: '李婷姝', role: 'staff', password: 'pass-123' },
    });
  });

  it('refuses unrecognised keys, naming them in Chinese', () => {
    const result = failure(empty, { x: 1, y: 2 });
    expect(result.message).toBe('输入有误：不允许的字段：x、y');
    expect(result.fields).toEqual({ _: '不允许的字段：x、y' });
  });

  it('refuses unrecognised keys in nested objects, with a dot-joined path', () => {
    const result = failure(initialiseInput, { ...CENTRE, director: { ...DIRECTOR, admin: true } });
    expect(result.fields).toEqual({ director: '不允许的字段：admin' });
  });

  it('keys nested field problems by dot-joined path, with the schema’s own Chinese words', () => {
    const result = failure(initialiseInput, {
      ...CENTRE,
      director: { ...DIRECTOR, displayName: '   ', password: '123' },
    });
    expect(result.fields).toEqual({
      'director.displayName': '请填写主任姓名',
      'director.password': '密码至少 6 位',
    });
    expect(result.message).toBe('输入有误：请填写主任姓名');
  });

  it('words missing fields, wrong types and limits in Chinese', () => {
    const result = failure(listAuditInput, { page: 'one', pageSize: 500, from: '24/11/2026' });
    expect(result.fields).toEqual({
      page: '数据类型不正确',
      pageSize: '不能大于 200',
      from: '起始日期不是有效日期（应为 1900—2100 年间真实存在的日期，如 2026-11-24）',
    });
    expect(failure(listAuditInput, { pageSize: 0 }).fields).toEqual({
      page: '缺少必填项',
      pageSize: '不能小于 1',
    });
    expect(
      failure(createAccountInput, { username: 'lits', displayName: '李', role: 'boss', password: 'pass-123' })
        .fields,
    ).toEqual({
      role: '请选择角色',
    });
  });

  it('refuses oversized strings', () => {
    const result = failure(updateSettingsInput, {
      ...CENTRE,
      committeeShortName: '测'.repeat(11),
      idleLockMinutes: 10,
      backupKeep: 10,
    });
    expect(result.fields).toEqual({ committeeShortName: '调委会简称不能超过 10 个字' });
  });

  it('refuses a whole input of the wrong type with the "_" key', () => {
    for (const input of [null, undefined, 'text', 42, []]) {
      const result = failure(empty, input);
      expect(Object.keys(result.fields)).toEqual(['_']);
      expect(isChinese(result.message)).toBe(true);
    }
  });

  it('gives a Chinese message for every issue of a badly wrong input', () => {
    const result = failure(updateSettingsInput, {
      centreName: 1,
      idleLockMinutes: 1.5,
      backupKeep: 0,
      extra: 'x',
    });
    expect(Object.keys(result.fields).sort()).toEqual([
      '_',
      'backupKeep',
      'centreName',
      'committeeName',
      'committeeShortName',
      'idleLockMinutes',
    ]);
    for (const message of Object.values(result.fields)) expect(isChinese(message), message).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../shared/import/columns';
import { LEDGER_TARGETS } from '../../shared/import/ledgerTargets';
import { LEDGER_ESSENTIALS, ledgerRow, type LedgerLookups } from '../../shared/import/ledgerRow';
import { isNoteRow } from '../../shared/import/rows';

const LABELS = [
  '序号',
  '受理日期',
  '申请人',
  '被申请人',
  '身份证号',
  '联系电话',
  '纠纷类别',
  '简要情况',
  '调解员',
  '办理状态',
  '调解结果',
  '涉及金额',
  '备注',
];
const MAPPING = proposeMapping(LABELS, LEDGER_TARGETS);
const look: LedgerLookups = {
  categoryId: (n) => ({ 邻里纠纷: 1, 合同纠纷: 2 })[n],
  accountId: (n) => ({ 王芳: 7 })[n],
  now: new Date(2026, 11, 5, 9, 0),
};
const row = (cells: unknown[]) => ledgerRow(5, cells, MAPPING, look);

/** Issue 14, item 2: one old ledger row as the ledger stores it, or why not. */
describe('import: a ledger row', () => {
  it("maps a full row: parties from both columns, the first party's identity, the handler, a closed outcome", () => {
    const r = row([
      'A-7',
      '2024/3/5',
      '张三',
      '锦华物业服务有限公司',
      '11010519491231002X',
      '13812345678',
      '邻里纠纷',
      '漏水',
      '王芳',
      '已办结',
      '调解成功',
      '1.2万元',
      '',
    ]);
    expect(r).toEqual({
      row: 5,
      ok: true,
      changes: ['办结时间未填，按登记时间记'],
      value: expect.objectContaining({
        legacyCode: 'A-7',
        registeredAt: '2024-03-05T00:00',
        parties: [
          { kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: '13812345678' },
          { kind: 'organisation', name: '锦华物业服务有限公司', idNumber: null, phone: null },
        ],
        categoryId: 1,
        handlerId: 7,
        status: 'closed',
        outcome: 'resolved',
        result: '调解成功',
        closedAt: '2024-03-05T00:00',
        amountYuan: 12000,
        flags: [],
      }),
    });
  });

  it('keeps an invalid ID number and an unknown handler, flagged and noted, not dropped', () => {
    const r = row([
      '',
      '2024-03-05',
      '张三',
      '李四',
      '110105194912310021',
      '123',
      '合同纠纷',
      '',
      '赵六',
      '',
      '',
      '',
      '原件在柜',
    ]);
    if (!r.ok) throw new Error(r.reasons.join());
    expect(r.value.flags).toEqual([
      {
        field: 'idNumber',
        party: '张三',
        value: '110105194912310021',
        message: expect.stringContaining('校验位'),
      },
      { field: 'phone', party: '张三', value: '123', message: '联系电话格式不正确' },
    ]);
    expect(r.value.parties[0]).toMatchObject({ idNumber: null, phone: null });
    expect(r.value.summary).toBe('张三与李四合同纠纷');
    expect(r.value.notes).toBe('原件在柜；原承办人：赵六');
    expect(r.value.status).toBe('registered');
    expect(r.changes).toHaveLength(4);
  });

  it('refuses a row with every reason at once', () => {
    expect(row(['', '下周', '', '', '', '', '土地纠纷', '', '', '', '', '三千', ''])).toEqual({
      row: 5,
      ok: false,
      reasons: [
        '登记时间：「下周」不是可识别的日期（如 2026-01-05、2026/1/5、2026年1月5日）',
        '缺少当事人',
        '纠纷类型「土地纠纷」尚未对应到本系统的类型',
        '涉及金额：金额「三千」不正确（如 1200、1,200元、1.5万元）',
      ],
    });
  });

  it('reads a status written in words', () => {
    const inProgress = row([
      '',
      '2024-03-05',
      '张三',
      '李四',
      '',
      '',
      '邻里纠纷',
      '漏水',
      '',
      '调解中',
      '',
      '',
      '',
    ]);
    expect(inProgress.ok && inProgress.value).toMatchObject({
      status: 'in_progress',
      outcome: null,
      closedAt: null,
    });
  });

  it('reads a 是否办结 column of yes-or-no cells (TRUE / FALSE) like 是 / 否', () => {
    const status = (cell: string) => {
      const r = row(['', '2024-03-05', '张三', '', '', '', '邻里纠纷', '漏水', '', cell, '', '', '']);
      return r.ok ? [r.value.status, r.changes] : r.reasons;
    };
    expect(status('TRUE')).toEqual([
      'closed',
      ['办结时间未填，按登记时间记', '已办结但未写调处结果，按「化解成功」记'],
    ]);
    expect(status('是')).toEqual(status('TRUE'));
    expect(status('FALSE')).toEqual(['registered', []]);
    expect(status('否')).toEqual(status('FALSE'));
  });

  it('skips note rows under the table', () => {
    expect(isNoteRow(['注：本表每月5日前报街道综治中心'], MAPPING, LEDGER_ESSENTIALS)).toBe(true);
    expect(isNoteRow(['合计：32件'], MAPPING, LEDGER_ESSENTIALS)).toBe(true);
    expect(isNoteRow(['1', '2024-03-05', '张三'], MAPPING, LEDGER_ESSENTIALS)).toBe(false);
  });
});

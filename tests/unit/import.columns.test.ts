import { describe, expect, it } from 'vitest';
import { findHeader, layoutKey, proposeMapping } from '../../shared/import/columns';
import { LEDGER_TARGETS } from '../../shared/import/ledgerTargets';

/** Issue 14, item 1: the header below the title rows, and a mapping proposed from the offices' own column names. */
describe('import: header and column mapping', () => {
  it('finds the header below title and blank rows', () => {
    const rows = [
      ['2024年矛盾纠纷排查调处台账'],
      ['填报单位：某某社区综治中心', null, null, '填报日期：2025年1月3日'],
      [],
      ['序号', '受理日期', '当事人', '纠纷类别', '简要情况', '调解员', '调解结果'],
      [1, '2024/1/5', '张三与李四', '邻里纠纷', '漏水', '王芳', '调解成功'],
    ];
    expect(findHeader(rows, LEDGER_TARGETS)).toEqual({
      row: 3,
      labels: ['序号', '受理日期', '当事人', '纠纷类别', '简要情况', '调解员', '调解结果'],
    });
  });

  it('reads a header merged over two rows as one: the lower name where there is one', () => {
    const rows = [
      ['台账'],
      ['编号', '登记时间', '当事人', '当事人', '纠纷类型', '备注'],
      [null, null, '申请人', '被申请人', null, null],
      ['A-1', '2024-01-05', '张三', '李四', '合同纠纷', ''],
    ];
    expect(findHeader(rows, LEDGER_TARGETS)).toEqual({
      row: 2,
      labels: ['编号', '登记时间', '申请人', '被申请人', '纠纷类型', '备注'],
    });
  });

  it('answers nothing when no row names at least two fields', () => {
    expect(
      findHeader(
        [
          ['甲', '乙'],
          ['1', '2'],
        ],
        LEDGER_TARGETS,
      ),
    ).toBeNull();
  });

  it('proposes each field for the column naming it best, one field a column', () => {
    const labels = [
      '序号',
      '受理日期',
      '当事人（姓名）',
      '纠纷类别',
      '纠纷简要情况',
      '调解员',
      '调解结果',
      '联系电话',
      '无关列',
    ];
    expect(proposeMapping(labels, LEDGER_TARGETS)).toEqual([
      'legacyCode',
      'registeredAt',
      'parties',
      'category',
      'summary',
      'handler',
      'outcome',
      'phone',
      null,
    ]);
  });

  it('keys a layout by its columns, not by spacing or notes in brackets', () => {
    expect(layoutKey(['序号', '受理日期', '当事人'])).toBe(
      layoutKey([' 序 号 ', '受理日期（年月日）', '当事人']),
    );
    expect(layoutKey(['序号', '当事人'])).not.toBe(layoutKey(['当事人', '序号']));
  });
});

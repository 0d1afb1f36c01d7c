import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_PATTERN } from '../../shared/archive/codes';
import {
  CATALOGUE_ESSENTIALS,
  catalogueRow,
  readRetention,
  type CatalogueLookups,
  type CatalogueRow,
} from '../../shared/import/catalogueRow';
import { isNoteRow } from '../../shared/import/rows';

const CATEGORIES: Record<string, string> = { HY: '会议记录', BG: '情况报告', TJ: '调解卷宗' };

const look: CatalogueLookups = {
  pattern: DEFAULT_CODE_PATTERN,
  fonds: 'J001',
  fondsName: '示范社区综治中心',
  categoryCode(written) {
    const upper = written.trim().toUpperCase();
    if (upper in CATEGORIES) return upper;
    return Object.entries(CATEGORIES).find(([, name]) => name === written.trim())?.[0];
  },
  boxByNo: (no) => (no === 'H-001' ? 7 : undefined),
  cabinetOf: (id) => (id === 7 ? 'A01' : undefined),
  boxByLocation: (at) => (at === 'A01-H-001' ? 7 : undefined),
};

const MAPPING = ['code', 'category', 'year', 'retention', 'title', 'date', 'pages', 'classification'];

const row = (cells: unknown[], mapping: (string | null)[] = MAPPING) =>
  catalogueRow(12, cells, mapping, look);

function ok(cells: unknown[], mapping?: (string | null)[]): { value: CatalogueRow; changes: string[] } {
  const v = row(cells, mapping);
  if (!v.ok) throw new Error(`refused: ${v.reasons.join('；')}`);
  return v;
}

describe('档案目录的一行：保留能用的档号，其余另编并说明', () => {
  it('keeps a 档号 that reads under the pattern, in the scanner form too', () => {
    const kept = ok([
      'J001-HY.2019-Y-0015',
      '会议记录',
      '2019',
      '永久',
      '例会记录',
      '2019-01-08',
      '4',
      '内部',
    ]);
    expect(kept.changes).toEqual([]);
    expect(kept.value).toMatchObject({
      keepSerial: 15,
      categoryCode: 'HY',
      year: 2019,
      retention: 'Y',
      title: '例会记录',
      responsible: '示范社区综治中心',
      date: '2019-01-08',
      pages: 4,
      classification: 'internal',
    });
  });

  it('takes 门类, 年度 and 保管期限 from the 档号 when the columns are absent', () => {
    const kept = ok(['J001-BG·2020-D30-0003', '汛期排查情况报告'], ['code', 'title']);
    expect(kept.value).toMatchObject({ keepSerial: 3, categoryCode: 'BG', year: 2020, retention: 'D30' });
  });

  it('numbers afresh, keeping the old code, when the 档号 does not fit — and says why', () => {
    const cases: [unknown[], string][] = [
      [['2019-永久-3', 'HY', 2019, '永久', '题名'], '不符合本中心的档号格式（形如 J001-HY·2019-Y-0001）'],
      [['J002-HY·2019-Y-0003', 'HY', 2019, '永久', '题名'], '的全宗号 J002 不是本中心的 J001'],
      [['J001-HY·2018-Y-0003', 'HY', 2019, '永久', '题名'], '的年度与「年度」栏不一致'],
      [['J001-BG·2019-Y-0003', 'HY', 2019, '永久', '题名'], '的门类与「门类」栏不一致'],
      [['J001-HY·2019-D10-0003', 'HY', 2019, '永久', '题名'], '的保管期限与「保管期限」栏不一致'],
      [['J001-ZZ·2019-Y-0003', 'HY', 2019, '永久', '题名'], '的门类代码 ZZ 不在门类表中'],
    ];
    for (const [cells, why] of cases) {
      const v = ok(cells);
      expect(v.value.keepSerial, String(cells[0])).toBeNull();
      expect(v.value.writtenCode).toBe(cells[0]);
      expect(v.changes[0]).toContain(`档号「${String(cells[0])}」${why}：导入时另编档号，原档号保留`);
    }
  });

  it('keeps a 件号 column when there is no 档号', () => {
    const mapping = ['serial', 'category', 'year', 'retention', 'title'];
    expect(ok(['0007', 'HY', '2021年', '定期10年', '题名'], mapping).value).toMatchObject({
      keepSerial: 7,
      year: 2021,
      retention: 'D10',
    });
    const odd = ok(['七', 'HY', '2021', '10年', '题名'], mapping);
    expect(odd.value.keepSerial).toBeNull();
    expect(odd.changes).toEqual(['件号「七」不是正整数：导入时另编件号']);
  });

  it('reads the retention periods offices wrote, old ones to the current table', () => {
    expect(readRetention('永久')).toEqual({ value: 'Y' });
    expect(readRetention('定期30年')).toEqual({ value: 'D30' });
    expect(readRetention('３０年')).toEqual({ value: 'D30' });
    expect(readRetention('D10')).toEqual({ value: 'D10' });
    expect(readRetention('长期')).toEqual({ value: 'D30', was: '长期' });
    expect(readRetention('短期')).toEqual({ value: 'D10', was: '短期' });
    expect(readRetention('五年')).toBeNull();
    const old = ok(['', 'HY', 2015, '长期', '题名']);
    expect(old.value.retention).toBe('D30');
    expect(old.changes).toEqual(['保管期限「长期」按现行规定记为「定期30年」']);
  });

  it('takes the 年度 from the date when the row has none', () => {
    const v = ok(['', 'HY', '', '永久', '题名', new Date(Date.UTC(2018, 4, 3))]);
    expect(v.value).toMatchObject({ year: 2018, date: '2018-05-03' });
    expect(v.changes).toEqual(['年度未填，按日期记为 2018 年']);
  });

  it('refuses with every reason at once', () => {
    const v = row(['', '会议纪要', '19年', '五年', '', '2019年13月1日', '十二', '机密']);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reasons).toEqual([
      '门类「会议纪要」尚未对应到本系统的门类',
      '年度「19年」不是 1949—2100 之间的年份',
      '保管期限「五年」应为永久、定期30年或定期10年',
      '日期：日期「2019年13月1日」不存在',
      '缺少题名',
      '密级「机密」：本系统只登记公开、内部、秘密档案',
      '页数「十二」不是整数',
    ]);
  });

  it('puts the item in its box: found by 盒号 or 存放位置, made when 柜号 and 盒号 are given, else noted', () => {
    const mapping = ['title', 'category', 'year', 'retention', 'boxNo', 'cabinet', 'location', 'note'];
    const base = ['题名', 'HY', 2019, '永久'];
    expect(ok([...base, 'H-001', '', '', ''], mapping).value).toMatchObject({ boxId: 7, newBox: null });
    expect(ok([...base, '', '', 'A01-H-001', ''], mapping).value.boxId).toBe(7);
    const made = ok([...base, 'H-009', 'A02', '', ''], mapping);
    expect(made.value).toMatchObject({ boxId: null, newBox: { cabinet: 'A02', boxNo: 'H-009' } });
    expect(made.changes).toEqual([]);
    const noted = ok([...base, '', '', '二号柜第三格', '原件已破损'], mapping);
    expect(noted.value).toMatchObject({ boxId: null, note: '原件已破损；原存放位置：二号柜第三格' });
    expect(noted.changes).toEqual(['存放位置「二号柜第三格」不是已登记的档案盒：记入备注']);
  });

  it('reads 页数 with its unit, 重要 marks, and the 密级 names', () => {
    const mapping = ['title', 'category', 'year', 'retention', 'pages', 'important', 'classification'];
    expect(ok(['题名', 'HY', 2019, '永久', '12页', '√', '秘密'], mapping).value).toMatchObject({
      pages: 12,
      important: true,
      classification: 'secret',
    });
    expect(ok(['题名', 'HY', 2019, '永久', '', '否', '公开'], mapping).value).toMatchObject({
      pages: 0,
      important: false,
      classification: 'public',
    });
  });

  it('skips note rows under the table', () => {
    expect(isNoteRow(['立卷人：张三', '', '检查人：李四'], MAPPING, CATALOGUE_ESSENTIALS)).toBe(true);
    expect(isNoteRow(['J001-HY·2019-Y-0001', '会议记录'], MAPPING, CATALOGUE_ESSENTIALS)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readAmount, readDate, readText, splitParties } from '../../shared/import/values';

const date = (cell: unknown) => {
  const r = readDate(cell);
  return r.ok ? r.value : r.message;
};

/** Issue 14, item 2: values as offices write them in their old workbooks. */
describe('import: values as offices write them', () => {
  it('reads every common date form, with or without a time', () => {
    const jan5 = { date: '2026-01-05', time: null };
    for (const form of [
      '2026/1/5',
      '2026-01-05',
      '2026.1.5',
      '2026年1月5日',
      '2026年01月05号',
      '20260105',
      '26.1.5',
      '２０２６／１／５',
    ])
      expect(date(form), form).toEqual(jan5);
    expect(date('2026/1/5 9:30')).toEqual({ date: '2026-01-05', time: '09:30' });
    expect(date('2026-01-05 09:30:59')).toEqual({ date: '2026-01-05', time: '09:30' });
    expect(date('2026年1月5日 9时30分')).toEqual({ date: '2026-01-05', time: '09:30' });
    expect(date('202601051430')).toEqual({ date: '2026-01-05', time: '14:30' });
  });

  it('reads Excel date serials and typed date cells', () => {
    expect(date(46027)).toEqual({ date: '2026-01-05', time: null });
    expect(date(46027.5)).toEqual({ date: '2026-01-05', time: '12:00' });
    expect(date('46027')).toEqual({ date: '2026-01-05', time: null });
    expect(date(new Date(Date.UTC(2026, 0, 5)))).toEqual({ date: '2026-01-05', time: null });
    expect(date(new Date(Date.UTC(2026, 0, 5, 14, 5)))).toEqual({ date: '2026-01-05', time: '14:05' });
  });

  it('refuses what is not a date, with the reason, and reads empty as nothing', () => {
    expect(date('2026/2/30')).toBe('日期「2026年2月30日」不存在');
    expect(date('下周一')).toContain('不是可识别的日期');
    expect(date(12)).toBe('数字 12 不是日期');
    expect(date('2026/1/5 25:00')).toBe('时间「25:00」不正确');
    expect(date('')).toBeNull();
    expect(date(null)).toBeNull();
  });

  it('reads amounts with 元, 万元, commas and full-width digits', () => {
    const yuan = (cell: unknown) => {
      const r = readAmount(cell);
      return r.ok ? r.value : r.message;
    };
    expect(yuan(1200)).toBe(1200);
    expect(yuan('1,200元')).toBe(1200);
    expect(yuan('1.5万元')).toBe(15000);
    expect(yuan('３万')).toBe(30000);
    expect(yuan('１２，０００．５０')).toBe(12000.5);
    expect(yuan('约3000元')).toBe(3000);
    expect(yuan('¥ 88.888')).toBe(88.89);
    expect(yuan('无')).toBeNull();
    expect(yuan('')).toBeNull();
    expect(yuan('三千元')).toContain('金额「三千元」不正确');
    expect(yuan(-5)).toContain('不能为负数');
  });

  it('splits the parties of one cell, keeping names that hold a joining word whole', () => {
    expect(splitParties('张三、李四')).toEqual(['张三', '李四']);
    expect(splitParties('张三与李四')).toEqual(['张三', '李四']);
    expect(splitParties('张三 vs 李四')).toEqual(['张三', '李四']);
    expect(splitParties('张三VS李四')).toEqual(['张三', '李四']);
    expect(splitParties('张三，李四；王五/赵六')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(splitParties('李和平与锦华物业服务有限公司')).toEqual(['李和平', '锦华物业服务有限公司']);
    expect(splitParties('王和平')).toEqual(['王和平']);
    expect(splitParties('张三和李四、张三')).toEqual(['张三', '李四']);
    expect(splitParties('  ')).toEqual([]);
  });

  it('folds full-width text and collapses spaces', () => {
    expect(readText('  锦绣花园３栋  １０１室 ')).toBe('锦绣花园3栋 101室');
    expect(readText('')).toBeNull();
    // Chinese punctuation stays as written: a summary keeps its 「：」 and 「，」.
    expect(readText('第１３８起：楼上漏水，双方争执')).toBe('第138起：楼上漏水，双方争执');
  });
});

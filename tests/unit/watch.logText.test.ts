import { describe, expect, it } from 'vitest';
import { navItemsFor } from '../../renderer/src/app/navigation';
import type { Dispatch } from '../../shared/watch/schemas';
import { dispatchState } from '../../shared/watch/supervision';
import {
  ACTION_KEYS,
  CATEGORY_KEYS,
  dispatchRecord,
  parseMinute,
  shortTime,
  supervisionText,
} from '../../renderer/src/features/watch/watchText';

const sent = (over: Partial<Dispatch>, now: string): Dispatch => {
  const d = {
    id: 1,
    eventId: 1,
    target: 'patrol' as const,
    whom: '王队长',
    notifiedAt: '2026-12-05T14:00',
    dueAt: '2026-12-05T14:30',
    arrivedAt: null,
    reportedAt: null,
    report: null,
    recordedBy: '张志斌',
    ...over,
  };
  return { ...d, state: dispatchState(d, now) };
};

describe('值班日志的录入与督办文字', () => {
  it('keys the categories 1–6 and the actions Q W E R T in the vocabularies’ order', () => {
    expect(CATEGORY_KEYS).toEqual([
      ['1', 'security'],
      ['2', 'traffic'],
      ['3', 'fire'],
      ['4', 'dispute'],
      ['5', 'equipment'],
      ['6', 'other'],
    ]);
    expect(ACTION_KEYS.map(([k]) => k).join('')).toBe('QWERT');
    expect(ACTION_KEYS[2]).toEqual(['E', 'patrol']);
  });

  it('reads 时间 typed in full or as the time of today, and refuses anything else', () => {
    expect(parseMinute('2026-12-05 14:05', '2026-12-06')).toBe('2026-12-05T14:05');
    expect(parseMinute(' 8:05 ', '2026-12-06')).toBe('2026-12-06T08:05');
    expect(parseMinute('2026-12-05T14:05', '2026-12-06')).toBe('2026-12-05T14:05');
    for (const bad of ['', '14', '下午两点', '2026-12-05']) expect(parseMinute(bad, '2026-12-06')).toBeNull();
  });

  it('counts the supervision clock from the core’s minute: left, late, answered late', () => {
    expect(supervisionText(sent({}, '2026-12-05T14:10'), '2026-12-05T14:10')).toBe(
      '巡逻队（王队长） 剩余 20 分',
    );
    expect(supervisionText(sent({}, '2026-12-05T14:42'), '2026-12-05T14:42')).toBe(
      '巡逻队（王队长） 超时 12 分',
    );
    const late = sent({ arrivedAt: '2026-12-05T14:35' }, '2026-12-05T14:50');
    expect(supervisionText(late, '2026-12-05T14:50')).toBe('巡逻队（王队长） 14:35 到场（超时 5 分）');
    expect(dispatchRecord(late)).toBe(
      '2026-12-05 14:00 通知巡逻队（王队长），应于 14:30 前反馈，2026-12-05 14:35 到场（超时）',
    );
    const reported = sent({ reportedAt: '2026-12-05T14:20', report: '已劝离' }, '2026-12-05T14:50');
    expect(supervisionText(reported, '2026-12-05T14:50')).toBe('巡逻队（王队长） 已反馈：已劝离');
    expect(shortTime('2026-12-04T23:50', '2026-12-05T00:10')).toBe('2026-12-04 23:50');
    expect(shortTime('2026-12-05T00:05', '2026-12-05T00:10')).toBe('00:05');
  });

  it('shows 值班日志 to the director, staff and operators only', () => {
    for (const role of ['director', 'staff', 'operator'] as const)
      expect(navItemsFor(role).map((i) => i.label)).toContain('值班日志');
    expect(navItemsFor('archivist').map((i) => i.label)).not.toContain('值班日志');
  });
});

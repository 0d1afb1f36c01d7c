import { describe, expect, it } from 'vitest';
import type { Swap } from '../../shared/duty/schemas';
import { THREE_SHIFTS } from '../../shared/duty/shifts';
import { swapNote, swapText } from '../../shared/duty/swaps';

const swap = (over: Partial<Swap>): Swap => ({
  id: 1,
  kind: 'replace',
  date: '2026-10-12',
  shift: 'A',
  fromId: 1,
  fromName: '张志斌',
  toId: 2,
  toName: '刘堃',
  otherDate: null,
  otherShift: null,
  reason: '家中有事',
  status: 'approved',
  requestedAt: '2026-10-01T09:00',
  requestedBy: '张志斌',
  decidedAt: '2026-10-01T10:00',
  decidedBy: '王主任',
  decisionNote: null,
  ...over,
});

describe('调班的说法与备注', () => {
  it('says who gives which shift to whom', () => {
    expect(swapText(swap({}), THREE_SHIFTS)).toBe('张志斌 10月12日（一）A 早班 由 刘堃 替班');
    expect(swapText(swap({ kind: 'swap', otherDate: '2026-10-14', otherShift: 'C' }), THREE_SHIFTS)).toBe(
      '张志斌 10月12日（一）A 早班 与 刘堃 10月14日（三）C 夜班 互换',
    );
  });

  it('notes whose a shift was when an approved swap gave it to its holder, the latest approval counting', () => {
    const replaced = swap({});
    expect(swapNote([replaced], { date: '2026-10-12', shift: 'A', personId: 2 })).toBe('替班（原为 张志斌）');
    expect(swapNote([replaced], { date: '2026-10-12', shift: 'B', personId: 2 })).toBe('');
    expect(
      swapNote([{ ...replaced, status: 'requested' }], { date: '2026-10-12', shift: 'A', personId: 2 }),
    ).toBe('');
    const traded = swap({ id: 2, kind: 'swap', otherDate: '2026-10-14', otherShift: 'C' });
    expect(swapNote([traded], { date: '2026-10-14', shift: 'C', personId: 1 })).toBe('换班（原为 刘堃）');
    // 刘堃 hands the shift he took on to 周凯, and takes it back later: the last approval says how he holds it.
    const onward = swap({
      id: 3,
      fromId: 2,
      fromName: '刘堃',
      toId: 3,
      toName: '周凯',
      decidedAt: '2026-10-02T10:00',
    });
    const back = swap({
      id: 4,
      fromId: 3,
      fromName: '周凯',
      toId: 2,
      toName: '刘堃',
      decidedAt: '2026-10-03T10:00',
    });
    expect(swapNote([back, onward, replaced], { date: '2026-10-12', shift: 'A', personId: 2 })).toBe(
      '替班（原为 周凯）',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { navItemsFor } from '../../renderer/src/app/navigation';

const menu = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.label);

describe('主导航：每个角色看到的页面', () => {
  it('shows the archive room to the director, staff and the archivist', () => {
    for (const role of ['director', 'staff', 'archivist'] as const)
      expect(menu(role)).toEqual(expect.arrayContaining(['档案目录', '档案借阅']));
  });

  it('shows an operator nothing of the archive room (contract: ARCHIVE leaves operators out)', () => {
    expect(menu('operator')).not.toContain('档案目录');
    expect(menu('operator')).not.toContain('档案借阅');
  });

  it('keeps the ledger from the archivist, whose work is the archive room alone', () => {
    for (const ledger of ['首问登记', '矛盾纠纷台账', '统计'])
      expect(menu('archivist')).not.toContain(ledger);
  });
});

describe('点位与设备', () => {
  it('shows the points and faults to whoever reads the watch (contract: WATCH), not to the archivist', () => {
    for (const role of ['director', 'staff', 'operator'] as const) expect(menu(role)).toContain('点位与设备');
    expect(menu('archivist')).not.toContain('点位与设备');
  });
});

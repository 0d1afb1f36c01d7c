import type { FeatureHandlers } from '../../api/types';
import type { Settings } from '../../../../shared/settings/schemas';
import { getSettings, putSettings } from './settings.queries';
import { assertPrintable } from '../../pdf/fonts';

const LABELS: Record<keyof Settings, string> = {
  centreName: '综治中心名称',
  committeeName: '人民调解委员会名称',
  committeeShortName: '调委会简称',
  idleLockMinutes: '自动锁定（分钟）',
  backupKeep: '备份保留份数',
  agreementNumberTemplate: '调解协议编号格式',
  documentDateStyle: '文书日期格式',
};

export const settingsHandlers: FeatureHandlers<'settings'> = {
  get: (ctx) => ctx.read(getSettings),

  update: (ctx, input) =>
    ctx.write((db, audit) => {
      // These names print on every mediation document: a character no configured font can draw is
      // refused here, not at the first print of an agreement.
      assertPrintable({
        人民调解委员会名称: input.committeeName,
        调委会简称: input.committeeShortName,
        调解协议编号格式: input.agreementNumberTemplate ?? '',
      });
      const before = getSettings(db);
      const changed = (Object.keys(LABELS) as (keyof Settings)[]).filter(
        (k) => input[k] !== undefined && before[k] !== input[k],
      );
      putSettings(db, input);
      audit({
        action: 'settings.update',
        entity: 'settings',
        summary: changed.length
          ? `修改设置：${changed.map((k) => `${LABELS[k]} ${String(before[k])} → ${String(input[k])}`).join('；')}`
          : '保存设置（无变化）',
      });
      return getSettings(db);
    }),
};

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { recoveryKeyRows } from '../../../shared/recoveryKey';
import { formatChineseDate } from '../../../shared/dates';
import { OFFICIAL_DEFAULTS, renderPdf } from './render';

/** Four characters of Roboto Mono Bold at 22 pt (0.6 em each) and air on both sides. */
const GROUP_WIDTH = 80;
const DASH_WIDTH = 14;
/** The text area of an OFFICIAL_DEFAULTS page (A4 less the margins), less the frame's padding. */
const FRAME_INNER = 595.28 - 79 - 74 - 8;

/**
 * The key as three rows of three groups, each group a table cell of its own
 * with a fixed width and no wrapping, so a group is never split across lines,
 * in a monospace face (fonts.ts, monoFontFile) so the groups stand in columns
 * and every line break falls between groups.
 */
function keyGrid(key: string): Content {
  const rows = recoveryKeyRows(key);
  const perRow = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: perRow * 2 - 1 }, (_, i) => (i % 2 === 0 ? GROUP_WIDTH : DASH_WIDTH));
  const used = widths.reduce((sum, w) => sum + w, 0);
  const cell = (text: string) => ({ text, noWrap: true, alignment: 'center' as const });
  return {
    table: {
      widths,
      body: rows.map((groups) =>
        widths.map((_, i) => {
          const group = groups[i / 2];
          if (i % 2 === 0) return cell(group ?? '');
          // A dash only between two groups of the row; the row's end is the break.
          return cell(groups[(i + 1) / 2] !== undefined ? '-' : '');
        }),
      ),
    },
    layout: 'noBorders',
    font: 'Mono',
    fontSize: 22,
    bold: true,
    lineHeight: 1.5,
    margin: [Math.max(0, (FRAME_INNER - used) / 2), 12, 0, 12],
  };
}

/**
 * The printable recovery-key sheet, shown once at setup (design.md): the key in
 * large print and, in words a director understands, what it is for.
 */
export function recoveryKeySheetPdf(input: {
  centreName: string;
  recoveryKey: string;
  date: Date;
}): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    ...OFFICIAL_DEFAULTS,
    info: { title: '档案库恢复密钥' },
    content: [
      { text: '档案库恢复密钥', fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      { text: input.centreName, alignment: 'center', margin: [0, 0, 0, 24] },
      {
        table: { widths: ['*'], body: [[keyGrid(input.recoveryKey)]] },
        margin: [0, 0, 0, 24],
      },
      {
        text: '　　本密钥是在所有密码都遗忘时打开档案库的唯一凭证。请将本页交由主任锁入保险柜妥善保管，不得拍照、外传或存放在电脑中。',
        alignment: 'justify',
      },
      {
        text: '　　使用方法：在登录页点击“忘记密码？使用恢复密钥”，逐字输入上方密钥（字母不分大小写，横线可省略），再为主任账户设置新密码。',
        alignment: 'justify',
      },
      {
        text: '　　如本页遗失，请主任登录后在“系统设置”中重新生成恢复密钥，旧密钥随即失效。',
        alignment: 'justify',
      },
      { text: `生成日期：${formatChineseDate(input.date)}`, alignment: 'right', margin: [0, 36, 0, 0] },
      { text: '保管人（签名）：__________________', alignment: 'right', margin: [0, 12, 0, 0] },
    ],
  };
  return renderPdf(doc, { 综治中心名称: input.centreName, 恢复密钥: input.recoveryKey });
}

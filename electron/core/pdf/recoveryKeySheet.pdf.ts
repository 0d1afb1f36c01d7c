import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../shared/dates';
import { OFFICIAL_DEFAULTS, renderPdf } from './render';

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
        table: {
          widths: ['*'],
          body: [
            [
              {
                text: input.recoveryKey,
                fontSize: 20,
                bold: true,
                alignment: 'center',
                margin: [0, 14, 0, 14],
              },
            ],
          ],
        },
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

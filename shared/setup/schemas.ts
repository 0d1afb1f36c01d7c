import { z } from 'zod';
import { password, text, username } from '../api/fields';

/** First-run setup: the centre and its director (design.md, "key management"). */
export const initialiseInput = z
  .object({
    centreName: text('综治中心名称', 60),
    committeeName: text('人民调解委员会名称', 60),
    committeeShortName: text('调委会简称', 10),
    director: z.object({ username, displayName: text('主任姓名', 30), password }).strict(),
  })
  .strict();
export type InitialiseInput = z.infer<typeof initialiseInput>;

export const recoveryKeySheetInput = z.object({ recoveryKey: text('恢复密钥', 64) }).strict();

export interface InitialiseOutput {
  /** Shown once; never stored in clear anywhere. */
  recoveryKey: string;
}

export interface PdfOutput {
  fileName: string;
  base64: string;
}

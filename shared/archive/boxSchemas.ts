// The 门类 dictionary and the boxes (档案盒) at the boundary: separate from the items they hold, re-exported by
// schemas.ts.
import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import { categoryCode } from './fields';

// ——— 门类 dictionary ———

export interface ArchiveCategory {
  code: string;
  name: string;
  retired: boolean;
  /** Items filed under it (a used code cannot be renamed away). */
  itemCount: number;
}

export const saveArchiveCategoriesInput = z
  .object({
    categories: z
      .array(z.object({ code: categoryCode, name: text('门类名称', 20), retired: z.boolean() }).strict())
      .min(1, { error: '至少保留一个门类' })
      .max(60),
  })
  .strict();

// ——— boxes ———

export interface ArchiveBox {
  id: number;
  boxNo: string;
  cabinet: string;
  /** 柜-盒, as shown in 存放位置. */
  location: string;
  note: string | null;
  filedBy: string | null;
  checkedBy: string | null;
  checkedOn: string | null;
  itemCount: number;
  pageCount: number;
  firstCode: string | null;
  lastCode: string | null;
}

export const saveBoxInput = z
  .object({
    id: id.optional(),
    boxNo: text('盒号', 20),
    cabinet: text('柜号', 20),
    note: optionalText('盒内文件情况说明', 500),
    filedBy: optionalText('整理人', 30),
    checkedBy: optionalText('检查人', 30),
    checkedOn: dateField('检查日期').optional(),
  })
  .strict();

export const boxRef = z.object({ id }).strict();
export const boxesRef = z.object({ ids: z.array(id).min(1, { error: '请选择档案盒' }).max(200) }).strict();

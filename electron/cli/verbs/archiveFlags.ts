import { AppError } from '../../core/errors';
import { RETENTIONS, type Retention } from '../../../shared/archive/codes';
import type { ArchiveBox, ArchiveCategory } from '../../../shared/archive/schemas';
import type { AccountSession } from '../account';
import { positiveFlag, requiredFlag, stringFlag, UsageError, type Flags } from '../io';

/** A catalogue filter as `archive:list` and its jobs take it, and the words that describe it. */
export interface CatalogueChoice {
  filter: { year?: number; categoryCode?: string; retention?: Retention; boxId?: number };
  text: string;
}

/** `--box 盒号[,盒号…]` as written (required or not). */
export function boxNosOf(flags: Flags, required = true): string[] {
  const raw = required ? requiredFlag(flags, 'box') : stringFlag(flags, 'box');
  if (raw === undefined) return [];
  const nos = raw
    .split(/[,，、]/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (nos.length === 0) throw new UsageError('参数 --box 需要至少一个盒号。');
  return nos;
}

/** The boxes of those 盒号, in the order given; an unknown 盒号 is refused by name. */
export async function boxesOf(s: AccountSession, wanted: string[]): Promise<ArchiveBox[]> {
  const all = await s.call<ArchiveBox[]>('archive:boxes', {});
  const missing = wanted.filter((no) => !all.some((b) => b.boxNo === no));
  if (missing.length) throw new AppError('NOT_FOUND', `找不到盒号为 ${missing.join('、')} 的档案盒。`);
  return wanted.map((no) => all.find((b) => b.boxNo === no)!);
}

/**
 * `[--year Y] [--category TJ] [--retention D30] [--box 盒号]`: the flags are checked at once (before
 * the archive is opened); the returned step resolves 门类 and 盒号 against the archive's own.
 */
export function catalogueChoice(flags: Flags): (s: AccountSession) => Promise<CatalogueChoice> {
  const year = positiveFlag(flags, 'year');
  const category = stringFlag(flags, 'category')?.trim().toUpperCase();
  const retention = stringFlag(flags, 'retention');
  if (retention !== undefined && !(retention in RETENTIONS))
    throw new UsageError(`参数 --retention 应为 ${Object.keys(RETENTIONS).join('、')}（永久、30年、10年）。`);
  const box = boxNosOf(flags, false);
  if (box.length > 1) throw new UsageError('目录一次按一个档案盒筛选：--box 只写一个盒号。');
  return async (s) => {
    const filter: CatalogueChoice['filter'] = {};
    const parts: string[] = [];
    if (year !== undefined) {
      filter.year = year;
      parts.push(`年度 ${year}`);
    }
    if (category !== undefined) {
      const known = await s.call<ArchiveCategory[]>('archive:categories', {});
      const c = known.find((k) => k.code === category);
      if (!c)
        throw new AppError(
          'NOT_FOUND',
          `没有门类 ${category}（现有：${known.map((k) => `${k.code} ${k.name}`).join('、')}）。`,
        );
      filter.categoryCode = c.code;
      parts.push(`门类 ${c.code} ${c.name}`);
    }
    if (retention !== undefined) {
      filter.retention = retention as Retention;
      parts.push(`保管期限 ${RETENTIONS[retention as Retention]}`);
    }
    if (box.length) {
      const [found] = await boxesOf(s, box);
      filter.boxId = found!.id;
      parts.push(`档案盒 ${found!.boxNo}`);
    }
    return { filter, text: parts.length ? parts.join('，') : '全部在库档案' };
  };
}

/** `--from D --to D`, both required: the period of a loan register. */
export const periodOf = (flags: Flags) => ({
  from: requiredFlag(flags, 'from'),
  to: requiredFlag(flags, 'to'),
});

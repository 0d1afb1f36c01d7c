import {
  CLASSIFICATIONS,
  formatArchiveCode,
  parseArchiveCode,
  RETENTIONS,
  type Classification,
  type Retention,
} from '../archive/codes';
import { halfWidth } from '../halfWidth';
import type { ColumnMapping } from './columns';
import { cellsOf, type RowVerdict } from './rows';
import { readDate, readText } from './values';

/**
 * One row of an old 归档文件目录 turned into a catalogue item (issue 14, item
 * 5), or the reasons it cannot be. Pure, like the ledger's row mapper: the
 * core resolves names beforehand and checks collisions across the archive
 * and the file afterwards (imports.catalogue.ts).
 *
 * The 档号 an office already wrote on its boxes is kept when it reads under
 * this centre's pattern with this centre's 全宗号 and agrees with the row's
 * own 门类, 年度 and 保管期限; otherwise the item is numbered afresh in its
 * series and the old code stays with it as 原档号.
 */
export interface CatalogueRow {
  /** The 件号 kept from the written 档号 (or the 件号 column); null: the next in its series. */
  keepSerial: number | null;
  /** The 档号 as written; stored as 原档号 when the item is numbered afresh. */
  writtenCode: string | null;
  categoryCode: string;
  year: number;
  retention: Retention;
  classification: Classification;
  title: string;
  responsible: string;
  docNumber: string | null;
  date: string | null;
  pages: number;
  important: boolean;
  /** An existing box; or one to be made (柜号 and 盒号 both given, no such box yet). */
  boxId: number | null;
  newBox: { cabinet: string; boxNo: string } | null;
  note: string | null;
}

export type CatalogueVerdict = RowVerdict<CatalogueRow>;

export interface CatalogueLookups {
  /** The configured 档号 pattern and 全宗号. */
  pattern: string;
  fonds: string;
  /** 责任者 when the catalogue gives none: the centre itself formed the file. */
  fondsName: string;
  /** A 门类 by what a cell says — its code, its name, or the user's decision for a name — as its code. */
  categoryCode(written: string): string | undefined;
  /** A box by its 盒号. */
  boxByNo(boxNo: string): number | undefined;
  /** The 柜号 a registered box stands in. */
  cabinetOf(boxId: number): string | undefined;
  /** A box by its 存放位置 as the app writes it (柜-盒). */
  boxByLocation(location: string): number | undefined;
}

/** The fields without which a catalogue row is not an item: a row with none of them is a note. */
export const CATALOGUE_ESSENTIALS = ['title', 'code'] as const;

const RETENTION_BY_LABEL = new Map<string, Retention>(
  Object.entries(RETENTIONS).map(([k, v]) => [v, k as Retention]),
);

/**
 * 保管期限 as offices write it. 长期 and 短期 are the periods before DA/T
 * 22-2015; its own correspondence table puts them at 定期30年 and 定期10年.
 */
export function readRetention(text: string): { value: Retention; was?: string } | null {
  const t = halfWidth(text).replace(/\s/g, '').toUpperCase();
  if (t in RETENTIONS) return { value: t as Retention };
  const byLabel = RETENTION_BY_LABEL.get(t);
  if (byLabel) return { value: byLabel };
  if (/^永久(保存|保管)?$/u.test(t)) return { value: 'Y' };
  if (/^(定期)?30年?$/u.test(t)) return { value: 'D30' };
  if (/^(定期)?10年?$/u.test(t)) return { value: 'D10' };
  if (t === '长期') return { value: 'D30', was: text };
  if (t === '短期') return { value: 'D10', was: text };
  return null;
}

const CLASSIFICATION_BY_LABEL = new Map<string, Classification>(
  Object.entries(CLASSIFICATIONS).map(([k, v]) => [v, k as Classification]),
);

/** A whole number written with or without its unit (「12页」, 「2019年」, full-width digits). */
function wholeNumber(text: string, unit: RegExp): number | null {
  const t = halfWidth(text).replace(/\s/g, '').replace(unit, '');
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

const YES = /^(是|重要|√|✓|✔|★|Y|YES|1)$/iu;

export function catalogueRow(
  row: number,
  cells: readonly unknown[],
  mapping: ColumnMapping,
  look: CatalogueLookups,
): CatalogueVerdict {
  const c = cellsOf(cells, mapping);
  const reasons: string[] = [];
  const changes: string[] = [];
  const notes: string[] = [];

  const categoryText = readText(c.get('category'));
  let categoryCode = categoryText ? look.categoryCode(categoryText) : undefined;
  if (categoryText && categoryCode === undefined)
    reasons.push(`门类「${categoryText}」尚未对应到本系统的门类`);

  const yearText = readText(c.get('year'));
  let year: number | undefined;
  if (yearText) {
    const y = wholeNumber(yearText, /年度?$/u);
    if (y === null || y < 1949 || y > 2100) reasons.push(`年度「${yearText}」不是 1949—2100 之间的年份`);
    else year = y;
  }

  const retentionText = readText(c.get('retention'));
  let retention: Retention | undefined;
  if (retentionText) {
    const r = readRetention(retentionText);
    if (!r) reasons.push(`保管期限「${retentionText}」应为永久、定期30年或定期10年`);
    else {
      retention = r.value;
      if (r.was) changes.push(`保管期限「${r.was}」按现行规定记为「${RETENTIONS[r.value]}」`);
    }
  }

  const dateRead = readDate(c.get('date'));
  if (!dateRead.ok) reasons.push(`日期：${dateRead.message}`);
  const date = dateRead.ok && dateRead.value ? dateRead.value.date : null;

  const title = readText(c.get('title'));
  if (!title) reasons.push('缺少题名');
  else if ([...title].length > 200) reasons.push('题名超过 200 个字');

  const responsible = readText(c.get('responsible')) ?? look.fondsName;
  if ([...responsible].length > 60) reasons.push('责任者超过 60 个字');
  const docNumber = readText(c.get('docNumber'));
  if (docNumber && [...docNumber].length > 60) reasons.push('文号超过 60 个字');

  const classificationText = readText(c.get('classification'));
  let classification: Classification = 'internal';
  if (classificationText) {
    const k = CLASSIFICATION_BY_LABEL.get(halfWidth(classificationText).replace(/\s/g, ''));
    if (!k) reasons.push(`密级「${classificationText}」：本系统只登记公开、内部、秘密档案`);
    else classification = k;
  }

  const pagesText = readText(c.get('pages'));
  const pages = pagesText ? wholeNumber(pagesText, /[页张]$/u) : 0;
  if (pages === null) reasons.push(`页数「${pagesText}」不是整数`);
  // The item form's limit (shared/archive/schemas.ts): six digits read, 100000 allowed.
  else if (pages > 100_000) reasons.push(`页数「${pagesText}」超过 100000`);

  // The written 档号: kept when it fits, else the item is numbered afresh and the code becomes 原档号.
  const writtenCode = readText(c.get('code'));
  let keepSerial: number | null = null;
  if (writtenCode) {
    const parts = parseArchiveCode(look.pattern, writtenCode);
    const codeCategory = parts?.category === undefined ? undefined : look.categoryCode(parts.category);
    const misfit = !parts
      ? `不符合本中心的档号格式（形如 ${formatArchiveCode(look.pattern, { fonds: look.fonds, category: 'HY', year: 2019, retention: 'Y', serial: 1 })}）`
      : parts.fonds !== undefined && parts.fonds !== look.fonds
        ? `的全宗号 ${parts.fonds} 不是本中心的 ${look.fonds}`
        : codeCategory === undefined
          ? `的门类代码 ${parts.category} 不在门类表中`
          : categoryCode !== undefined && codeCategory !== categoryCode
            ? '的门类与「门类」栏不一致'
            : year !== undefined && parts.year !== year
              ? '的年度与「年度」栏不一致'
              : retention !== undefined && parts.retention !== retention
                ? '的保管期限与「保管期限」栏不一致'
                : null;
    if (misfit) changes.push(`档号「${writtenCode}」${misfit}：导入时另编档号，原档号保留`);
    else {
      categoryCode = codeCategory;
      year = parts!.year;
      retention = parts!.retention;
      keepSerial = parts!.serial ?? null;
      // 件号 count from 1: a 0000 kept would be a code no series gives. Its series is still the code's.
      if (keepSerial === 0) {
        keepSerial = null;
        changes.push(`档号「${writtenCode}」的件号为 0：导入时另编件号，原档号保留`);
      }
    }
  } else {
    const serialText = readText(c.get('serial'));
    if (serialText) {
      const n = wholeNumber(serialText, /号$/u);
      if (n && n > 0) keepSerial = n;
      else changes.push(`件号「${serialText}」不是正整数：导入时另编件号`);
    }
  }

  if (year === undefined && date && !yearText) {
    year = Number(date.slice(0, 4));
    changes.push(`年度未填，按日期记为 ${year} 年`);
  }
  if (categoryCode === undefined && !categoryText) reasons.push('缺少门类（「门类」栏或档号中）');
  if (year === undefined && !yearText) reasons.push('缺少年度（「年度」栏、档号或日期中）');
  if (retention === undefined && !retentionText) reasons.push('缺少保管期限（「保管期限」栏或档号中）');

  // Where the item stands: an existing box by 盒号 or 存放位置, a new box when 柜号 and 盒号 are both given.
  let boxId: number | null = null;
  let newBox: CatalogueRow['newBox'] = null;
  const boxNo = readText(c.get('boxNo'));
  const cabinet = readText(c.get('cabinet'));
  const location = readText(c.get('location'));
  if (boxNo) {
    const found = look.boxByNo(boxNo);
    const standsIn = found === undefined ? undefined : look.cabinetOf(found);
    if (found !== undefined) {
      boxId = found;
      // 盒号 are unique in the archive: the box is the registered one, but the cabinet the row
      // names is kept in 备注 and said, not dropped (the box may have been moved, or the row is wrong).
      if (cabinet && standsIn !== undefined && standsIn !== cabinet) {
        notes.push(`原柜号：${cabinet}`);
        changes.push(
          `档案盒 ${boxNo} 登记在柜 ${standsIn}，不是「柜号」栏的 ${cabinet}：放入该盒，原柜号记入备注`,
        );
      }
    } else if (cabinet && [...boxNo].length <= 20 && [...cabinet].length <= 20) {
      // The core says 「导入时新建」 once, on the first row naming the box (imports.catalogue.ts).
      newBox = { cabinet, boxNo };
    } else {
      notes.push(`原盒号：${cabinet ? `${cabinet}-` : ''}${boxNo}`);
      changes.push(`盒号「${boxNo}」不是已登记的档案盒：记入备注`);
    }
  } else if (location) {
    const found = look.boxByLocation(location);
    if (found !== undefined) boxId = found;
    else {
      notes.push(`原存放位置：${location}`);
      changes.push(`存放位置「${location}」不是已登记的档案盒：记入备注`);
    }
  } else if (cabinet) {
    // A 柜号 alone names no box: kept in 备注 rather than silently dropped.
    notes.push(`原柜号：${cabinet}`);
    changes.push(`只写了柜号「${cabinet}」而无盒号：未放入档案盒，柜号记入备注`);
  }
  const note = [readText(c.get('note')), ...notes].filter(Boolean).join('；') || null;
  if (note && [...note].length > 500) reasons.push('备注超过 500 个字');

  if (reasons.length) return { row, ok: false, reasons };
  return {
    row,
    ok: true,
    changes,
    value: {
      keepSerial,
      writtenCode,
      categoryCode: categoryCode!,
      year: year!,
      retention: retention!,
      classification,
      title: title!,
      responsible,
      docNumber,
      date,
      pages: pages!,
      important: YES.test(halfWidth(readText(c.get('important')) ?? '').trim()),
      boxId,
      newBox,
      note,
    },
  };
}

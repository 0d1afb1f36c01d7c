import { toLocalDate } from '../../../../shared/dates';
import type { Classification, Retention } from '../../../../shared/archive/codes';
import type { ArchiveCategory, ArchiveItemDetail, CreateItemInput } from '../../../../shared/archive/schemas';

/** The 归档登记 form as typed: every value a string, as the inputs hold it. */
export interface ItemDraft {
  title: string;
  categoryCode: string;
  year: string;
  retention: Retention | '';
  classification: Classification;
  docNumber: string;
  responsible: string;
  date: string;
  pages: string;
  important: boolean;
  boxId: string;
  note: string;
}

export function emptyItemDraft(responsible: string, today: Date): ItemDraft {
  return {
    title: '',
    categoryCode: '',
    year: String(today.getFullYear()),
    retention: '',
    classification: 'internal',
    docNumber: '',
    responsible,
    date: toLocalDate(today),
    pages: '',
    important: false,
    boxId: '',
    note: '',
  };
}

/** The name of the 门类 the monthly working-meeting minutes are filed under. */
export const MEETING_CATEGORY = '会议记录';

/**
 * 工作例会记录: filed every month the same way (门类 会议记录, 定期10年, 内部,
 * today's date), so the archivist only counts the pages. Null when the
 * director has no active 会议记录 门类.
 */
export function meetingPreset(
  draft: ItemDraft,
  categories: readonly ArchiveCategory[],
  today: Date,
): ItemDraft | null {
  const category = categories.find((c) => c.name === MEETING_CATEGORY && !c.retired);
  if (!category) return null;
  return {
    ...draft,
    title: `${today.getFullYear()}年${today.getMonth() + 1}月工作例会记录`,
    categoryCode: category.code,
    year: String(today.getFullYear()),
    retention: 'D10',
    classification: 'internal',
    date: toLocalDate(today),
  };
}

export function draftFromItem(item: ArchiveItemDetail): ItemDraft {
  return {
    title: item.title,
    categoryCode: item.categoryCode,
    year: String(item.year),
    retention: item.retention,
    classification: item.classification,
    docNumber: item.docNumber ?? '',
    responsible: item.responsible,
    date: item.date ?? '',
    pages: String(item.pages),
    important: item.important,
    boxId: item.boxId === null ? '' : String(item.boxId),
    note: item.note ?? '',
  };
}

// An empty number field must fail as "required" (NaN → 必须是数字), never pass as 0.
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The draft as createItemInput takes it; the schema checks it before the call, the server again. */
export function createInputOf(d: ItemDraft): CreateItemInput {
  return {
    title: d.title,
    categoryCode: d.categoryCode,
    year: toNumber(d.year),
    retention: d.retention as Retention,
    classification: d.classification,
    docNumber: d.docNumber || undefined,
    responsible: d.responsible,
    date: d.date || undefined,
    pages: toNumber(d.pages),
    important: d.important,
    boxId: d.boxId ? Number(d.boxId) : null,
    note: d.note || undefined,
  };
}

/** What archive.update takes: 门类, 年度 and 保管期限 are part of the 档号 and stay. */
export function updateInputOf(id: number, d: ItemDraft) {
  const i = createInputOf(d);
  return {
    id,
    title: i.title,
    classification: i.classification,
    docNumber: i.docNumber,
    responsible: i.responsible,
    date: i.date,
    pages: i.pages,
    important: i.important,
    boxId: i.boxId,
    note: i.note,
  };
}

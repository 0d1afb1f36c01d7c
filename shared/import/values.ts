import { EARLIEST_YEAR, isCalendarDate, LATEST_YEAR } from '../dates';
import { halfWidth } from '../halfWidth';

/**
 * Cell values as offices write them in their old ledgers and catalogues
 * (issue 14, item 2). Every reader takes what a workbook or CSV cell holds —
 * a string, a number, a Date from a typed cell — and answers the stored form
 * or a Chinese reason, never a guess that could store a wrong date.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (message: string): Read<never> => ({ ok: false, message });
const pad = (n: number) => String(n).padStart(2, '0');

/** A date, and the time of day when the cell had one: `2026-01-05`, `09:30`. */
export interface ReadDate {
  date: string;
  time: string | null;
}

/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is allowed for (serials from 61 on). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Serials from 1950 to 2100: a plain number in this range in a date column is an Excel date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73415;

function fromParts(y: number, m: number, d: number, h?: number, min?: number): Read<ReadDate> {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  // Said as what it is: a time-only cell reads as 1899-12-30, a slip as 1024 or 2206 — not 「不存在」.
  if (y < EARLIEST_YEAR || y > LATEST_YEAR)
    return no(`日期「${y}年${m}月${d}日」不在 ${EARLIEST_YEAR}—${LATEST_YEAR} 年之间`);
  if (!isCalendarDate(date)) return no(`日期「${y}年${m}月${d}日」不存在`);
  if (h === undefined) return ok({ date, time: null });
  if (h > 23 || (min ?? 0) > 59) return no(`时间「${h}:${pad(min ?? 0)}」不正确`);
  return ok({ date, time: `${pad(h)}:${pad(min ?? 0)}` });
}

function fromSerial(serial: number): Read<ReadDate> {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return no(`数字 ${serial} 不是日期`);
  const ms = EXCEL_EPOCH_UTC + Math.round(serial * 86400) * 1000;
  const d = new Date(ms);
  const withTime = serial % 1 !== 0;
  return fromParts(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    withTime ? d.getUTCHours() : undefined,
    withTime ? d.getUTCMinutes() : undefined,
  );
}

/** Two-digit years (26.1.5) are this century's: old ledgers do not reach back to 1926. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const DATE_FORMS: readonly RegExp[] = [
  // 2026-01-05, 2026/1/5, 2026.1.5, 26.1.5, each with an optional time 9:30 or 09:30:00
  /^(\d{4}|\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2})[:：](\d{1,2})(?:[:：]\d{1,2}(?:\.\d+)?)?)?$/u,
  // 2026年1月5日, 2026年1月5日 9时30分, 2026年1月5日9:30
  /^(\d{4}|\d{2})年(\d{1,2})月(\d{1,2})[日号]?\s*(?:(\d{1,2})(?:[:：时点])(\d{1,2})?分?)?$/u,
  // 20260105, 202601050930
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?$/u,
];

/**
 * A date in any of the forms offices write: 2026/1/5, 2026-01-05, 2026年1月5日,
 * 20260105, 26.1.5, an Excel date serial, a typed date cell, each with or
 * without a time. Empty → null.
 */
export function readDate(cell: unknown): Read<ReadDate | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return no('日期不正确');
    // Workbook libraries hand typed cells over as UTC instants of the wall-clock time written.
    const h = cell.getUTCHours();
    const m = cell.getUTCMinutes();
    return fromParts(
      cell.getUTCFullYear(),
      cell.getUTCMonth() + 1,
      cell.getUTCDate(),
      h || m ? h : undefined,
      h || m ? m : undefined,
    );
  }
  if (typeof cell === 'number') return fromSerial(cell);
  // Spaces around the separators (「2024 / 1 / 5」, 「2024年 1月 5日」) are typing, not a different form.
  const s = halfWidth(String(cell))
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?([-/.年月]) ?/gu, '$1');
  if (s === '') return ok(null);
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  for (const form of DATE_FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [, y, mo, d, h, min] = m;
    return fromParts(
      fullYear(y!),
      Number(mo),
      Number(d),
      h === undefined ? undefined : Number(h),
      h === undefined ? undefined : Number(min ?? 0),
    );
  }
  return no(`「${s}」不是可识别的日期（如 2026-01-05、2026/1/5、2026年1月5日）`);
}

/**
 * An amount in yuan: 1200, 「1,200元」, 「1.5万元」, 「１２，０００．５０」, 「约3000元」.
 * Rounded to the fen. Empty → null.
 */
export function readAmount(cell: unknown): Read<number | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'number')
    return Number.isFinite(cell) && cell >= 0
      ? ok(Math.round(cell * 100) / 100)
      : no(cell < 0 ? `金额「${cell}」不能为负数` : `金额「${cell}」不正确`);
  const s = halfWidth(String(cell)).trim();
  if (s === '' || /^(无|—+|-+|\/)$/u.test(s)) return ok(null);
  if (/^[-−－]\s*[\d¥￥]/u.test(s)) return no(`金额「${s}」不能为负数`);
  const m =
    /^(?:约|大约|共计?|合计)?\s*(?:¥|￥|RMB)?\s*([\d,，\s]*\.?\d+)\s*(万元|万|元|块)?(?:左右)?$/u.exec(s);
  if (!m) return no(`金额「${s}」不正确（如 1200、1,200元、1.5万元）`);
  const n = Number(m[1]!.replace(/[,，\s]/g, ''));
  if (!Number.isFinite(n)) return no(`金额「${s}」不正确`);
  const yuan = m[2]?.startsWith('万') ? n * 10_000 : n;
  return ok(Math.round(yuan * 100) / 100);
}

/**
 * Marks that always part names in one cell: 、，,；; / and vs, VS, v. — and a
 * line break, as a cell listing its parties one per line (Alt+Enter) has them.
 */
const NAME_MARKS = /\s*(?:[、，,；;/／\r\n]|\bvs\.?(?=\s|[^a-z])|\bv\.)\s*/giu;
/**
 * Words that join two names (张三与李四) but also occur inside names (王和平,
 * 同仁医院): a cell is parted at one only when every part is still at least two
 * characters long, so 「王和平」 stays whole while 「张三和李四」 parts.
 */
const JOINING_WORDS = ['与', '诉', '和', '及', '同'];

function partAtWords(name: string): string[] {
  for (const word of JOINING_WORDS) {
    const parts = name.split(word).map((p) => p.trim());
    if (parts.length > 1 && parts.every((p) => [...p].length >= 2)) return parts.flatMap(partAtWords);
  }
  return [name];
}

/**
 * The parties named in one cell: 「张三、李四」, 「张三与李四」, 「张三 vs 李四」.
 * Empty names are dropped; a repeated name is kept once.
 */
export function splitParties(cell: unknown): string[] {
  if (cell === null || cell === undefined) return [];
  const names = halfWidth(String(cell))
    .trim()
    .split(NAME_MARKS)
    .map((n) => n.trim())
    .filter(Boolean)
    .flatMap(partAtWords);
  return [...new Set(names)];
}

/**
 * Full-width letters and digits (３栋１０１室) and the ideographic space folded;
 * Chinese punctuation (，：；（）) kept, as Chinese text is written with it —
 * NFKC would turn 「：」 into 「:」 throughout a summary.
 */
const foldAlnum = (s: string) =>
  s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\u3000/gu, ' ');

/** Text as stored: full-width letters and digits folded, runs of spaces collapsed. Empty → null. */
export function readText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  const s = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
  if (s === '') return null;
  return foldAlnum(s)
    .replace(/[ \t]+/g, ' ')
    .trim();
}

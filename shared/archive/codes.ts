/**
 * 档号 (DA/T 22-2015 / DA/T 13-2022): 全宗号 - 门类代码·年度 - 保管期限 - 件号,
 * e.g. J001-TJ·2026-D30-0015. The director may reorder the parts and change
 * the separators; the pattern must keep 门类, 年度, 期限 and 件号 because the
 * serial is counted per 门类 + 年度 + 保管期限 — without all three a code
 * would not be unique.
 */

export const RETENTIONS = {
  Y: '永久',
  D30: '定期30年',
  D10: '定期10年',
} as const;
export type Retention = keyof typeof RETENTIONS;

/** Years a retention period lasts; 永久 never ends. */
export const RETENTION_YEARS: Record<Retention, number | null> = { Y: null, D30: 30, D10: 10 };

export const CLASSIFICATIONS = {
  public: '公开',
  internal: '内部',
  secret: '秘密',
} as const;
export type Classification = keyof typeof CLASSIFICATIONS;

export const DEFAULT_CODE_PATTERN = '{全宗号}-{门类}·{年度}-{期限}-{件号}';
export const DEFAULT_FONDS = 'J001';

/** The pattern's parts; each may appear once. */
const TOKENS = {
  全宗号: '([A-Z0-9]{1,8})',
  门类: '([A-Z]{2})',
  年度: '(\\d{4})',
  期限: '(Y|D30|D10)',
  件号: '(\\d{4,})',
} as const;
type Token = keyof typeof TOKENS;
const REQUIRED: readonly Token[] = ['门类', '年度', '期限', '件号'];

/** Separators a code may use: the standard's "-" and "·", and what offices also write. */
const SEPARATOR = /^[-·._/]+$/;

/** The serial is written with four digits (DA/T 22: 件号 4 位, zero-padded). */
export const SERIAL_WIDTH = 4;

export interface CodeParts {
  fonds: string;
  category: string;
  year: number;
  retention: Retention;
  serial: number;
}

type Piece = { token: Token } | { literal: string };

function pieces(pattern: string): Piece[] | string {
  const out: Piece[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    if (m.index > last) out.push({ literal: pattern.slice(last, m.index) });
    const name = m[1] as Token;
    if (!(name in TOKENS))
      return `档号格式中的 {${m[1]}} 不是可用的部分（可用：{全宗号} {门类} {年度} {期限} {件号}）`;
    out.push({ token: name });
    last = re.lastIndex;
  }
  if (last < pattern.length) out.push({ literal: pattern.slice(last) });
  return out;
}

/** Why a pattern cannot number the catalogue, or null when it can. */
export function patternProblem(pattern: string): string | null {
  const parts = pieces(pattern);
  if (typeof parts === 'string') return parts;
  for (const token of REQUIRED)
    if (!parts.some((p) => 'token' in p && p.token === token))
      return `档号格式必须包含 {${token}}（件号按门类、年度、保管期限分别编排）`;
  const seen = new Set<Token>();
  for (const [i, p] of parts.entries()) {
    if ('literal' in p) {
      if (!SEPARATOR.test(p.literal)) return `档号格式的分隔符只能是 - · . _ /，不能是「${p.literal}」`;
      continue;
    }
    if (seen.has(p.token)) return `档号格式中 {${p.token}} 出现了两次`;
    seen.add(p.token);
    const next = parts[i + 1];
    if (next && 'token' in next) return `档号格式中 {${p.token}} 与 {${next.token}} 之间需要分隔符`;
  }
  return null;
}

function mustPieces(pattern: string): Piece[] {
  const problem = patternProblem(pattern);
  if (problem) throw new Error(problem);
  return pieces(pattern) as Piece[];
}

const padSerial = (n: number): string => String(n).padStart(SERIAL_WIDTH, '0');

/** The 档号 of an item under a pattern. */
export function formatArchiveCode(pattern: string, p: CodeParts): string {
  const values: Record<Token, string> = {
    全宗号: p.fonds,
    门类: p.category,
    年度: String(p.year),
    期限: p.retention,
    件号: padSerial(p.serial),
  };
  return mustPieces(pattern)
    .map((piece) => ('token' in piece ? values[piece.token] : piece.literal))
    .join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The parts of a 档号 written under `pattern` (after scanCode normalisation), or null. */
export function parseArchiveCode(pattern: string, code: string): Partial<CodeParts> | null {
  const list = mustPieces(pattern);
  const canonicalPattern = list.map((p) => ('token' in p ? TOKENS[p.token] : escape(scanCode(p.literal))));
  const m = new RegExp(`^${canonicalPattern.join('')}$`).exec(scanCode(code));
  if (!m) return null;
  const out: Partial<CodeParts> = {};
  let group = 1;
  for (const p of list) {
    if (!('token' in p)) continue;
    const v = m[group++]!;
    if (p.token === '全宗号') out.fonds = v;
    else if (p.token === '门类') out.category = v;
    else if (p.token === '年度') out.year = Number(v);
    else if (p.token === '期限') out.retention = v as Retention;
    else out.serial = Number(v);
  }
  return out;
}

/**
 * The form of a 档号 a handheld scanner can type: scanners act as a keyboard
 * with a US layout, where "·" cannot be typed, so the label's code carries "."
 * instead. The same folding (full-width letters, the dots offices use, case,
 * spaces) is applied to whatever is typed into a 档号 field, so a scanned or a
 * hand-typed code both find the item.
 */
export function scanCode(code: string): string {
  return code
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[·•・‧。．]/g, '.');
}

/** The year an item's retention period ends, or null for 永久: counted from the year after its 年度. */
export function retentionEndYear(year: number, retention: Retention): number | null {
  const years = RETENTION_YEARS[retention];
  return years === null ? null : year + years;
}

/** Due for appraisal (到期鉴定) in `currentYear`: its last year of retention has passed. */
export function isRetentionExpired(year: number, retention: Retention, currentYear: number): boolean {
  const end = retentionEndYear(year, retention);
  return end !== null && currentYear > end;
}

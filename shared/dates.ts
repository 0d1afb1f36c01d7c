const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local wall-clock time as stored in the archive: `2026-11-24T14:05:09` (the office's own time zone). */
export function toLocalIso(d: Date): string {
  return `${toLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local calendar date: `2026-11-24`. */
export function toLocalDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Table form (design.md): `2026-11-24 14:05`. */
export function formatTableDateTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** Document form (design.md): `2026年11月24日`. */
export function formatChineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** For file names: `20261124-140509`. */
export function toCompactStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

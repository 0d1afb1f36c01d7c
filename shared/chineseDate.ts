const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 31 → 三十一; 1–99 (counts, months, days). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones ? DIGITS[ones]! : ''}`;
}

/** Date in words, as on official documents: 二〇二六年十一月二十四日. */
export function chineseDateInWords(d: Date): string {
  const year = [...String(d.getFullYear())].map((c) => DIGITS[Number(c)]!).join('');
  return `${year}年${chineseNumber(d.getMonth() + 1)}月${chineseNumber(d.getDate())}日`;
}

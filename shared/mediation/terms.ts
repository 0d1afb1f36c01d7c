import { chineseNumber } from '../chineseDate';

/**
 * The agreement's terms are numbered 一、二、三、 — the same on the editor's
 * fields, on the screen and on paper (issue 13, item 5), so a term that says
 * 「第二项所列款项」 points at what the parties signed.
 */
export const termNumber = (index: number): string => `${chineseNumber(index + 1)}、`;

/** A term as printed: its number, then its text without a number the user typed in front. */
export const numberedTerm = (text: string, index: number): string =>
  `${termNumber(index)}${text.trim().replace(/^[一二三四五六七八九十]+、/u, '')}`;

import { expect, type Locator } from '@playwright/test';

/**
 * Typing into the app's date fields (renderer/src/components/dates), as staff
 * do: click the field, select all, clear, type the digits; the
 * field moves on by itself from year to month to day (to hour, to minute).
 * `getByLabel('开始时间')` finds the field's group (the label names only it),
 * which is what these take. Each ends by checking what the field now shows,
 * so a slip in the typing fails here rather than at a later save.
 */

const FORMS = {
  date: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, shown: (m: string[]) => `${m[1]}-${m[2]}-${m[3]}` },
  dateTime: {
    pattern: /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/,
    shown: (m: string[]) => `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`,
  },
  time: { pattern: /^(\d{2}):(\d{2})$/, shown: (m: string[]) => `${m[1]}:${m[2]}` },
  month: { pattern: /^(\d{4})-(\d{2})$/, shown: (m: string[]) => `${m[1]}年${m[2]}月` },
} as const;

async function typeInto(field: Locator, kind: keyof typeof FORMS, value: string): Promise<void> {
  const form = FORMS[kind];
  const m = form.pattern.exec(value);
  if (!m) throw new Error(`not a ${kind} value as the forms hold it: ${value}`);
  const keyboard = field.page().keyboard;
  await field.getByRole('spinbutton').first().click();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Backspace');
  // With every section selected, the first digit goes to the first section (the year, or the hour).
  await keyboard.type(m.slice(1).join(''));
  await expectShown(field, form.shown([...m]));
}

/** The text the field shows, e.g. `2026-01-05`, `2026-01-05 14:05`, `14:05`, `2026年01月`. */
export async function expectShown(field: Locator, text: string): Promise<void> {
  // The field keeps what it shows in its hidden input (the sections are spans).
  await expect(field.locator('input')).toHaveValue(text);
}

/** `2026-01-05` into a date field. */
export const fillDate = (field: Locator, value: string) => typeInto(field, 'date', value);
/** `2026-01-05T14:05` (or `2026-01-05 14:05`) into a date-and-time field. */
export const fillDateTime = (field: Locator, value: string) => typeInto(field, 'dateTime', value);
/** `14:05` into a time field. */
export const fillTime = (field: Locator, value: string) => typeInto(field, 'time', value);
/** `2026-01` into a month field. */
export const fillMonth = (field: Locator, value: string) => typeInto(field, 'month', value);

/** Empties a date field of any kind, as select-all and Backspace do. */
export async function clearDate(field: Locator): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.press('Backspace');
}

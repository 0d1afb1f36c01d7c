import { z } from 'zod';
import { dateField } from '../api/fields';
import type { CalendarSource } from './workdays';
import type { DeadlinePreset } from '../cases/deadline';

/** The director enters a year's official arrangement (放假安排 and 调休上班日); it wins over every other source. */
export const saveYearInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z.array(dateField('放假日期')).max(60),
    workdays: z.array(dateField('调休上班日期')).max(20),
  })
  .strict()
  .refine((y) => [...y.holidays, ...y.workdays].every((d) => d.startsWith(String(y.year))), {
    error: '日期必须属于所选年份',
  });

export const yearRef = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

export interface CalendarYear {
  year: number;
  source: CalendarSource;
  /** The days off and make-up working days in force for the year, whatever the source. */
  holidays: string[];
  workdays: string[];
}

export const deadlinePresetInput = z
  .object({
    simple: z.number().int().min(0).max(60),
    general: z.number().int().min(0).max(60),
    complex: z.number().int().min(0).max(60),
    major: z.number().int().min(0).max(60),
  })
  .strict();

export type { DeadlinePreset };

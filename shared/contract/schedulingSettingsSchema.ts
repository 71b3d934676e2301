import { z } from 'zod';
import {
  earlyWarningBounds,
  newMediaFilingDaysBounds,
  ruleCountBounds,
} from '../domain/schedulingSettings.ts';
import { unitKinds } from '../domain/units.ts';

const count = () => z.number().int().min(ruleCountBounds.min).max(ruleCountBounds.max);
const kinds = () => z.array(z.enum(unitKinds)).max(unitKinds.length);

/** 2025 is not a leap year, so 02-29 rolls over to 03-01 and is refused like 02-30. */
const existsInEveryYear = (value: string): boolean => {
  const date = new Date(`2025-${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(5, 10) === value;
};

/** A month and day that exists in every year (02-29 does not). */
export const monthDay = () =>
  z
    .string()
    .max(5)
    // `abort` keeps the calendar check below from seeing a value of the wrong shape.
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: '请按“月-日”填写，如 12-31',
      abort: true,
    })
    .refine((value) => existsInEveryYear(value), '该日期不存在')
    .meta({ examples: ['12-31'] });

/** The compliance part of 'settings:update': the whole set at once, as the rules screen saves it. */
export const complianceSettingsSchema = z.strictObject({
  pressConferencesPerQuarter: count(),
  newsOfficeAppearancesPerQuarter: count(),
  principalHeadAppearancesPerYear: count(),
  onlineInterviewsPerYear: count(),
  principalHeadInterviewsPerYear: count(),
  spokespersonFilingDeadline: monthDay(),
  expertPoolFilingDeadline: monthDay(),
  newMediaFilingDays: z
    .number()
    .int()
    .min(newMediaFilingDaysBounds.min)
    .max(newMediaFilingDaysBounds.max),
  earlyWarningWorkingDays: z.number().int().min(earlyWarningBounds.min).max(earlyWarningBounds.max),
  ruleUnitKinds: z.strictObject({
    pressConferences: kinds(),
    onlineInterviews: kinds(),
    principalHeadInterviews: kinds(),
    filings: kinds(),
  }),
});

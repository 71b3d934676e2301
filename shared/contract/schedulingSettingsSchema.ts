import { z } from 'zod';
import {
  earlyWarningBounds,
  newMediaFilingDaysBounds,
  ruleCountBounds,
} from '../domain/schedulingSettings.ts';
import { unitKinds } from '../domain/units.ts';

const count = () => z.number().int().min(ruleCountBounds.min).max(ruleCountBounds.max);
const kinds = () => z.array(z.enum(unitKinds)).max(unitKinds.length);

/** A month and day that exists in every year (02-29 does not). */
export const monthDay = () =>
  z
    .string()
    .max(5)
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '请按“月-日”填写，如 12-31')
    .refine(
      (value) => new Date(`2025-${value}T00:00:00Z`).toISOString().slice(5, 10) === value,
      '该日期不存在',
    )
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

import { z } from 'zod';
import { complianceRules } from '../domain/schedulingCompliance.ts';
import { noticeLimits } from '../domain/schedulingNotice.ts';
import { eventForms, requestStates } from '../domain/requests.ts';
import { identifier, limits } from './limits.ts';
import { plainText } from '../text/displayText.ts';

/** A calendar date, YYYY-MM-DD. */
export const isoDate = () =>
  z.iso
    .date()
    .max(10)
    .meta({ examples: ['2026-12-01'] });

export const year = () => z.number().int().min(2000).max(2100);
/** 1 to 4, or null for the whole year. */
export const quarterOrYear = () => z.number().int().min(1).max(4).nullable();

export const scheduleFilter = {
  unitIds: z.array(identifier()).max(limits.list).optional(),
  forms: z.array(z.enum(eventForms)).max(eventForms.length).optional(),
  states: z.array(z.enum(requestStates)).max(requestStates.length).optional(),
};

export const ruleSchema = () => z.enum(complianceRules);

const line = () => plainText(noticeLimits.line);

export const noticeDraftSchema = z.strictObject({
  // The title breaks where the document should (titleOf in noticeDraft.ts): lines are allowed.
  title: plainText(noticeLimits.title, { trim: true }).min(1),
  addressee: plainText(noticeLimits.addressee),
  opening: plainText(noticeLimits.paragraph),
  sections: z
    .array(
      z.strictObject({
        heading: plainText(noticeLimits.heading),
        style: z.enum(['paragraphs', 'list']),
        lines: z.array(line()).max(noticeLimits.lines),
      }),
    )
    .max(noticeLimits.sections),
  closing: plainText(noticeLimits.paragraph),
  organisation: plainText(noticeLimits.organisation),
  date: isoDate(),
});

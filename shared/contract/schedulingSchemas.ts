import { z } from 'zod';
import { complianceRules } from '../domain/schedulingCompliance.ts';
import { noticeLimits } from '../domain/schedulingNotice.ts';
import { eventForms, requestStates } from '../domain/requests.ts';
import { identifier, limits } from './limits.ts';

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

const line = () => z.string().max(noticeLimits.line);

export const noticeDraftSchema = z.strictObject({
  title: z.string().trim().min(1).max(noticeLimits.title),
  addressee: z.string().max(noticeLimits.addressee),
  opening: z.string().max(noticeLimits.paragraph),
  sections: z
    .array(
      z.strictObject({
        heading: z.string().max(noticeLimits.heading),
        style: z.enum(['paragraphs', 'list']),
        lines: z.array(line()).max(noticeLimits.lines),
      }),
    )
    .max(noticeLimits.sections),
  closing: z.string().max(noticeLimits.paragraph),
  organisation: z.string().max(noticeLimits.organisation),
  date: isoDate(),
});

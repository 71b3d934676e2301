import { z } from 'zod';
import { conferenceKinds, eventForms, mediaKinds } from '../domain/requests.ts';
import { identifier } from './limits.ts';

/** An ISO instant with its offset, e.g. 2026-12-03T09:30:00+08:00. */
export const isoInstant = () =>
  z.iso
    .datetime({ offset: true })
    .max(40)
    .meta({ examples: ['2026-12-03T09:30:00+08:00'] });

const person = z.strictObject({ name: z.string().max(50), title: z.string().max(100) });

export const requestContentSchema = z.strictObject({
  conferenceKind: z.enum(conferenceKinds).nullable(),
  host: person,
  mainSpeaker: person,
  spokesperson: person,
  participants: z.array(person).max(50),
  summary: z.string().max(4000),
  invitedMedia: z
    .array(z.strictObject({ name: z.string().max(100), kind: z.enum(mediaKinds) }))
    .max(50),
  contact: z.strictObject({ name: z.string().max(50), phone: z.string().max(30) }),
  otherAgencies: z.array(z.string().max(100)).max(20),
  spokespersonOpinion: z.string().max(2000),
  leaderOpinion: z.string().max(2000),
});

/** What a draft may hold: bounded, but not yet complete (completeness is checked on submission). */
export const requestFieldsSchema = z.strictObject({
  unitId: identifier(),
  title: z.string().max(200),
  form: z.enum(eventForms),
  startsAt: isoInstant().nullable(),
  endsAt: isoInstant().nullable(),
  venue: z.string().max(200),
  isEmergency: z.boolean(),
  content: requestContentSchema,
});

export const requestRef = { requestId: identifier() };
export const reason = () => z.string().trim().max(2000);

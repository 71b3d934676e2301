import { z } from 'zod';
import { conferenceKinds, eventForms, mediaKinds } from '../domain/requests.ts';
import { identifier } from './limits.ts';
import { draftText, plainText } from '../text/displayText.ts';

/** An ISO instant with its offset, e.g. 2026-12-03T09:30:00+08:00. */
export const isoInstant = () =>
  z.iso
    .datetime({ offset: true })
    .max(40)
    .meta({ examples: ['2026-12-03T09:30:00+08:00'] });

// A draft's fields may be empty and are stored as typed; completeness is checked on submission.
const person = z.strictObject({ name: draftText(50, '姓名'), title: draftText(100, '职务') });

export const requestContentSchema = z.strictObject({
  conferenceKind: z.enum(conferenceKinds).nullable(),
  host: person,
  mainSpeaker: person,
  spokesperson: person,
  participants: z.array(person).max(50),
  summary: plainText(4000),
  invitedMedia: z
    .array(z.strictObject({ name: draftText(100, '媒体名称'), kind: z.enum(mediaKinds) }))
    .max(50),
  contact: z.strictObject({ name: draftText(50, '联系人姓名'), phone: draftText(30, '联系电话') }),
  otherAgencies: z.array(draftText(100, '单位名称')).max(20),
  spokespersonOpinion: plainText(2000),
  leaderOpinion: plainText(2000),
});

/** What a draft may hold: bounded, but not yet complete (completeness is checked on submission). */
export const requestFieldsSchema = z.strictObject({
  unitId: identifier(),
  title: draftText(200, '标题'),
  form: z.enum(eventForms),
  startsAt: isoInstant().nullable(),
  endsAt: isoInstant().nullable(),
  venue: draftText(200, '地点'),
  isEmergency: z.boolean(),
  content: requestContentSchema,
});

export const requestRef = { requestId: identifier() };
export const reason = () => plainText(2000, { trim: true });

import { z } from 'zod';
import {
  concernLevels,
  concernProposals,
  concernSources,
  type ConcernStepKind,
} from '../../../shared/domain/concerns.ts';

/** One record kind per 研判 step that travels; the emergency request travels as a request. */
export const concernRecordKinds = {
  register: 'concern.registered',
  assign: 'concern.assigned',
  propose: 'concern.proposed',
  consult: 'concern.consulted',
  clock: 'concern.clockMarked',
  close: 'concern.closed',
} as const satisfies Partial<Record<ConcernStepKind, string>>;

export type TravellingStepKind = keyof typeof concernRecordKinds;

export const travels = (kind: ConcernStepKind): kind is TravellingStepKind =>
  kind in concernRecordKinds;

const text = (max: number) => z.string().max(max);
const instant = z.iso.datetime({ offset: true });

const stepDetails = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('register') }),
  z.strictObject({ kind: z.literal('assign'), unitName: text(200), deadline: instant }),
  z.strictObject({
    kind: z.literal('propose'),
    proposal: z.enum(concernProposals),
    reason: text(4000),
  }),
  z.strictObject({ kind: z.literal('consult'), participants: text(4000), decision: text(4000) }),
  z.strictObject({ kind: z.literal('clock'), marked: z.boolean() }),
  z.strictObject({
    kind: z.literal('close'),
    requestId: text(200),
    responseMs: z.number().int().min(0),
  }),
]);

/**
 * The item as its sender holds it, units by name: installations name the same units alike but
 * give them their own ids. Only the news office's copy is authoritative; a unit's is informative.
 */
const item = z.strictObject({
  source: z.enum(concernSources),
  firstSeenAt: instant,
  summary: text(10_000),
  links: z.array(text(2000)).max(100),
  level: z.enum(concernLevels),
  clockMarked: z.boolean(),
  registeredByName: text(200),
  registeredAt: instant,
  unitNames: z.array(text(200)).max(500),
  assignedUnitName: text(200).nullable(),
  assignedDeadline: instant.nullable(),
  closedAt: instant.nullable(),
  responseMs: z.number().int().min(0).nullable(),
});

export const concernRecordPayload = z.strictObject({
  concernId: text(200),
  step: z.strictObject({
    actorId: text(200),
    actorName: text(200),
    at: instant,
    details: stepDetails,
  }),
  item,
});

export type ConcernRecordPayload = z.infer<typeof concernRecordPayload>;
export type ConcernItemSnapshot = ConcernRecordPayload['item'];

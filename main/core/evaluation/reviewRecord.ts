import { z } from 'zod';
import { findingKinds, markStatuses } from '../../../shared/domain/evaluation.ts';

const text = (max: number) => z.string().max(max);
const spans = z.array(z.strictObject({ start: z.number().int(), end: z.number().int() })).max(200);

const finding = z.strictObject({
  key: text(500),
  kind: z.enum(findingKinds),
  turn: z
    .strictObject({
      turnId: text(200),
      seq: z.number().int(),
      speakerLabel: text(200),
      spokenAt: text(40),
      offsetMs: z.number(),
      text: text(20_000),
      spans,
    })
    .nullable(),
  source: z.strictObject({ label: text(200), text: text(20_000), spans }).nullable(),
  words: z.array(text(500)).max(200),
  similarity: z.number().min(0).max(1).nullable(),
  question: text(2000).nullable(),
  mark: z
    .strictObject({
      status: z.enum(markStatuses),
      note: text(2000),
      markedByName: text(200),
      markedAt: text(40),
    })
    .nullable(),
});

/**
 * 'evaluation.reviewed': the news office's whole review of one event as it stands after a mark —
 * every finding with its mark — so the department can show it without its own transcript. A later
 * record replaces an earlier one.
 */
export const reviewRecordPayload = z.strictObject({
  requestId: text(200),
  title: text(500),
  reviewedByName: text(200),
  reviewedAt: text(40),
  hasRecording: z.boolean(),
  sentAt: text(40),
  findings: z.array(finding).max(5000),
});

export type ReviewRecordPayload = z.infer<typeof reviewRecordPayload>;

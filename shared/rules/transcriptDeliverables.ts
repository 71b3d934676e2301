import type { Deliverable } from '../domain/transcripts.ts';

export interface DeliverableSpec {
  readonly name: string;
  readonly required: boolean;
  readonly minFiles: number;
}

/**
 * What counties ask an office to hand in after an event (DOMAIN.md section 4). Each event starts
 * with this list; the office adds, drops or relaxes items for the event at hand.
 */
export const defaultDeliverables: readonly DeliverableSpec[] = [
  { name: '通稿', required: true, minFiles: 1 },
  { name: '全程录音', required: true, minFiles: 1 },
  { name: '全程录像', required: true, minFiles: 1 },
  { name: '照片（至少8张）', required: true, minFiles: 8 },
];

export const isDeliverableComplete = (deliverable: Deliverable): boolean =>
  deliverable.files.length >= deliverable.minFiles;

/** The names of required items that do not yet hold enough files. */
export const missingDeliverables = (deliverables: readonly Deliverable[]): string[] =>
  deliverables
    .filter((deliverable) => deliverable.required && !isDeliverableComplete(deliverable))
    .map((deliverable) => deliverable.name);

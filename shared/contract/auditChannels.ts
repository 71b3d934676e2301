import { z } from 'zod';
import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';
import { listQueryFields, type Paged } from './listQuery.ts';

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

/** A run of rows keyed with one chain key, and whether this installation could check it. */
export interface AuditKeySegmentStatus {
  readonly fromSeq: number;
  /** Its last row (fromSeq - 1 when it has none yet). */
  readonly toSeq: number;
  /** The key's short id, e.g. 1A2B-3C4D. */
  readonly keyId: string;
  /** False when the key is not held here: only the links between its rows were checked. */
  readonly checked: boolean;
}

export type AuditVerification = (
  | { readonly intact: true; readonly count: number }
  | {
      readonly intact: false;
      readonly count: number;
      readonly brokenSeq: number;
      readonly reason: string;
    }
) & {
  /** Present once the chain is keyed: its keyed segments, oldest first. */
  readonly keySegments?: readonly AuditKeySegmentStatus[];
};

export const auditChannels = {
  'audit:verify': defineChannel<AuditVerification>()({ input: noInput, access: 'admin.audit' }),
  /** The 审计日志 screen: keyword, range of days and paging, newest first. */
  'audit:page': defineChannel<Paged<AuditEntry>>()({
    input: z.strictObject(listQueryFields),
    access: 'admin.audit',
  }),
  'audit:list': defineChannel<readonly AuditEntry[]>()({
    input: z.strictObject({
      beforeSeq: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: 'admin.audit',
  }),
};

import { z } from 'zod';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { identifier, noInput } from './limits.ts';
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

/** Someone who appears in the audit log as having acted, for its 操作人 filter. */
export interface AuditActor {
  readonly actorId: string;
  readonly actorName: string;
}

/**
 * The 审计日志's filters beyond keyword and days: who acted and what they did. `action` is one
 * action code; the rows of every code with the same name (auditLabels.ts) match it.
 */
const auditFilterFields = {
  keyword: listQueryFields.keyword,
  from: listQueryFields.from,
  to: listQueryFields.to,
  actorId: identifier().optional(),
  action: z.string().trim().max(100).optional(),
};

export const auditChannels = {
  'audit:verify': defineChannel<AuditVerification>()({ input: noInput, access: 'admin.audit' }),
  /** The 审计日志 screen: keyword, range of days and paging, newest first. */
  'audit:page': defineChannel<Paged<AuditEntry>>()({
    input: z.strictObject({
      ...auditFilterFields,
      limit: listQueryFields.limit,
      offset: listQueryFields.offset,
    }),
    access: 'admin.audit',
  }),
  /** Everyone who has acted in the log, by name, for the 操作人 filter. */
  'audit:actors': defineChannel<readonly AuditActor[]>()({ input: noInput, access: 'admin.audit' }),
  /** Every row the filters match (not just one page) as CSV for 审计 requests; audited itself. */
  'audit:exportCsv': defineChannel<ExportedFile>()({
    input: z.strictObject(auditFilterFields),
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

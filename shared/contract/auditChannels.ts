import { z } from 'zod';
import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';

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

export type AuditVerification =
  | { readonly intact: true; readonly count: number }
  | {
      readonly intact: false;
      readonly count: number;
      readonly brokenSeq: number;
      readonly reason: string;
    };

export const auditChannels = {
  'audit:verify': defineChannel<AuditVerification>()({ input: noInput, access: 'admin.audit' }),
  'audit:list': defineChannel<readonly AuditEntry[]>()({
    input: z.strictObject({
      beforeSeq: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: 'admin.audit',
  }),
};

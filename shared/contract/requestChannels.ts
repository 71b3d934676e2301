import { z } from 'zod';
import type { AuditEntry } from './auditChannels.ts';
import type { ExportedFile } from './exportedFile.ts';
import { eventForms, requestStates } from '../domain/requests.ts';
import type { RequestDetail, RequestInbox, RequestSummary } from '../domain/requestViews.ts';
import { defineChannel } from './channel.ts';
import { listQueryFields, listSorts, type Paged } from './listQuery.ts';
import { identifier, limits, noInput, shortText } from './limits.ts';
import { displayName, displayTitle, draftText } from '../text/displayText.ts';
import { isoInstant, reason, requestFieldsSchema, requestRef } from './requestSchemas.ts';

const maxAttachmentBase64 = 28 * 1024 * 1024;

export const requestChannels = {
  'requests:create': defineChannel<RequestDetail>()({
    input: z.strictObject({
      form: z.enum(eventForms).optional(),
      title: draftText(200, '标题').optional(),
    }),
    access: 'requests.draft',
  }),
  'requests:openEmergency': defineChannel<RequestDetail>()({
    input: z.strictObject({ unitId: identifier(), title: displayTitle(limits.shortText) }),
    access: 'requests.emergency',
  }),
  'requests:get': defineChannel<RequestDetail>()({
    input: z.strictObject(requestRef),
    access: 'requests.view',
  }),
  'requests:saveDraft': defineChannel<RequestDetail>()({
    input: z.strictObject({
      ...requestRef,
      revision: z.number().int().min(1),
      fields: requestFieldsSchema,
    }),
    access: 'requests.edit',
  }),
  'requests:submit': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, revision: z.number().int().min(1) }),
    access: 'requests.edit',
  }),
  'requests:withdraw': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, reason: reason() }),
    access: 'requests.edit',
  }),
  'requests:reopen': defineChannel<RequestDetail>()({
    input: z.strictObject(requestRef),
    access: 'requests.edit',
  }),
  'requests:decide': defineChannel<RequestDetail>()({
    input: z.strictObject({
      ...requestRef,
      decision: z.enum(['approve', 'return', 'reject']),
      comment: reason(),
    }),
    access: 'requests.decide',
  }),
  'requests:cancel': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, reason: reason() }),
    access: 'requests.edit',
  }),
  'requests:postpone': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, reason: reason() }),
    access: 'requests.edit',
  }),
  'requests:reschedule': defineChannel<RequestDetail>()({
    input: z.strictObject({
      ...requestRef,
      startsAt: isoInstant(),
      endsAt: isoInstant().nullable(),
      reason: reason(),
    }),
    access: 'requests.edit',
  }),
  'requests:fastTrack': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, comment: reason() }),
    access: 'requests.emergency',
  }),
  'requests:ratify': defineChannel<RequestDetail>()({
    input: z.strictObject({ ...requestRef, comment: reason() }),
    access: 'requests.ratify',
  }),
  'requests:list': defineChannel<readonly RequestSummary[]>()({
    input: z.strictObject({
      states: z.array(z.enum(requestStates)).max(requestStates.length).optional(),
      unitId: identifier().optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(1_000_000).optional(),
    }),
    access: 'requests.view',
  }),
  /** The 报批 list: filtered, sorted and paged in SQL; a drafter's own unit only. */
  'requests:page': defineChannel<Paged<RequestSummary>>()({
    input: z.strictObject({
      ...listQueryFields,
      states: z.array(z.enum(requestStates)).max(requestStates.length).optional(),
      unitId: identifier().optional(),
      form: z.enum(eventForms).optional(),
      sort: z.enum(listSorts).optional(),
    }),
    access: 'requests.view',
  }),
  'requests:deleteDraft': defineChannel<{ readonly requestId: string }>()({
    input: z.strictObject(requestRef),
    access: 'requests.edit',
  }),
  'requests:inbox': defineChannel<RequestInbox>()({ input: noInput, access: 'requests.view' }),
  'requests:timeline': defineChannel<readonly AuditEntry[]>()({
    input: z.strictObject(requestRef),
    access: 'requests.view',
  }),
  'requests:addAttachment': defineChannel<RequestDetail>()({
    input: z.strictObject({
      ...requestRef,
      fileName: displayName(limits.shortText, '文件名'),
      mediaType: z.string().max(100),
      contentBase64: z.string().max(maxAttachmentBase64),
    }),
    access: 'requests.edit',
  }),
  'requests:removeAttachment': defineChannel<RequestDetail>()({
    input: z.strictObject({
      ...requestRef,
      sha256: z
        .string()
        .max(64)
        .regex(/^[0-9a-f]{64}$/)
        .meta({ examples: ['0'.repeat(64)] }),
      fileName: shortText(),
    }),
    access: 'requests.edit',
  }),
  'requests:exportDocument': defineChannel<ExportedFile>()({
    input: z.strictObject({ ...requestRef, document: z.enum(['form', 'approvalLetter']) }),
    access: 'requests.view',
  }),
  'requests:exportPackage': defineChannel<ExportedFile>()({
    input: z.strictObject(requestRef),
    access: 'exchange.transfer',
  }),
};

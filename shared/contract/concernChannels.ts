import { z } from 'zod';
import {
  concernLevels,
  concernProposals,
  concernResponseForms,
  concernSources,
  type ConcernDetail,
  type ConcernSummary,
} from '../domain/concerns.ts';
import { displayName, plainText } from '../text/displayText.ts';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { identifier, limits } from './limits.ts';
import { isoInstant } from './requestSchemas.ts';

const concernRef = { concernId: identifier() };
const maxScreenshotBase64 = 14 * 1024 * 1024;

const link = () =>
  z
    .string()
    .trim()
    .max(1000)
    .regex(/^https?:\/\/\S+$/, '链接应以 http:// 或 https:// 开头。')
    .meta({ examples: ['https://weibo.com/example/1'] });

/** 舆情 register (issue 21): items of public concern, their 研判 and the response clock. */
export const concernChannels = {
  'concerns:list': defineChannel<ConcernSummary[]>()({
    input: z.strictObject({}),
    access: 'concerns.view',
  }),
  'concerns:get': defineChannel<ConcernDetail>()({
    input: z.strictObject(concernRef),
    access: 'concerns.view',
  }),
  'concerns:register': defineChannel<ConcernDetail>()({
    input: z.strictObject({
      source: z.enum(concernSources),
      firstSeenAt: isoInstant(),
      summary: plainText(2000, { trim: true }).pipe(z.string().min(1, '请填写舆情摘要。')),
      links: z.array(link()).max(20),
      unitIds: z.array(identifier()).min(1, '请至少选择一个涉及单位。').max(50),
      level: z.enum(concernLevels),
      clockMarked: z.boolean(),
    }),
    access: 'concerns.manage',
  }),
  'concerns:addAttachment': defineChannel<ConcernDetail>()({
    input: z.strictObject({
      ...concernRef,
      fileName: displayName(limits.shortText, '文件名'),
      mediaType: z.string().max(100),
      contentBase64: z.string().max(maxScreenshotBase64),
    }),
    access: 'concerns.view',
  }),
  'concerns:attachment': defineChannel<ExportedFile>()({
    input: z.strictObject({
      ...concernRef,
      sha256: z
        .string()
        .max(64)
        .regex(/^[0-9a-f]{64}$/)
        .meta({ examples: ['0'.repeat(64)] }),
    }),
    access: 'concerns.view',
  }),
  'concerns:assign': defineChannel<ConcernDetail>()({
    input: z.strictObject({ ...concernRef, unitId: identifier(), deadline: isoInstant() }),
    access: 'concerns.manage',
  }),
  'concerns:propose': defineChannel<ConcernDetail>()({
    input: z.strictObject({
      ...concernRef,
      proposal: z.enum(concernProposals),
      reason: plainText(2000, { trim: true }).pipe(z.string().min(1, '请写明理由。')),
    }),
    access: 'concerns.view',
  }),
  'concerns:consult': defineChannel<ConcernDetail>()({
    input: z.strictObject({
      ...concernRef,
      participants: plainText(500, { trim: true }).pipe(z.string().min(1, '请填写参会人员。')),
      decision: plainText(2000, { trim: true }).pipe(z.string().min(1, '请填写会商决定。')),
    }),
    access: 'concerns.manage',
  }),
  'concerns:markClock': defineChannel<ConcernDetail>()({
    input: z.strictObject({ ...concernRef, marked: z.boolean() }),
    access: 'concerns.manage',
  }),
  /**
   * Opens a request on the fast track prefilled from the item and linked to it: an emergency
   * press conference, a 政务新媒体 release or a 答记者问, by `form`.
   */
  'concerns:openEmergency': defineChannel<ConcernDetail>()({
    input: z.strictObject({
      ...concernRef,
      form: z.enum(concernResponseForms).default('pressConference'),
    }),
    access: 'requests.emergency',
  }),
  /** A package to one of the installations the item's steps travel to (`sendsTo`). */
  'concerns:exportPackage': defineChannel<ExportedFile>()({
    input: z.strictObject({ ...concernRef, installationId: identifier() }),
    access: 'concerns.view',
  }),
  'concerns:exportReport': defineChannel<ExportedFile>()({
    input: z.strictObject(concernRef),
    access: 'concerns.view',
  }),
};

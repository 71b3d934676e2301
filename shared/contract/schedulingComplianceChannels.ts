import { z } from 'zod';
import type { BoardTopics } from '../domain/boardTopics.ts';
import type { CellDetail, ComplianceBoard } from '../domain/schedulingCompliance.ts';
import type { NoticeDraft } from '../domain/schedulingNotice.ts';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { identifier } from './limits.ts';
import { noticeDraftSchema, quarterOrYear, ruleSchema, year } from './schedulingSchemas.ts';

export const complianceChannels = {
  'compliance:board': defineChannel<ComplianceBoard>()({
    input: z.strictObject({ year: year() }),
    access: 'compliance.view',
  }),
  /** Per unit and quarter: events reviewed and their findings (发布评估), 舆情 and response times. */
  'compliance:topics': defineChannel<BoardTopics>()({
    input: z.strictObject({ year: year() }),
    access: 'compliance.view',
  }),
  /** The events (or register entries) behind one cell, and why others did not count. */
  'compliance:cell': defineChannel<CellDetail>()({
    input: z.strictObject({
      unitId: identifier(),
      year: year(),
      quarter: quarterOrYear(),
      rule: ruleSchema(),
    }),
    access: 'compliance.view',
  }),
  /** A 通报 drafted from the board for a quarter or a year, to be edited before export. */
  'compliance:noticeDraft': defineChannel<NoticeDraft>()({
    input: z.strictObject({ year: year(), quarter: quarterOrYear() }),
    access: 'compliance.notice',
  }),
  /**
   * The edited 通报 as a Word file (GB/T 9704), exactly as edited; audited with its hash. `final`
   * issues it (印发): it takes a 发文字号, or keeps the one the period's 通报 holds; otherwise it is a
   * draft for review, marked so on every page and without a number.
   */
  'compliance:exportNotice': defineChannel<ExportedFile>()({
    input: z.strictObject({
      year: year(),
      quarter: quarterOrYear(),
      draft: noticeDraftSchema,
      final: z.boolean().optional(),
    }),
    access: 'compliance.notice',
  }),
};

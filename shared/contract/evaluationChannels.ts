import { z } from 'zod';
import type { EvaluationView } from '../domain/evaluation.ts';
import type { LibraryAnswer } from '../domain/materialAnswers.ts';
import { markStatuses } from '../domain/evaluation.ts';
import { plainText } from '../text/displayText.ts';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { requestRef } from './requestSchemas.ts';

/** A finding's key as `findingKey` writes it: kind, turn id or question number, and a hash. */
const findingKey = () =>
  z
    .string()
    .max(160)
    .regex(/^[A-Za-z0-9_:.-]+$/)
    .meta({ examples: ['figureDiffers:turn-1:12:0a1b2c3d'] });

/** 发布评估 (issue 19): an event's reviewed transcript held against its approved materials. */
export const evaluationChannels = {
  'evaluation:get': defineChannel<EvaluationView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.view',
  }),
  'evaluation:mark': defineChannel<EvaluationView>()({
    input: z.strictObject({
      ...requestRef,
      findingKey: findingKey(),
      status: z.enum(markStatuses),
      note: plainText(2000, { trim: true }),
    }),
    access: 'transcripts.review',
  }),
  'evaluation:addToLibrary': defineChannel<LibraryAnswer>()({
    input: z.strictObject({ ...requestRef, findingKey: findingKey() }),
    access: 'answers.manage',
  }),
  'evaluation:exportWord': defineChannel<ExportedFile>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.view',
  }),
  /** The news office's package to the event's unit, carrying its review (and all else pending). */
  'evaluation:exportPackage': defineChannel<ExportedFile>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.review',
  }),
};

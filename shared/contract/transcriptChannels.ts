import { z } from 'zod';
import type { ExportedFile } from './exportedFile.ts';
import {
  transcriptSearchOrders,
  type AnswerSuggestion,
  type TranscriptEventSummary,
  type TranscriptSearchResult,
  type TranscriptView,
} from '../domain/transcriptViews.ts';
import {
  followUpStates,
  questionStates,
  speakerRoles,
  type Deliverable,
  type TranscriptQuestion,
  type TranscriptRecording,
  type TranscriptTurn,
  type TurnRevision,
} from '../domain/transcripts.ts';
import { defineChannel } from './channel.ts';
import { identifier, limits } from './limits.ts';
import { isoInstant, requestRef } from './requestSchemas.ts';
import { displayName, displayText, plainText } from '../text/displayText.ts';
import { listQueryFields, type Paged } from './listQuery.ts';

/** A long answer can run to several thousand characters; one turn is bounded all the same. */
export const maxTurnLength = 20_000;
/** Audio chunks arrive every few seconds; a backlog after a stall may carry more. */
const maxChunkBase64 = 8 * 1024 * 1024;
export const uploadChunkBytes = 4 * 1024 * 1024;
const maxUploadChunkBase64 = Math.ceil(uploadChunkBytes / 3) * 4;
/** The whole of a file attached as a deliverable (a full video is several gigabytes). */
const maxUploadBytes = 64 * 1024 * 1024 * 1024;
export const audioReadBytes = 4 * 1024 * 1024;

// A reporter may stay unnamed: the name may be empty, but never hold hidden characters.
const name = () => displayText(50, { label: '姓名', mayBeEmpty: true });
const speakerDetail = (label: string) => displayText(100, { label, mayBeEmpty: true });
const turnText = () => plainText(maxTurnLength, { trim: true }).min(1);
const questionText = () => plainText(limits.text, { trim: true });
const deliverableName = () => displayName(limits.shortText);
const sha256 = () =>
  z
    .string()
    .max(64)
    .regex(/^[0-9a-f]{64}$/)
    .meta({ examples: ['0'.repeat(64)] });
const mediaType = () => z.string().max(100);
const ref = <K extends string>(key: K) => ({
  ...requestRef,
  ...({ [key]: identifier() } as Record<K, ReturnType<typeof identifier>>),
});

export interface AudioBytes {
  readonly contentBase64: string;
  readonly totalBytes: number;
  readonly mediaType: string;
}

export const transcriptChannels = {
  'transcripts:list': defineChannel<readonly TranscriptEventSummary[]>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
    access: 'transcripts.view',
  }),
  /** The 现场实录 list: keyword, range of days and paging, in SQL. */
  'transcripts:page': defineChannel<Paged<TranscriptEventSummary>>()({
    input: z.strictObject(listQueryFields),
    access: 'transcripts.view',
  }),
  'transcripts:get': defineChannel<TranscriptView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.view',
  }),
  'transcripts:start': defineChannel<TranscriptView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.capture',
  }),
  'transcripts:end': defineChannel<TranscriptView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.capture',
  }),
  'transcripts:resume': defineChannel<TranscriptView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.capture',
  }),
  'transcripts:addSpeaker': defineChannel<TranscriptView>()({
    input: z.strictObject({
      ...requestRef,
      role: z.enum(speakerRoles),
      name: name(),
      title: speakerDetail('职务'),
      outlet: speakerDetail('所属媒体'),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:updateSpeaker': defineChannel<TranscriptView>()({
    input: z.strictObject({
      ...ref('speakerId'),
      name: name(),
      title: speakerDetail('职务'),
      outlet: speakerDetail('所属媒体'),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:commitTurn': defineChannel<TranscriptTurn>()({
    input: z.strictObject({
      // Chosen by the screen, so a commit retried after a lost answer is stored once.
      ...ref('turnId'),
      speakerId: identifier(),
      text: turnText(),
      startedAt: isoInstant().nullable(),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:editTurn': defineChannel<TranscriptTurn>()({
    input: z.strictObject({
      ...ref('turnId'),
      revision: z.number().int().min(1),
      speakerId: identifier(),
      text: turnText(),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:turnHistory': defineChannel<readonly TurnRevision[]>()({
    input: z.strictObject(ref('turnId')),
    access: 'transcripts.view',
  }),
  'transcripts:saveDraft': defineChannel<null>()({
    input: z.strictObject({
      ...requestRef,
      speakerId: identifier().nullable(),
      text: z.string().max(maxTurnLength),
      startedAt: isoInstant().nullable(),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:beginRecording': defineChannel<TranscriptRecording>()({
    input: z.strictObject({ ...ref('recordingId'), mediaType: mediaType() }),
    access: 'transcripts.capture',
  }),
  'transcripts:appendAudio': defineChannel<TranscriptRecording>()({
    input: z.strictObject({
      ...ref('recordingId'),
      index: z.number().int().min(0).max(1_000_000),
      elapsedMs: z
        .number()
        .int()
        .min(0)
        .max(7 * 86_400_000),
      contentBase64: z.string().max(maxChunkBase64),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:finishRecording': defineChannel<TranscriptRecording>()({
    input: z.strictObject(ref('recordingId')),
    access: 'transcripts.capture',
  }),
  'transcripts:readAudio': defineChannel<AudioBytes>()({
    input: z.strictObject({
      ...ref('recordingId'),
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().min(1).max(audioReadBytes),
    }),
    access: 'transcripts.view',
  }),
  'transcripts:addQuestion': defineChannel<readonly TranscriptQuestion[]>()({
    input: z.strictObject({
      ...ref('questionId'),
      reporterId: identifier(),
      text: questionText(),
      answererId: identifier().nullable(),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:updateQuestion': defineChannel<readonly TranscriptQuestion[]>()({
    input: z.strictObject({
      ...ref('questionId'),
      text: questionText().optional(),
      answererId: identifier().nullable().optional(),
      state: z.enum(questionStates).optional(),
      followUp: z.enum(followUpStates).optional(),
      followUpNote: questionText().optional(),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:suggestAnswers': defineChannel<readonly AnswerSuggestion[]>()({
    input: z.strictObject({ ...requestRef, text: z.string().max(limits.text) }),
    access: 'transcripts.view',
  }),
  'transcripts:addDeliverable': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject({
      ...requestRef,
      name: deliverableName(),
      required: z.boolean(),
      minFiles: z.number().int().min(1).max(100),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:updateDeliverable': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject({
      ...ref('deliverableId'),
      name: deliverableName(),
      required: z.boolean(),
      minFiles: z.number().int().min(1).max(100),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:removeDeliverable': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject(ref('deliverableId')),
    access: 'transcripts.capture',
  }),
  'transcripts:beginUpload': defineChannel<{ readonly uploadId: string }>()({
    input: z.strictObject({
      ...ref('deliverableId'),
      fileName: displayName(200, '文件名'),
      mediaType: mediaType(),
      size: z.number().int().min(1).max(maxUploadBytes),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:uploadChunk': defineChannel<{ readonly receivedBytes: number }>()({
    input: z.strictObject({
      ...ref('uploadId'),
      offset: z.number().int().min(0).max(maxUploadBytes),
      contentBase64: z.string().max(maxUploadChunkBase64),
    }),
    access: 'transcripts.capture',
  }),
  'transcripts:finishUpload': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject(ref('uploadId')),
    access: 'transcripts.capture',
  }),
  'transcripts:attachRecording': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject({ ...ref('deliverableId'), recordingId: identifier() }),
    access: 'transcripts.capture',
  }),
  'transcripts:removeDeliverableFile': defineChannel<readonly Deliverable[]>()({
    input: z.strictObject({ ...ref('deliverableId'), sha256: sha256() }),
    access: 'transcripts.capture',
  }),
  'transcripts:review': defineChannel<TranscriptView>()({
    input: z.strictObject({ ...requestRef, revision: z.number().int().min(0) }),
    access: 'transcripts.review',
  }),
  'transcripts:closeEvent': defineChannel<TranscriptView>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.capture',
  }),
  'transcripts:exportDocument': defineChannel<ExportedFile>()({
    input: z.strictObject(requestRef),
    access: 'transcripts.view',
  }),
  'transcripts:search': defineChannel<TranscriptSearchResult>()({
    input: z.strictObject({
      text: z.string().max(limits.query),
      limit: z.number().int().min(1).max(200).optional(),
      /** None: relevance, or newest first when the query matches very many turns. */
      order: z.enum(transcriptSearchOrders).optional(),
    }),
    access: 'transcripts.view',
  }),
};

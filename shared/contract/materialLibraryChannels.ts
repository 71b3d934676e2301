import { z } from 'zod';
import { answerStatuses, type LibraryAnswer } from '../domain/materialAnswers.ts';
import type { ChecklistItemTemplate } from '../domain/materialClearance.ts';
import { wordingKinds, type WordingEntry } from '../domain/materialWording.ts';
import type { MaterialTemplate } from '../domain/materials.ts';
import { roles } from '../domain/roles.ts';
import { defineChannel } from './channel.ts';
import { identifier, limits, noInput } from './limits.ts';
import { isoDate, materialDocumentText, materialKind } from './materialSchemas.ts';
import { displayName, displayText, displayTitle, plainText } from '../text/displayText.ts';

const answerText = (max: number) => plainText(max, { trim: true });

/** What administrators keep for every event: templates, the checklist, word lists, the 口径库. */
export const materialLibraryChannels = {
  'materialTemplates:list': defineChannel<readonly MaterialTemplate[]>()({
    input: noInput,
    access: 'admin.settings',
  }),
  'materialTemplates:save': defineChannel<readonly MaterialTemplate[]>()({
    input: z.strictObject({ kind: materialKind(), document: materialDocumentText() }),
    access: 'admin.settings',
  }),
  'materialTemplates:reset': defineChannel<readonly MaterialTemplate[]>()({
    input: z.strictObject({ kind: materialKind() }),
    access: 'admin.settings',
  }),
  'checklist:get': defineChannel<readonly ChecklistItemTemplate[]>()({
    input: noInput,
    access: 'signedIn',
  }),
  'checklist:save': defineChannel<readonly ChecklistItemTemplate[]>()({
    input: z.strictObject({
      items: z
        .array(
          z.strictObject({
            id: identifier(),
            label: displayName(100, '检查项名称'),
            guidance: plainText(500, { trim: true }),
            required: z.boolean(),
            roles: z.array(z.enum(roles)).max(roles.length),
            appliesWhen: z.enum(['always', 'otherAgencies']),
          }),
        )
        .max(30),
    }),
    access: 'admin.settings',
  }),
  'wording:list': defineChannel<readonly WordingEntry[]>()({ input: noInput, access: 'signedIn' }),
  'wording:save': defineChannel<readonly WordingEntry[]>()({
    input: z.strictObject({
      entryId: identifier().optional(),
      kind: z.enum(wordingKinds),
      word: displayName(50, '词语'),
      suggestion: displayText(100, { label: '建议用语', mayBeEmpty: true }),
      note: plainText(200, { trim: true }),
    }),
    access: 'wording.admin',
  }),
  'wording:remove': defineChannel<readonly WordingEntry[]>()({
    input: z.strictObject({ entryId: identifier() }),
    access: 'wording.admin',
  }),
  /** One entry a line: `词` or `词=建议用语`. Lines already listed are skipped. */
  'wording:import': defineChannel<{ readonly added: number; readonly skipped: number }>()({
    input: z.strictObject({ kind: z.enum(wordingKinds), text: plainText(100_000) }),
    access: 'wording.admin',
  }),
  'answers:search': defineChannel<readonly LibraryAnswer[]>()({
    input: z.strictObject({
      text: z.string().max(limits.query),
      status: z.enum(answerStatuses).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    access: 'signedIn',
  }),
  'answers:get': defineChannel<LibraryAnswer>()({
    input: z.strictObject({ answerId: identifier() }),
    access: 'signedIn',
  }),
  'answers:save': defineChannel<LibraryAnswer>()({
    input: z.strictObject({
      answerId: identifier().optional(),
      revision: z.number().int().min(1).optional(),
      question: displayTitle(500, '问题'),
      answer: answerText(10_000),
      maySay: answerText(4000),
      mayNotSay: answerText(4000),
      ownerUnitId: identifier(),
      source: answerText(500),
      validUntil: isoDate().nullable(),
      status: z.enum(answerStatuses),
    }),
    access: 'answers.manage',
  }),
};

import { z } from 'zod';
import type {
  MaterialDetail,
  MaterialVersionDetail,
  MaterialVersionSummary,
} from '../domain/materials.ts';
import type { DiffPart } from '../rules/chineseDiff.ts';
import { defineChannel } from './channel.ts';
import { identifier } from './limits.ts';
import { materialRef } from './materialSchemas.ts';
import { plainText } from '../text/displayText.ts';

/** Immutable versions of a material: list, open, take, compare, restore. */
export const materialVersionChannels = {
  'materials:versions': defineChannel<readonly MaterialVersionSummary[]>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
  }),
  'materials:version': defineChannel<MaterialVersionDetail>()({
    input: z.strictObject({ versionId: identifier() }),
    access: 'materials.view',
  }),
  'materials:createVersion': defineChannel<readonly MaterialVersionSummary[]>()({
    input: z.strictObject({ ...materialRef, note: plainText(200, { trim: true }) }),
    access: 'materials.edit',
  }),
  /** Word-level difference between two versions; a null side is the current content. */
  'materials:diff': defineChannel<readonly DiffPart[]>()({
    input: z.strictObject({
      ...materialRef,
      fromVersionId: identifier().nullable(),
      toVersionId: identifier().nullable(),
    }),
    access: 'materials.view',
  }),
  /** Makes an earlier version the current content again, recorded as a new version. */
  'materials:restore': defineChannel<MaterialDetail>()({
    input: z.strictObject({
      ...materialRef,
      versionId: identifier(),
      revision: z.number().int().min(1),
    }),
    access: 'materials.edit',
  }),
};

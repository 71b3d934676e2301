import { z } from 'zod';
import type {
  MaterialDetail,
  MaterialLockView,
  MaterialSaveResult,
  MaterialsOverview,
} from '../domain/materials.ts';
import { defineChannel } from './channel.ts';
import { identifier } from './limits.ts';
import {
  materialDocumentMaxLength,
  materialDocumentText,
  materialKind,
  materialRef,
  sha256Text,
} from './materialSchemas.ts';

/** Opening, editing and autosaving an event's materials. */
export const materialEditChannels = {
  'materials:overview': defineChannel<MaterialsOverview>()({
    input: z.strictObject({ requestId: identifier() }),
    access: 'materials.view',
  }),
  'materials:create': defineChannel<MaterialDetail>()({
    input: z.strictObject({ requestId: identifier(), kind: materialKind() }),
    access: 'materials.edit',
  }),
  /** Opens a material; the window that may edit it takes the editing lease. */
  'materials:open': defineChannel<MaterialDetail>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
  }),
  'materials:save': defineChannel<MaterialSaveResult>()({
    input: z.strictObject({
      ...materialRef,
      revision: z.number().int().min(1),
      document: materialDocumentText(),
    }),
    access: 'materials.edit',
  }),
  /**
   * Autosave of what changed since this window's last save (`baseHash`): the root's own fields as
   * JSON text, and each top-level block either as the index of an unchanged block of that save or
   * as the JSON text of a new or edited one. A long material's save then sends one paragraph,
   * not the whole document.
   */
  'materials:saveChanges': defineChannel<MaterialSaveResult>()({
    input: z.strictObject({
      ...materialRef,
      revision: z.number().int().min(1),
      baseHash: sha256Text(),
      root: z.string().min(2).max(10_000),
      blocks: z
        .array(z.union([z.number().int().min(0), z.string().min(2).max(materialDocumentMaxLength)]))
        .max(100_000),
    }),
    access: 'materials.edit',
  }),
  /** Renews the editing lease while the editor stays open; not activity for the idle lock. */
  'materials:keepOpen': defineChannel<MaterialLockView>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
    passive: true,
  }),
  'materials:close': defineChannel<null>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
  }),
  /** Takes the editing lease from another window (that window can no longer save). */
  'materials:takeOver': defineChannel<MaterialDetail>()({
    input: z.strictObject(materialRef),
    access: 'materials.edit',
  }),
};

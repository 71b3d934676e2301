import { z } from 'zod';
import type { NewMediaText } from '../rules/newMediaText.ts';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { materialRef } from './materialSchemas.ts';

/** Papers out of the materials: Word files in the national layout and text for new media. */
export const materialExportChannels = {
  /** The approved paper, refused unless approved as it stands; `draft` marks every page instead. */
  'materials:exportDocument': defineChannel<ExportedFile>()({
    input: z.strictObject({ ...materialRef, draft: z.boolean() }),
    access: 'materials.view',
  }),
  'materials:newMediaText': defineChannel<NewMediaText>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
  }),
};

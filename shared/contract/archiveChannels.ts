import { z } from 'zod';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';

const date = () =>
  z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ examples: ['2026-03-31'] });

export const archiveChannels = {
  /** The period archive as one zip: every approved event's Word files and the index. */
  'archive:export': defineChannel<ExportedFile>()({
    input: z.strictObject({ from: date(), to: date() }),
    access: 'admin.audit',
  }),
};

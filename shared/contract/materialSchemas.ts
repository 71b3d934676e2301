import { z } from 'zod';
import { materialKinds } from '../domain/materials.ts';
import { identifier } from './limits.ts';
import { displayName } from '../text/displayText.ts';

/** A saved material crosses the seam as its JSON text (shared/lexical/materialDocument.ts). */
export const materialDocumentMaxLength = 2_000_000;
export const materialDocumentText = () => z.string().min(1).max(materialDocumentMaxLength);

export const materialKind = () => z.enum(materialKinds);
export const materialRef = { materialId: identifier() };

export const sha256Text = () =>
  z
    .string()
    .max(64)
    .regex(/^[0-9a-f]{64}$/)
    .meta({ examples: ['0'.repeat(64)] });

/** A Shanghai calendar date, YYYY-MM-DD. */
export const isoDate = () =>
  z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ examples: ['2027-12-31'] });

const maxEvidenceBase64 = 12 * 1024 * 1024;

export const evidenceFile = () =>
  z.strictObject({
    fileName: displayName(200, '文件名'),
    mediaType: z.string().max(100),
    contentBase64: z.string().min(1).max(maxEvidenceBase64),
  });

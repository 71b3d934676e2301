import { z } from 'zod';
import type { MaterialChecklist } from '../domain/materialClearance.ts';
import type { ConsistencyFinding } from '../domain/materialConsistency.ts';
import type { ExportedFile } from './exportedFile.ts';
import { defineChannel } from './channel.ts';
import { identifier, limits } from './limits.ts';
import { evidenceFile, materialRef, sha256Text } from './materialSchemas.ts';
import { plainText } from '../text/displayText.ts';

/** Clearance of a material: the checklist, sign-offs with evidence, and the consistency check. */
export const materialReviewChannels = {
  'materials:checklist': defineChannel<MaterialChecklist>()({
    input: z.strictObject(materialRef),
    access: 'materials.view',
  }),
  /** Signs one item for the content the signer reviewed (`contentHash`), with a note and files. */
  'materials:sign': defineChannel<MaterialChecklist>()({
    input: z.strictObject({
      ...materialRef,
      itemId: identifier(),
      contentHash: sha256Text(),
      note: plainText(limits.text, { trim: true }),
      evidence: z.array(evidenceFile()).max(3),
    }),
    access: 'materials.clear',
  }),
  'materials:evidence': defineChannel<ExportedFile>()({
    input: z.strictObject({ ...materialRef, sha256: sha256Text() }),
    access: 'materials.view',
  }),
  'materials:consistency': defineChannel<readonly ConsistencyFinding[]>()({
    input: z.strictObject({ requestId: identifier() }),
    access: 'materials.view',
  }),
};

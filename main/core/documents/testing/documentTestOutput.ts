import { fileURLToPath } from 'node:url';

/** Where document tests leave their .docx, .pdf and .png files for a reviewer (git-ignored). */
export const documentTestOutput = fileURLToPath(
  new URL('../../../../test-output/documents/', import.meta.url),
);

import type { ArchiveSource } from './archiveSources.ts';
import { releaseArchiveSource } from './releaseArchiveSource.ts';
import { requestArchiveSource } from './requestArchiveSource.ts';
import { transcriptArchiveSource } from './transcriptArchiveSource.ts';

/** Every feature's contribution to the period archive, in the order an event's files are listed. */
export const allArchiveSources: readonly ArchiveSource[] = [
  requestArchiveSource,
  releaseArchiveSource,
  transcriptArchiveSource,
];

import { findTranscript } from '../transcripts/transcriptRepository.ts';
import { transcriptWordFile } from '../transcripts/transcriptReview.ts';
import type { ArchiveSource } from './archiveSources.ts';

/** The 文字实录 of an event, once it has been reviewed as it now stands. */
export const transcriptArchiveSource: ArchiveSource = async (db, request) => {
  const transcript = findTranscript(db, request.id);
  if (
    !transcript ||
    transcript.reviewedRevision === null ||
    transcript.reviewedRevision !== transcript.revision
  ) {
    return [];
  }
  const file = await transcriptWordFile(db, request, transcript);
  return [{ fileName: file.fileName, kind: '文字实录', bytes: file.bytes }];
};

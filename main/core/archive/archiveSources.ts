import type { DatabaseSync } from 'node:sqlite';
import type { RequestRecord } from '../requests/requestRepository.ts';

/** One Word file of the archive, with what the index says about it. */
export interface ArchiveFile {
  /** Sorts by date, then unit: 20260318-县教育体育局-审批函.docx */
  readonly fileName: string;
  readonly kind: string;
  readonly bytes: Buffer;
}

/**
 * What a feature contributes to the period archive for one approved event: the request papers, the
 * release (通稿), the transcript (文字实录). A source that has nothing for an event returns [].
 */
export type ArchiveSource = (
  db: DatabaseSync,
  request: RequestRecord,
) => Promise<readonly ArchiveFile[]>;

import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { attachmentPath } from '../attachments/attachmentStore.ts';
import { recordAttachment } from './deliverableRepository.ts';
import { hashPrefix, syncFolder } from './durableFile.ts';

/** Where an upload in progress collects its chunks. */
export const uploadPath = (attachmentsDir: string, uploadId: string): string =>
  join(attachmentsDir, 'uploads', `${uploadId}.part`);

/**
 * Moves a complete staged file into the content-addressed store (attachments/ab/abcdef…) and
 * records it, the way attachmentStore does for bytes in memory, but for files too large to hold.
 */
export function storeStagedFile(
  db: DatabaseSync,
  attachmentsDir: string,
  staged: string,
  mediaType: string,
  now: Date,
): { sha256: string; size: number } {
  const size = statSync(staged).size;
  const sha256 = hashPrefix(staged, size);
  const target = attachmentPath(attachmentsDir, sha256);
  if (existsSync(target)) {
    rmSync(staged, { force: true });
  } else {
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staged, target);
    syncFolder(dirname(target));
  }
  recordAttachment(db, { sha256, size, mediaType, at: now.toISOString() });
  return { sha256, size };
}

/** A copy of the first `size` bytes of a file, staged for the store. */
export function stageCopy(source: string, staged: string, size: number): void {
  mkdirSync(dirname(staged), { recursive: true });
  copyFileSync(source, staged);
  truncateSync(staged, size);
  const fd = openSync(staged, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

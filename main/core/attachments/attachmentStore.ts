import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

const shaPattern = /^[0-9a-f]{64}$/;

/** Attachments live in the data folder under their SHA-256: attachments/ab/abcdef… */
export function attachmentPath(attachmentsDir: string, sha256: string): string {
  if (!shaPattern.test(sha256)) throw new AppError('invalid_input', '附件标识无效。');
  return join(attachmentsDir, sha256.slice(0, 2), sha256);
}

/**
 * Stores bytes once, under their hash, durably: written to a temporary file, flushed, renamed into
 * place, and the folder flushed, so a crash leaves either the whole file or none. Records the
 * attachment in the database (inside the caller's transaction, if any). Returns the hash.
 */
export function storeAttachment(
  db: DatabaseSync,
  attachmentsDir: string,
  bytes: Uint8Array,
  mediaType: string,
  now: Date,
): string {
  const sha256 = sha256Hex(bytes);
  const target = attachmentPath(attachmentsDir, sha256);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    const folder = openSync(dirname(target), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  }
  db.prepare(
    'INSERT INTO attachments (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(sha256, bytes.length, mediaType, now.toISOString());
  return sha256;
}

/** Reads an attachment back and checks it still has the hash it is stored under. */
export function readAttachment(attachmentsDir: string, sha256: string): Buffer {
  const path = attachmentPath(attachmentsDir, sha256);
  if (!existsSync(path)) throw new AppError('not_found', '附件文件不存在，可能已被移动或删除。');
  const bytes = readFileSync(path);
  if (sha256Hex(bytes) !== sha256) {
    throw new AppError(
      'attachment_damaged',
      '附件文件已损坏（内容与登记的哈希不符）。请从备份恢复。',
    );
  }
  return bytes;
}

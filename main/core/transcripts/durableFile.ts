import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a folder's entries (a file created or renamed in it) to disk. */
export function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates an empty file and makes its folder entry durable, so later appends have a file to land in. */
export function createDurably(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) return;
  closeSync(openSync(path, 'w'));
  syncFolder(dirname(path));
}

/**
 * Appends `bytes` at `expectedSize`, first cutting the file back to that size: what an append
 * interrupted before the database recorded it left behind is dropped, and the retried chunk
 * takes its place. Flushed to disk before returning; returns the new size.
 */
export function appendDurably(path: string, expectedSize: number, bytes: Uint8Array): number {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, expectedSize);
    let written = 0;
    while (written < bytes.length) {
      written += writeSync(fd, bytes, written, bytes.length - written, expectedSize + written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return expectedSize + bytes.length;
}

/** Reads `length` bytes from `offset` (fewer at the end of the file). */
export function readRange(path: string, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < length) {
      const got = readSync(fd, buffer, read, length - read, offset + read);
      if (got === 0) break;
      read += got;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of the first `size` bytes, read a megabyte at a time. */
export function hashPrefix(path: string, size: number): string {
  const hash = createHash('sha256');
  const step = 1024 * 1024;
  for (let offset = 0; offset < size; offset += step) {
    hash.update(readRange(path, offset, Math.min(step, size - offset)));
  }
  return hash.digest('hex');
}

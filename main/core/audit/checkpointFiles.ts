import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../appError.ts';
import { decodePackage, packageExtension } from '../exchange/packageFormat.ts';
import { checkpointFileName, parseCheckpoint, type AuditCheckpoint } from './auditCheckpoint.ts';

/**
 * The checkpoint held by a file or folder: an exchange package (.pwpkg), a backup or archive
 * folder (its 审计校验点.json), an archive downloaded from the app (.zip), or the JSON itself.
 */
export function readCheckpointFrom(path: string): AuditCheckpoint {
  const source = resolve(path);
  if (!existsSync(source)) throw new AppError('not_found', `找不到“${source}”。`);
  if (statSync(source).isDirectory()) {
    const file = join(source, checkpointFileName);
    if (!existsSync(file)) {
      throw new AppError('no_checkpoint', `目录“${source}”中没有${checkpointFileName}。`);
    }
    return fromJson(readFileSync(file), file);
  }
  const bytes = readFileSync(source);
  if (source.endsWith(packageExtension)) return fromPackage(bytes, source);
  if (source.toLowerCase().endsWith('.zip')) return fromZip(bytes, source);
  return fromJson(bytes, source);
}

function fromJson(bytes: Uint8Array, source: string): AuditCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('bad_checkpoint', `“${source}”不是有效的审计校验点。`);
  }
  return parseCheckpoint(value, source);
}

function fromPackage(bytes: Uint8Array, source: string): AuditCheckpoint {
  let checkpoint: AuditCheckpoint | undefined;
  try {
    checkpoint = decodePackage(bytes).checkpoint;
  } catch {
    throw new AppError('bad_checkpoint', `“${source}”不是完整的交换包。`);
  }
  if (!checkpoint) {
    throw new AppError('no_checkpoint', `交换包“${source}”由较早的版本导出，其中没有审计校验点。`);
  }
  return checkpoint;
}

function fromZip(bytes: Uint8Array, source: string): AuditCheckpoint {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => basename(file.name) === checkpointFileName });
  } catch {
    throw new AppError('bad_checkpoint', `“${source}”不是完整的压缩文件。`);
  }
  const [name, content] = Object.entries(entries)[0] ?? [];
  if (!name || !content) {
    throw new AppError('no_checkpoint', `压缩文件“${source}”中没有${checkpointFileName}。`);
  }
  return fromJson(content, `${source}:${name}`);
}

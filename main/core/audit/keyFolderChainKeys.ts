import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { AppError } from '../appError.ts';
import { defaultDataRoot } from '../dataFolder.ts';
import {
  chainKeyText,
  parseChainKey,
  type ChainKeyProvider,
  type ChainKeyRecord,
} from './chainKey.ts';

/**
 * How a key is sealed before it is written: the desktop seals it with the OS keychain
 * (Electron's safeStorage); without a sealer the key file is plain text, protected only by the
 * file system's permissions.
 */
export interface KeySealer {
  /** The file extension of sealed keys, e.g. `.sealed`. */
  readonly extension: string;
  readonly place: string;
  seal(text: string): Buffer;
  /** The text again, or null if this sealer cannot open the bytes (another user, machine…). */
  open(bytes: Buffer): string | null;
}

const plainExtension = '.key';

/** The environment variable naming the key folder of web mode and the admin commands. */
export const keyFolderVariable = 'WORKBENCH_AUDIT_KEYS';

/** Beside the default data folder, never inside any data folder: press-workbench-audit-keys. */
export function defaultKeyFolder(): string {
  return join(dirname(defaultDataRoot()), 'press-workbench-audit-keys');
}

/** The key folder from a command-line option, the environment, or the default; never inside `dataDir`. */
export function keyFolderFor(dataDir: string, option: string | undefined): string {
  const folder = resolve(option ?? process.env[keyFolderVariable] ?? defaultKeyFolder());
  const inside = relative(resolve(dataDir), folder);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new AppError(
      'audit_key_in_data_folder',
      `审计密钥目录“${folder}”位于数据目录之内。密钥必须与数据分开保存，请另选一个目录。`,
    );
  }
  return folder;
}

/**
 * Chain keys as one file per key in a folder: `<installation>-<key id>.key` (plain) or with the
 * sealer's extension. Plain files are read even when a sealer is given, so the desktop also holds
 * the keys web mode created for the same installation on this machine.
 */
export function keyFolderChainKeys(folder: string, sealer?: KeySealer): ChainKeyProvider {
  const readKey = (name: string): ChainKeyRecord | null => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(folder, name));
    } catch {
      return null;
    }
    if (name.endsWith(plainExtension)) return parseChainKey(bytes.toString('utf8'));
    const text = sealer?.open(bytes);
    return text ? parseChainKey(text) : null;
  };
  const extensions = [plainExtension, ...(sealer ? [sealer.extension] : [])];
  return {
    place: sealer ? sealer.place : `密钥目录“${folder}”`,
    load(installationId) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return [];
      }
      return names
        .filter(
          (name) =>
            name.startsWith(`${installationId}-`) &&
            extensions.some((extension) => name.endsWith(extension)),
        )
        .map(readKey)
        .filter((record): record is ChainKeyRecord => record?.installationId === installationId)
        .sort((a, b) => a.firstSeq - b.firstSeq);
    },
    save(record) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const text = chainKeyText(record);
      const name = `${record.installationId}-${record.keyId}`;
      // 'wx': a key file is written once and never overwritten.
      if (sealer)
        writeFileSync(join(folder, name + sealer.extension), sealer.seal(text), { flag: 'wx' });
      else writeFileSync(join(folder, name + plainExtension), text, { flag: 'wx', mode: 0o600 });
    },
  };
}

/** One key file named on the command line (--audit-key): read only. */
export function keyFileChainKeys(file: string): ChainKeyProvider {
  const path = resolve(file);
  let record: ChainKeyRecord | null;
  try {
    record = parseChainKey(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('audit_key_unreadable', `无法读取审计密钥文件“${path}”。`);
  }
  if (!record) {
    throw new AppError('audit_key_unreadable', `“${path}”不是工作台的审计密钥文件，或已损坏。`);
  }
  const held = record;
  return {
    place: `密钥文件“${path}”`,
    load: (installationId) => (held.installationId === installationId ? [held] : []),
    save: () => {
      throw new AppError(
        'audit_key_read_only',
        '用 --audit-key 指明的密钥文件只用于核对，不能写入新密钥。',
      );
    },
  };
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { appendAudit, auditOfSubject } from '../audit/auditRepository.ts';
import { storeAttachment } from '../attachments/attachmentStore.ts';
import { createCore, type Core } from '../createCore.ts';
import { inTransaction } from '../db/transaction.ts';
import { callAs, setUpInstallation } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { buildPackage, type BuiltPackage } from './buildPackage.ts';
import { createExchangeRegistry, type ExchangeRegistry } from './exchangeRegistry.ts';
import { ownInstallationId } from './exchangeIdentity.ts';
import { importPackage } from './importPackage.ts';
import { appendOutgoingRecord } from './outgoingRecords.ts';

/** One installation of the workbench in its own data folder, with its administrator signed in. */
export interface Installation {
  readonly core: Core;
  readonly admin: string;
  readonly actor: Actor;
  readonly id: string;
  readonly registry: ExchangeRegistry;
}

export async function openInstallation(
  root: string,
  name: string,
  now: () => Date,
): Promise<Installation> {
  const core = createCore({ dataDir: join(root, name), mode: 'web', now });
  const admin = await setUpInstallation(core);
  const actor = core.sessions.actorFor(`web:${admin}`, now());
  if (!actor || actor === 'locked') throw new Error('administrator not signed in');
  const registry = createExchangeRegistry();
  registerTestAppliers(registry);
  return { core, admin, actor, id: ownInstallationId(core.db), registry };
}

/**
 * Installations in temp folders: a department and the news office that have registered each
 * other (the news office knows the department as speaking for its unit 县教育体育局), and more on
 * demand. `dispose` closes them all and removes the folders.
 */
export interface ExchangeWorld {
  readonly department: Installation;
  readonly newsOffice: Installation;
  readonly root: string;
  open(name: string): Promise<Installation>;
  /** The same installation opened again from `dataDir` (its own folder, or a copy of it). */
  reopen(installation: Installation, dataDir: string): Installation;
  close(installation: Installation): void;
  dispose(): void;
}

export async function exchangeWorld(now: () => Date): Promise<ExchangeWorld> {
  const folder = tempFolder();
  const cores = new Set<Core>();
  const open = async (name: string) => {
    const installation = await openInstallation(folder.path, name, now);
    cores.add(installation.core);
    return installation;
  };
  const department = await open('department');
  const newsOffice = await open('news-office');
  const newsOfficeUnits = await callAs(newsOffice.core, newsOffice.admin, 'units:list', {});
  await registerCard(department, newsOffice, newsOfficeUnits[1]?.id ?? null);
  await registerCard(newsOffice, department);
  return {
    department,
    newsOffice,
    root: folder.path,
    open,
    reopen(installation, dataDir) {
      const core = createCore({ dataDir, mode: 'web', now });
      cores.add(core);
      return { ...installation, core };
    },
    close(installation) {
      installation.core.close();
      cores.delete(installation.core);
    },
    dispose() {
      for (const core of cores) core.close();
      folder.remove();
    },
  };
}

/** Registers `from`'s peer card at `at`, optionally as speaking for one of `at`'s units. */
export async function registerCard(
  from: Installation,
  at: Installation,
  unitId: string | null = null,
) {
  const { card } = await callAs(from.core, from.admin, 'exchange:identity', {});
  return callAs(at.core, at.admin, 'exchange:registerPeer', { card, unitId });
}

/**
 * Test record kinds: 'test.note' records a note (as an audit row, so it rolls back with the
 * import); 'test.decision' refuses, like a real applier, a decision about a note it does not have.
 */
function registerTestAppliers(registry: ExchangeRegistry): void {
  registry.register('test.note', (db, record, context) => {
    appendAudit(db, context.actor, context.now, {
      action: 'test.note.applied',
      subjectKind: 'testNote',
      subjectId: record.refs['noteId'] ?? '',
      details: { seq: record.seq, from: context.sender.installationId },
    });
  });
  registry.register('test.decision', (db, record, context) => {
    const noteId = record.refs['noteId'] ?? '';
    if (auditOfSubject(db, 'testNote', noteId).length === 0) {
      throw new AppError(
        'exchange_unplaceable',
        `本工作台没有编号为 ${noteId} 的记录，无法处理此决定。`,
      );
    }
    appendAudit(db, context.actor, context.now, {
      action: 'test.decision.applied',
      subjectKind: 'testNote',
      subjectId: noteId,
    });
  });
}

/** Writes one outgoing record the way a service would: inside its own transaction. */
export function send(
  from: Installation,
  to: Installation,
  record: { kind?: string; noteId: string; payload?: unknown; attachments?: readonly string[] },
  now: Date,
) {
  return inTransaction(from.core.db, () =>
    appendOutgoingRecord(
      from.core.db,
      {
        kind: record.kind ?? 'test.note',
        to: to.id,
        refs: { noteId: record.noteId },
        payload: record.payload ?? { note: `note ${record.noteId}` },
        attachments: record.attachments ?? [],
      },
      now,
    ),
  );
}

export function storeTestAttachment(installation: Installation, text: string, now: Date): string {
  const { db, folder } = installation.core;
  return inTransaction(db, () =>
    storeAttachment(db, folder.attachments, Buffer.from(text), 'text/plain', now),
  );
}

export function pack(from: Installation, recordIds: readonly string[], now: Date): BuiltPackage {
  return buildPackage(from.core.db, from.core.folder.attachments, { recordIds }, from.actor, now);
}

export function unpack(into: Installation, bytes: Uint8Array, now: Date, fileName = 'test.pwpkg') {
  return importPackage(
    into.core.db,
    into.core.folder.attachments,
    bytes,
    into.registry.appliers,
    into.actor,
    now,
    fileName,
  );
}

function attachmentFiles(installation: Installation): string[] {
  const root = installation.core.folder.attachments;
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();
}

/** Imports a package expected to be refused; says how, and whether anything at all changed. */
export function importRefused(into: Installation, bytes: Uint8Array, now: Date, fileName?: string) {
  const before = databaseSnapshot(into.core.db);
  const files = attachmentFiles(into).join('\n');
  const refused = refusal(() => unpack(into, bytes, now, fileName));
  const unchanged =
    databaseSnapshot(into.core.db) === before && attachmentFiles(into).join('\n') === files;
  return { ...refused, unchanged };
}

/** The AppError code (and message) a call throws, or 'no error'. */
export function refusal(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'no error', message: '' };
}

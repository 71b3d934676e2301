import type { DatabaseSync } from 'node:sqlite';
import type { LibraryAnswerFields } from '../../../shared/domain/materialAnswers.ts';
import type { WordingEntry, WordingKind } from '../../../shared/domain/materialWording.ts';
import type { MaterialKind } from '../../../shared/domain/materials.ts';

/** Templates an administrator edited; a kind without a row uses the built-in template. */
export interface StoredTemplate {
  readonly kind: MaterialKind;
  readonly document: string;
  readonly updatedByName: string;
  readonly updatedAt: string;
}

export function listStoredTemplates(db: DatabaseSync): StoredTemplate[] {
  return db
    .prepare(
      'SELECT kind, document, updated_by_name AS updatedByName, updated_at AS updatedAt FROM material_templates',
    )
    .all() as unknown as StoredTemplate[];
}

export function upsertTemplate(db: DatabaseSync, template: StoredTemplate): void {
  db.prepare(
    `INSERT INTO material_templates (kind, document, updated_by_name, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET document = excluded.document,
       updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at`,
  ).run(template.kind, template.document, template.updatedByName, template.updatedAt);
}

export function deleteTemplate(db: DatabaseSync, kind: MaterialKind): number {
  return Number(db.prepare('DELETE FROM material_templates WHERE kind = ?').run(kind).changes);
}

export function listWording(db: DatabaseSync): WordingEntry[] {
  return db
    .prepare(
      `SELECT id, kind, word, suggestion, note, updated_at AS updatedAt FROM wording_entries
       ORDER BY kind, word`,
    )
    .all() as unknown as WordingEntry[];
}

export function findWordingByWord(
  db: DatabaseSync,
  kind: WordingKind,
  word: string,
): string | null {
  const row = db
    .prepare('SELECT id FROM wording_entries WHERE kind = ? AND word = ?')
    .get(kind, word) as { id: string } | undefined;
  return row?.id ?? null;
}

export function upsertWording(db: DatabaseSync, entry: WordingEntry): void {
  db.prepare(
    `INSERT INTO wording_entries (id, kind, word, suggestion, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, word = excluded.word,
       suggestion = excluded.suggestion, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(entry.id, entry.kind, entry.word, entry.suggestion, entry.note, entry.updatedAt);
}

export function deleteWording(db: DatabaseSync, id: string): number {
  return Number(db.prepare('DELETE FROM wording_entries WHERE id = ?').run(id).changes);
}

/** A 口径库 answer as stored. */
export interface AnswerRecord extends LibraryAnswerFields {
  readonly id: string;
  readonly revision: number;
  readonly updatedByName: string;
  readonly updatedAt: string;
}

const answerColumns = `id, question, answer, may_say AS maySay, may_not_say AS mayNotSay,
  owner_unit_id AS ownerUnitId, source, valid_until AS validUntil, status, revision,
  updated_by_name AS updatedByName, updated_at AS updatedAt`;

export function findAnswer(db: DatabaseSync, id: string): AnswerRecord | null {
  const row = db.prepare(`SELECT ${answerColumns} FROM library_answers WHERE id = ?`).get(id);
  return (row as AnswerRecord | undefined) ?? null;
}

/** The unit's answer drawn from one source (e.g. one question of one 发布评估), if any. */
export function findAnswerFromSource(
  db: DatabaseSync,
  ownerUnitId: string,
  source: string,
): AnswerRecord | null {
  const row = db
    .prepare(
      `SELECT ${answerColumns} FROM library_answers WHERE owner_unit_id = ? AND source = ? LIMIT 1`,
    )
    .get(ownerUnitId, source);
  return (row as AnswerRecord | undefined) ?? null;
}

export function findAnswers(db: DatabaseSync, ids: readonly string[]): AnswerRecord[] {
  return ids.flatMap((id) => findAnswer(db, id) ?? []);
}

/** The most recently updated answers, for the library's first page (no search text). */
export function recentAnswers(db: DatabaseSync, limit: number): AnswerRecord[] {
  return db
    .prepare(`SELECT ${answerColumns} FROM library_answers ORDER BY updated_at DESC LIMIT ?`)
    .all(limit) as unknown as AnswerRecord[];
}

export function upsertAnswer(db: DatabaseSync, answer: AnswerRecord): void {
  db.prepare(
    `INSERT INTO library_answers (id, question, answer, may_say, may_not_say, owner_unit_id, source,
       valid_until, status, revision, updated_by_name, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET question = excluded.question, answer = excluded.answer,
       may_say = excluded.may_say, may_not_say = excluded.may_not_say,
       owner_unit_id = excluded.owner_unit_id, source = excluded.source,
       valid_until = excluded.valid_until, status = excluded.status, revision = excluded.revision,
       updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at`,
  ).run(
    answer.id,
    answer.question,
    answer.answer,
    answer.maySay,
    answer.mayNotSay,
    answer.ownerUnitId,
    answer.source,
    answer.validUntil,
    answer.status,
    answer.revision,
    answer.updatedByName,
    answer.updatedAt,
  );
}

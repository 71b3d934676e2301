import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ChecklistItemTemplate } from '../../../shared/domain/materialClearance.ts';
import { defaultTemplates } from '../../../shared/domain/materialTemplates.ts';
import type { WordingEntry } from '../../../shared/domain/materialWording.ts';
import { materialKinds, type MaterialTemplate } from '../../../shared/domain/materials.ts';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings, writeSettings } from '../settings/settingsRepository.ts';
import { prepareText } from './materialContent.ts';
import {
  deleteTemplate,
  deleteWording,
  findWordingByWord,
  listStoredTemplates,
  listWording,
  upsertTemplate,
  upsertWording,
} from './libraryRepository.ts';

export function materialTemplates(db: DatabaseSync): MaterialTemplate[] {
  const stored = listStoredTemplates(db);
  return materialKinds.map((kind) => {
    const custom = stored.find((template) => template.kind === kind);
    return custom
      ? {
          kind,
          document: custom.document,
          custom: true,
          updatedAt: custom.updatedAt,
          updatedByName: custom.updatedByName,
        }
      : {
          kind,
          document: canonicalJson(defaultTemplates[kind]),
          custom: false,
          updatedAt: null,
          updatedByName: null,
        };
  });
}

export function saveTemplate(
  db: DatabaseSync,
  input: ParsedInput<'materialTemplates:save'>,
  context: CallContext,
): MaterialTemplate[] {
  const actor = requireActor(context);
  const content = prepareText(input.document);
  return inTransaction(db, () => {
    upsertTemplate(db, {
      kind: input.kind,
      document: content.canonical,
      updatedByName: actor.displayName,
      updatedAt: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'materialTemplate.save',
      subjectKind: 'materialTemplate',
      subjectId: input.kind,
      details: { contentHash: content.contentHash },
    });
    return materialTemplates(db);
  });
}

export function resetTemplate(
  db: DatabaseSync,
  kind: ParsedInput<'materialTemplates:reset'>['kind'],
  context: CallContext,
): MaterialTemplate[] {
  return inTransaction(db, () => {
    if (deleteTemplate(db, kind) > 0) {
      appendAudit(db, context.actor, context.now, {
        action: 'materialTemplate.reset',
        subjectKind: 'materialTemplate',
        subjectId: kind,
      });
    }
    return materialTemplates(db);
  });
}

export function saveChecklist(
  db: DatabaseSync,
  input: ParsedInput<'checklist:save'>,
  context: CallContext,
): readonly ChecklistItemTemplate[] {
  const ids = input.items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('invalid_input', '审查清单中有重复的项目编号。');
  }
  const unsigned = input.items.find((item) => item.roles.length === 0);
  if (unsigned) throw new AppError('invalid_input', `请为“${unsigned.label}”选择可以签署的角色。`);
  return inTransaction(db, () => {
    writeSettings(db, { clearanceChecklist: input.items });
    appendAudit(db, context.actor, context.now, {
      action: 'checklist.save',
      subjectKind: 'settings',
      subjectId: 'clearanceChecklist',
      details: {
        items: input.items.map((item) => ({
          id: item.id,
          required: item.required,
          roles: item.roles,
        })),
      },
    });
    return readSettings(db).clearanceChecklist;
  });
}

export function saveWording(
  db: DatabaseSync,
  input: ParsedInput<'wording:save'>,
  context: CallContext,
): WordingEntry[] {
  return inTransaction(db, () => {
    const clash = findWordingByWord(db, input.kind, input.word);
    if (clash && clash !== input.entryId) {
      throw new AppError('conflict', `“${input.word}”已在该词表中。`);
    }
    const entry: WordingEntry = {
      id: input.entryId ?? randomUUID(),
      kind: input.kind,
      word: input.word,
      suggestion: input.suggestion,
      note: input.note,
      updatedAt: context.now.toISOString(),
    };
    upsertWording(db, entry);
    appendAudit(db, context.actor, context.now, {
      action: 'wording.save',
      subjectKind: 'wording',
      subjectId: entry.id,
      details: { kind: entry.kind, word: entry.word, suggestion: entry.suggestion },
    });
    return listWording(db);
  });
}

export function removeWording(
  db: DatabaseSync,
  entryId: string,
  context: CallContext,
): WordingEntry[] {
  return inTransaction(db, () => {
    if (deleteWording(db, entryId) === 0) throw new AppError('not_found', '该词条已不在词表中。');
    appendAudit(db, context.actor, context.now, {
      action: 'wording.remove',
      subjectKind: 'wording',
      subjectId: entryId,
    });
    return listWording(db);
  });
}

/** One entry a line, `词` or `词=建议用语`; blank lines and words already listed are skipped. */
export function importWording(
  db: DatabaseSync,
  input: ParsedInput<'wording:import'>,
  context: CallContext,
): { added: number; skipped: number } {
  const lines = input.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return inTransaction(db, () => {
    let added = 0;
    for (const line of lines) {
      const [word = '', suggestion = ''] = line.split(/[=＝]/).map((part) => part.trim());
      if (word === '' || word.length > 50 || findWordingByWord(db, input.kind, word)) continue;
      upsertWording(db, {
        id: randomUUID(),
        kind: input.kind,
        word,
        suggestion: suggestion.slice(0, 100),
        note: '',
        updatedAt: context.now.toISOString(),
      });
      added += 1;
    }
    appendAudit(db, context.actor, context.now, {
      action: 'wording.import',
      subjectKind: 'wording',
      subjectId: input.kind,
      details: { added, skipped: lines.length - added },
    });
    return { added, skipped: lines.length - added };
  });
}

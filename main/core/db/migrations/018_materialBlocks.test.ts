import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
  quoteJson,
  tableJson,
  textJson,
} from '../../../../shared/lexical/materialJson.ts';
import { readMaterialDocument } from '../../../../shared/lexical/materialFormat.ts';
import { longBriefing } from '../../../../scripts/bench/editorDocument.ts';
import { writeLayout } from '../../materials/materialBlockRepository.ts';
import { storableText } from '../../materials/materialContent.ts';
import { tempFolder } from '../../testing/tempFolder.ts';
import { openDatabase } from '../openDatabase.ts';
import { migrations } from './index.ts';

const everyKind = materialDocumentOf([
  headingJson('h1', '发布辞'),
  headingJson('h2', '一、基本情况'),
  paragraphJson([textJson('加粗', 1), textJson('与 emoji 😀 和\t制表')]),
  paragraphJson([
    textJson('制表'),
    { type: 'tab', version: 1 },
    textJson('换行'),
    { type: 'linebreak', version: 1 },
  ]),
  paragraphJson(''),
  paragraphJson(''),
  quoteJson('引用'),
  listJson('bullet', ['一', '二']),
  tableJson([
    ['项目', '数量'],
    ['学位', '2400'],
  ]),
  qaItemJson({ question: '问？', answer: '答。', owner: '钱发言', source: '县财政局' }),
]);
const { children = [], ...rootFields } = everyKind.editorState.root;

/** Stored texts of every shape migration 018 met: as this release saves them, and otherwise. */
const storedTexts: Readonly<Record<string, string>> = {
  checked: canonicalJson(readMaterialDocument(everyKind)),
  long: canonicalJson(readMaterialDocument(longBriefing(3_000))),
  // Received from an older release: format 1, with typed section numbers and owner strings.
  format1: canonicalJson({ ...everyKind, formatVersion: 1 }),
  notCanonical: JSON.stringify(readMaterialDocument(everyKind), null, 1),
  withViewState: canonicalJson({
    ...everyKind,
    editorState: { root: { ...rootFields, children, direction: 'ltr' } },
  }),
  unknownNode: canonicalJson(
    materialDocumentOf([paragraphJson('图'), { type: 'image', version: 1, src: 'a.png' }]),
  ),
  numericKeys: canonicalJson(
    materialDocumentOf([{ ...paragraphJson('键'), 10: 'ten', 9: 'nine' }]),
  ),
  noChildren: canonicalJson({ ...everyKind, editorState: { root: rootFields } }),
  noRoot: '{"format":"press-workbench/material","formatVersion":2,"editorState":{}}',
  notAMaterial: '[1,{"b":2,"a":1}]',
};

const folder = tempFolder();
afterAll(() => folder.remove());

function openAt(version: number): DatabaseSync {
  return openDatabase(join(folder.path, 'workbench.db'), {
    backupDir: join(folder.path, 'backups'),
    migrations: migrations.slice(0, version),
  });
}

function storedBlocksAndLayouts(db: DatabaseSync) {
  return {
    blocks: db.prepare('SELECT * FROM material_blocks ORDER BY material_id, hash').all(),
    layouts: db.prepare('SELECT * FROM material_layouts ORDER BY material_id').all(),
  };
}

describe('migration 018 (materials stored as blocks)', () => {
  it('stores what the live code stores for the same documents', () => {
    const before = openAt(17);
    // The materials stand alone here: their requests are not what this migration reads.
    before.exec('PRAGMA foreign_keys = OFF');
    const insert = before.prepare(
      `INSERT INTO materials (id, request_id, kind, document, content_hash, char_count, revision,
         created_by, created_by_name, created_at, updated_by_name, updated_at)
       VALUES (?, 'request', ?, ?, '', 0, 1, 'user', '用户', '', '', '')`,
    );
    for (const [id, text] of Object.entries(storedTexts)) insert.run(id, id, text);
    before.close();

    const db = openAt(18);
    try {
      const migrated = storedBlocksAndLayouts(db);
      db.exec('PRAGMA foreign_keys = OFF');
      db.exec('DELETE FROM material_blocks; DELETE FROM material_layouts');
      for (const [id, text] of Object.entries(storedTexts)) {
        const content = storableText(text);
        writeLayout(db, id, content.layout, { write: content.blocks, gone: [] }, false);
      }
      // The migration keeps its own frozen copy of this logic (018_materialBlocksSplit.ts). When
      // the live code changes on purpose, this test is what changes (it then compares with what
      // the live code gave at schema 18); the migration never does.
      expect(migrated).toEqual(storedBlocksAndLayouts(db));
      const prepared = migrated.layouts.map((row) => [row['material_id'], row['prepared']]);
      expect(Object.fromEntries(prepared)).toEqual({
        checked: 1,
        long: 1,
        format1: 0,
        notCanonical: 0,
        withViewState: 0,
        unknownNode: 0,
        numericKeys: 1,
        noChildren: 1,
        noRoot: 0,
        notAMaterial: 0,
      });
      expect(migrated.blocks.length).toBeGreaterThan(40);
    } finally {
      db.close();
    }
  });
});

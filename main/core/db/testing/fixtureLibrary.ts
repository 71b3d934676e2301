import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../../shared/lexical/materialJson.ts';
import { fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { prepared } from './fixtureMaterials.ts';
import { auditRow, fixtureId, indexRow, insertRow, type FixtureContext } from './fixtureRows.ts';

const { admin, spokesperson } = fixtureUsers;

/** An answer of the 口径库, used by the 答问口径 of schema 5's request. */
export const libraryAnswer = {
  id: fixtureId('answer places'),
  question: '秋季学期学位是否充足？',
  answer: '今年秋季全县新增学位一千二百个，能够满足适龄儿童入学需求。',
};

/** The office's wording list as schema 5's administrator filled it in. */
export const version5Wording = [
  { kind: 'forbidden', word: '绝对安全', suggestion: '', note: '不作绝对化表述。' },
  { kind: 'sensitive', word: '学区房', suggestion: '', note: '避免引导炒作。' },
  { kind: 'preferred', word: '农民工', suggestion: '进城务工人员', note: '' },
] as const;

/** The office's own 发布辞 template, replacing the built-in one. */
export const templateContent = prepared(
  materialDocumentOf([headingJson('h1', '发布辞'), paragraphJson('各位记者朋友，大家上午好！')]),
);

/** What the office keeps for every material: its wording list, 口径库 and templates. */
export function writeLibrary(context: FixtureContext): void {
  const { db } = context;
  for (const entry of version5Wording) {
    const entryId = fixtureId(`wording ${entry.word}`);
    insertRow(db, 'wording_entries', {
      id: entryId,
      ...entry,
      updated_at: '2026-05-04T01:00:00.000Z',
    });
    auditRow(db, admin, '2026-05-04T01:00:00.000Z', 'wording.save', ['wording', entryId], entry);
  }
  insertRow(db, 'material_templates', {
    kind: 'opening',
    document: templateContent.canonical,
    updated_by_name: admin.displayName,
    updated_at: '2026-05-04T02:00:00.000Z',
  });
  auditRow(
    db,
    admin,
    '2026-05-04T02:00:00.000Z',
    'materialTemplate.save',
    ['materialTemplate', 'opening'],
    {
      contentHash: templateContent.contentHash,
    },
  );
  const answer = {
    id: libraryAnswer.id,
    question: libraryAnswer.question,
    answer: libraryAnswer.answer,
    may_say: '学位总体充足，按划片就近入学。',
    may_not_say: '不对个别学校的招生计划作出承诺。',
    owner_unit_id: fixtureUnits.education.id,
    source: '县教育体育局',
    valid_until: '2026-12-31',
    status: 'active',
    revision: 1,
    updated_by_name: spokesperson.displayName,
    updated_at: '2026-05-05T01:00:00.000Z',
  };
  insertRow(db, 'library_answers', answer);
  indexAnswer(context, answer);
  auditRow(db, spokesperson, answer.updated_at, 'answer.create', ['answer', answer.id], {
    status: 'active',
    validUntil: answer.valid_until,
    revision: 1,
  });
}

function indexAnswer(
  { db }: FixtureContext,
  answer: {
    id: string;
    question: string;
    answer: string;
    may_say: string;
    may_not_say: string;
    source: string;
    updated_at: string;
  },
): void {
  indexRow(db, {
    kind: 'answerLibrary',
    refId: answer.id,
    title: answer.question,
    body: [answer.answer, answer.may_say, answer.may_not_say, answer.source].join('\n'),
    updatedAt: answer.updated_at,
  });
}

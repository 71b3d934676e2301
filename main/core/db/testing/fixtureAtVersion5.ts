import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../../../../shared/lexical/materialJson.ts';
import { requestContentHash } from '../../requests/requestContentHash.ts';
import { fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import {
  createMaterial,
  editMaterial,
  prepared,
  signItem,
  takeVersion,
  type FixtureMaterial,
} from './fixtureMaterials.ts';
import { libraryAnswer, writeLibrary } from './fixtureLibrary.ts';
import { conferenceFields, decide, insertRequest } from './fixtureRequests.ts';
import { auditRow, fixtureId, storeFile, type FixtureContext } from './fixtureRows.ts';

const { drafter, unitHead, spokesperson, clearance } = fixtureUsers;

/** A request whose materials were written, cleared and submitted; the unit head approved it. */
export const materialsRequest = {
  id: fixtureId('request materials'),
  fields: conferenceFields(fixtureUnits.education.id, {
    title: '2026年秋季开学工作新闻发布会',
    startsAt: '2026-08-28T09:30:00+08:00',
    endsAt: '2026-08-28T10:30:00+08:00',
    summary: '介绍秋季开学准备、学位安排和校园安全工作。',
  }),
};

const material = (kind: FixtureMaterial['kind']): FixtureMaterial => ({
  id: fixtureId(`material ${kind}`),
  requestId: materialsRequest.id,
  requestTitle: materialsRequest.fields.title,
  kind,
  drafter,
});

export const openingMaterial = material('opening');
export const qaMaterial = material('qa');

/** The opening as first cleared (its sign-off was voided by the edit after) and as it is now. */
export const openingContent = {
  first: prepared(
    materialDocumentOf([
      headingJson('h1', '2026年秋季开学工作新闻发布会发布辞'),
      paragraphJson('各位记者朋友：'),
      paragraphJson('今年秋季，全县新增学位一千个，开学准备工作有序推进。'),
    ]),
  ),
  current: prepared(
    materialDocumentOf([
      headingJson('h1', '2026年秋季开学工作新闻发布会发布辞'),
      paragraphJson('各位记者朋友：'),
      paragraphJson('今年秋季，全县新增学位一千二百个，开学准备工作有序推进。'),
      headingJson('h2', '校园安全'),
      paragraphJson('开学前完成全县中小学校舍安全排查。'),
    ]),
  ),
};

export const qaContent = prepared(
  materialDocumentOf([
    headingJson('h1', '2026年秋季开学工作答问口径'),
    qaItemJson(
      {
        question: libraryAnswer.question,
        answer: libraryAnswer.answer,
        maySay: '学位总体充足，按划片就近入学。',
        mayNotSay: '不对个别学校的招生计划作出承诺。',
        owner: '钱发言',
        source: '县教育体育局',
      },
      libraryAnswer.id,
    ),
  ]),
);

export const evidenceFile = {
  fileName: '保密审查意见.pdf',
  bytes: Buffer.from('%PDF-1.4\n% 保密审查意见：同意公开发布。\n'),
};

/** What the unit head, the spokesperson and the clearance reviewer sign for one version. */
function clearVersion(
  context: FixtureContext,
  target: FixtureMaterial,
  content: ReturnType<typeof prepared>,
  versionNumber: number,
  at: string,
): void {
  const { db } = context;
  const bound = { versionNumber, contentHash: content.contentHash, at };
  signItem(db, target, {
    ...bound,
    itemId: 'accuracy',
    itemLabel: '准确、一致',
    note: '已核对数字。',
    by: unitHead,
  });
  signItem(db, target, {
    ...bound,
    itemId: 'leaderApproval',
    itemLabel: '领导审定',
    note: '同意。',
    by: unitHead,
  });
  signItem(db, target, {
    ...bound,
    itemId: 'wording',
    itemLabel: '错敏词检查',
    note: '',
    by: spokesperson,
  });
  const file = storeFile(context, evidenceFile.bytes, 'application/pdf', at);
  signItem(db, target, {
    ...bound,
    itemId: 'confidentiality',
    itemLabel: '保密审查',
    note: '不涉密。',
    by: clearance,
    evidence: [{ sha256: file.sha256, fileName: evidenceFile.fileName }],
  });
}

/**
 * Schema 5 (materials): the wording list, the 口径库 and a template kept by the office; a request's
 * 发布辞 and 答问口径 written, versioned, signed (one sign-off voided by a later edit), submitted.
 */
export function writeVersion5(context: FixtureContext): void {
  const { db } = context;
  writeLibrary(context);
  const { id, fields } = materialsRequest;
  insertRequest(db, {
    id,
    fields,
    state: 'newsOfficeReview',
    draftedBy: drafter,
    submittedBy: drafter.id,
    submittedAt: '2026-05-12T01:00:00.000Z',
    round: 1,
    revision: 4,
    createdAt: '2026-05-06T01:00:00.000Z',
    updatedAt: '2026-05-13T02:00:00.000Z',
  });
  auditRow(db, drafter, '2026-05-06T01:00:00.000Z', 'request.create', ['request', id], {
    title: fields.title,
    unitId: fields.unitId,
    isEmergency: false,
  });

  createMaterial(db, openingMaterial, openingContent.first, '2026-05-07T01:00:00.000Z');
  createMaterial(db, qaMaterial, qaContent, '2026-05-07T02:00:00.000Z');
  const first = takeVersion(db, openingMaterial, openingContent.first, {
    number: 1,
    reason: 'clearance',
    by: unitHead,
    at: '2026-05-08T02:00:00.000Z',
  });
  signItem(db, openingMaterial, {
    itemId: 'accuracy',
    itemLabel: '准确、一致',
    versionNumber: first,
    contentHash: openingContent.first.contentHash,
    note: '',
    by: unitHead,
    at: '2026-05-08T02:00:00.000Z',
  });
  editMaterial(db, openingMaterial, openingContent.current, 2, '2026-05-09T01:00:00.000Z');
  db.prepare(
    'UPDATE material_signoffs SET voided_at = ?, voided_reason = ? WHERE material_id = ?',
  ).run(
    '2026-05-09T01:00:00.000Z',
    '签署后材料被修改（张经办，2026年5月9日 09:00）',
    openingMaterial.id,
  );
  auditRow(
    db,
    drafter,
    '2026-05-09T01:00:00.000Z',
    'material.signOffsVoided',
    ['material', openingMaterial.id],
    { count: 1 },
  );
  takeVersion(db, openingMaterial, openingContent.current, {
    number: 2,
    reason: 'clearance',
    by: unitHead,
    at: '2026-05-11T02:00:00.000Z',
  });
  clearVersion(context, openingMaterial, openingContent.current, 2, '2026-05-11T02:00:00.000Z');

  takeVersion(db, qaMaterial, qaContent, {
    number: 1,
    reason: 'clearance',
    by: unitHead,
    at: '2026-05-11T02:30:00.000Z',
  });
  clearVersion(context, qaMaterial, qaContent, 1, '2026-05-11T02:30:00.000Z');

  const submitted = { reason: 'submit', by: drafter, at: '2026-05-12T01:00:00.000Z' };
  takeVersion(db, openingMaterial, openingContent.current, { ...submitted, number: 3 });
  takeVersion(db, qaMaterial, qaContent, { ...submitted, number: 2 });
  auditRow(db, drafter, submitted.at, 'request.submit', ['request', id], {
    from: 'draft',
    to: 'unitReview',
  });
  decide(db, id, {
    round: 1,
    level: 'unit',
    kind: 'approve',
    by: unitHead,
    at: '2026-05-13T02:00:00.000Z',
    comment: '同意报县政府新闻办。',
    contentHash: requestContentHash(
      id,
      fields,
      [],
      [openingContent.current.contentHash, qaContent.contentHash],
    ),
  });
}

import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../../shared/lexical/materialJson.ts';
import { fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { prepared } from './fixtureMaterials.ts';
import { conferenceFields, insertRequest } from './fixtureRequests.ts';
import { auditRow, fixtureId, insertRow, type FixtureContext } from './fixtureRows.ts';

const { drafter } = fixtureUsers;

/** A draft whose 新闻通稿 was being typed: its text saved, its search tokens not yet written. */
export const pendingRequest = {
  id: fixtureId('request pending tokens'),
  fields: conferenceFields(fixtureUnits.education.id, {
    title: '2026年第四季度教育工作新闻发布会',
    startsAt: '2026-12-17T09:30:00+08:00',
    endsAt: '2026-12-17T10:30:00+08:00',
  }),
};

export const pendingMaterial = {
  id: fixtureId('material pending tokens'),
  content: prepared(
    materialDocumentOf([
      headingJson('h1', '第四季度教育工作新闻通稿'),
      paragraphJson('全县中小学课后服务实现全覆盖，参与学生四万二千人。'),
    ]),
  ),
};

/** Schema 9 (deferred search tokens): a material autosaved with its tokens left pending. */
export function writeVersion9({ db }: FixtureContext): void {
  const { id, fields } = pendingRequest;
  const created = '2026-09-14T01:00:00.000Z';
  const saved = '2026-09-14T01:40:00.000Z';
  insertRequest(db, {
    id,
    fields,
    state: 'draft',
    draftedBy: drafter,
    round: 0,
    revision: 2,
    createdAt: created,
    updatedAt: created,
  });
  auditRow(db, drafter, created, 'request.create', ['request', id], {
    title: fields.title,
    unitId: fields.unitId,
    isEmergency: false,
  });
  const { content } = pendingMaterial;
  insertRow(db, 'materials', {
    id: pendingMaterial.id,
    request_id: id,
    kind: 'pressRelease',
    document: content.canonical,
    content_hash: content.contentHash,
    char_count: content.charCount,
    revision: 2,
    created_by: drafter.id,
    created_by_name: drafter.displayName,
    created_at: created,
    updated_by_name: drafter.displayName,
    updated_at: saved,
  });
  insertRow(db, 'material_editors', { material_id: pendingMaterial.id, user_id: drafter.id });
  insertRow(db, 'search_documents', {
    kind: 'material',
    ref_id: pendingMaterial.id,
    title: `${fields.title} · 新闻通稿`,
    body: content.text,
    updated_at: saved,
    tokens_pending: 1,
  });
  auditRow(db, drafter, created, 'material.create', ['material', pendingMaterial.id], {
    contentHash: content.contentHash,
    kind: 'pressRelease',
    requestId: id,
  });
  auditRow(db, drafter, saved, 'material.edit', ['material', pendingMaterial.id], {
    contentHash: content.contentHash,
    revision: 2,
  });
}

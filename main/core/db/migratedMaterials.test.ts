import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { olderFixtureVersions } from './testing/buildFixtureAtVersion.ts';
import {
  evidenceFile,
  materialsRequest,
  openingContent,
  openingMaterial,
  qaContent,
  qaMaterial,
} from './testing/fixtureAtVersion5.ts';
import { libraryAnswer, templateContent, version5Wording } from './testing/fixtureLibrary.ts';
import { pendingMaterial, pendingRequest } from './testing/fixtureAtVersion9.ts';
import { fixtureUnits, fixtureUsers } from './testing/fixtureCounty.ts';
import { migratedInstallation, type MigratedInstallation } from './testing/migratedInstallation.ts';

const { admin, reviewer, drafter } = fixtureUsers;
const signedItems = ['confidentiality', 'accuracy', 'wording', 'leaderApproval'];

describe.each(olderFixtureVersions.filter((version) => version >= 5))(
  'materials of an installation left at schema %i',
  (version) => {
    let installation: MigratedInstallation;
    beforeAll(async () => {
      installation = await migratedInstallation(version);
    });
    afterAll(() => installation.close());

    it('shows the event’s materials as cleared, and the request still bound to their content', async () => {
      const { call } = installation;
      const overview = await call(reviewer, 'materials:overview', {
        requestId: materialsRequest.id,
      });
      expect(
        overview.materials.map(({ kind, revision, contentHash, charCount }) => ({
          kind,
          revision,
          contentHash,
          charCount,
        })),
      ).toEqual([
        {
          kind: 'opening',
          revision: 2,
          contentHash: openingContent.current.contentHash,
          charCount: openingContent.current.charCount,
        },
        {
          kind: 'qa',
          revision: 1,
          contentHash: qaContent.contentHash,
          charCount: qaContent.charCount,
        },
      ]);
      for (const material of overview.materials) {
        expect(material.requiredCleared).toBe(material.requiredItems);
        expect(material.requiredItems).toBe(signedItems.length);
      }
      const request = await call(reviewer, 'requests:get', { requestId: materialsRequest.id });
      expect(request.decisions).toHaveLength(1);
      expect(request.contentHash).toBe(request.decisions[0]?.contentHash);
    });

    it('shows each sign-off on the checklist, the voided one apart, with its evidence file', async () => {
      const { call } = installation;
      const checklist = await call(reviewer, 'materials:checklist', {
        materialId: openingMaterial.id,
      });
      expect(checklist.contentHash).toBe(openingContent.current.contentHash);
      const byItem = new Map(checklist.items.map((status) => [status.item.id, status]));
      expect(
        signedItems.map((itemId) => {
          const current = byItem.get(itemId)?.current;
          return [itemId, current?.versionNumber, current?.signedByName, current?.contentHash];
        }),
      ).toEqual([
        ['confidentiality', 2, '吴保密', openingContent.current.contentHash],
        ['accuracy', 2, '王局长', openingContent.current.contentHash],
        ['wording', 2, '钱发言', openingContent.current.contentHash],
        ['leaderApproval', 2, '王局长', openingContent.current.contentHash],
      ]);
      expect(byItem.get('legalReview')?.current).toBeNull();
      expect(byItem.get('accuracy')?.voided).toMatchObject([
        {
          versionNumber: 1,
          contentHash: openingContent.first.contentHash,
          voidedReason: expect.stringContaining('签署后材料被修改'),
        },
      ]);
      const [evidence] = byItem.get('confidentiality')?.current?.evidence ?? [];
      expect(evidence).toMatchObject({
        fileName: evidenceFile.fileName,
        size: evidenceFile.bytes.length,
      });
      const file = await call(reviewer, 'materials:evidence', {
        materialId: openingMaterial.id,
        sha256: evidence?.sha256 ?? '',
      });
      expect(Buffer.from(file.contentBase64, 'base64')).toEqual(evidenceFile.bytes);

      const qa = await call(reviewer, 'materials:checklist', { materialId: qaMaterial.id });
      expect(
        qa.items
          .filter((status) => status.current?.versionNumber === 1)
          .map((status) => status.item.id)
          .sort(),
      ).toEqual([...signedItems].sort());
    });

    it('opens the current content and every version of it', async () => {
      const { call } = installation;
      const opened = await call(drafter, 'materials:open', { materialId: openingMaterial.id });
      expect(JSON.parse(opened.document)).toEqual(openingContent.current.document);
      expect(opened).toMatchObject({
        revision: 2,
        contentHash: openingContent.current.contentHash,
      });
      const versions = await call(reviewer, 'materials:versions', {
        materialId: openingMaterial.id,
      });
      expect(
        versions.map(({ number, reason, createdByName }) => [number, reason, createdByName]).sort(),
      ).toEqual([
        [1, 'clearance', '王局长'],
        [2, 'clearance', '王局长'],
        [3, 'submit', '张经办'],
      ]);
      const first = versions.find((summary) => summary.number === 1);
      const detail = await call(reviewer, 'materials:version', { versionId: first?.id ?? '' });
      expect(JSON.parse(detail.document)).toEqual(openingContent.first.document);
      expect(detail.version.contentHash).toBe(openingContent.first.contentHash);
    });

    it('keeps the wording list, the 口径库 and the office’s template', async () => {
      const { call } = installation;
      const wording = await call(reviewer, 'wording:list', {});
      expect(
        wording.map(({ kind, word, suggestion, note }) => ({ kind, word, suggestion, note })),
      ).toEqual(expect.arrayContaining([...version5Wording]));
      expect(wording).toHaveLength(version5Wording.length);
      const answer = await call(reviewer, 'answers:get', { answerId: libraryAnswer.id });
      expect(answer).toMatchObject({
        question: libraryAnswer.question,
        answer: libraryAnswer.answer,
        ownerUnitName: fixtureUnits.education.name,
        status: 'active',
        validUntil: '2026-12-31',
        expired: false,
      });
      const found = await call(reviewer, 'answers:search', { text: '学位' });
      expect(found.map((hit) => hit.id)).toEqual([libraryAnswer.id]);
      const templates = await call(admin, 'materialTemplates:list', {});
      const opening = templates.find((template) => template.kind === 'opening');
      expect(opening).toMatchObject({ custom: true, updatedByName: admin.displayName });
      expect(JSON.parse(opening?.document ?? '')).toEqual(templateContent.document);
    });

    it('finds materials by their words, those saved with their tokens pending too', async () => {
      const { call } = installation;
      expect(await call(reviewer, 'search:query', { text: '校舍安全' })).toEqual([
        expect.objectContaining({
          kind: 'material',
          refId: openingMaterial.id,
          eventId: materialsRequest.id,
        }),
      ]);
      const pending = await call(reviewer, 'search:query', { text: '四万二千人' });
      expect(pending.map((hit) => hit.eventId)).toEqual(version >= 9 ? [pendingRequest.id] : []);
      if (version >= 9) expect(pending[0]?.refId).toBe(pendingMaterial.id);
    });
  },
);

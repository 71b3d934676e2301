import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../shared/domain/materialTemplates.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../shared/lexical/materialJson.ts';
import { callAs, newClient, signedInUser, testPassword } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  clearAll,
  completeRequest,
  createMaterial,
  documentText,
  materialTestbed,
  saveAs,
  type MaterialTestbed,
} from './testing/materialFixtures.ts';

const folder = tempFolder();
let bed: MaterialTestbed;

beforeAll(async () => {
  bed = await materialTestbed(folder);
});
afterAll(() => {
  bed.core.close();
  folder.remove();
});

const dispatch = (client: string, channel: string, input: object) =>
  bed.core.router.dispatch(channel, input, `web:${client}`);

describe('editing a material', () => {
  it('starts from the administrator-edited template and saves changes by revision', async () => {
    const edited = JSON.stringify(
      materialDocumentOf([headingJson('h1', '本县发布辞模板'), paragraphJson('各位记者朋友：')]),
    );
    await callAs(bed.core, bed.admin, 'materialTemplates:save', {
      kind: 'opening',
      document: edited,
    });
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'opening');
    expect(material).toMatchObject({ kind: 'opening', revision: 1, editable: true, charCount: 14 });
    expect(JSON.parse(material.document).editorState.root.children[0].children[0].text).toBe(
      '本县发布辞模板',
    );
    const stale = await dispatch(bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 7,
      document: documentText('新内容'),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const saved = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 1,
      document: documentText('新内容'),
    });
    expect(saved).toMatchObject({
      revision: 2,
      charCount: 6,
      voidedSignOffs: 0,
      approvalVoided: false,
    });
    const unchanged = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 2,
      document: documentText('新内容'),
    });
    expect(unchanged.revision).toBe(2);
    await callAs(bed.core, bed.admin, 'materialTemplates:reset', { kind: 'opening' });
    const templates = await callAs(bed.core, bed.admin, 'materialTemplates:list', {});
    expect(templates.find((template) => template.kind === 'opening')?.custom).toBe(false);
  });

  it('refuses a document of an unknown kind of content, and changes nothing', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'opening');
    const bad = JSON.stringify(materialDocumentOf([{ type: 'image', version: 1, src: 'x' }]));
    const result = await dispatch(bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 1,
      document: bad,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_document' } });
    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    expect(opened.revision).toBe(1);
  });

  it('lets one window edit: a second one opens read-only, and may take over', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'qa');
    const secondWindow = newClient();
    await callAs(bed.core, secondWindow, 'session:signIn', {
      username: (await callAs(bed.core, bed.drafter, 'session:current', {}))?.user.username ?? '',
      password: testPassword,
    });
    const second = await callAs(bed.core, secondWindow, 'materials:open', {
      materialId: material.id,
    });
    expect(second.editable).toBe(false);
    expect(second.lock).toMatchObject({
      mine: false,
      holderName: expect.stringMatching(/^测试用户/),
    });
    const refused = await dispatch(secondWindow, 'materials:save', {
      materialId: material.id,
      revision: 1,
      document: documentText('第二个窗口'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'edited_elsewhere' } });

    const taken = await callAs(bed.core, secondWindow, 'materials:takeOver', {
      materialId: material.id,
    });
    expect(taken).toMatchObject({ editable: true, lock: { mine: true } });
    const first = await dispatch(bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 1,
      document: documentText('第一个窗口'),
    });
    expect(first).toMatchObject({ ok: false, error: { code: 'edited_elsewhere' } });
    await callAs(bed.core, secondWindow, 'materials:close', { materialId: material.id });
    const reopened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    expect(reopened.editable).toBe(true);
  });

  it('voids the approval when a material of an approved event is edited', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'opening');
    await clearAll(bed, material.id);
    const unitHead = await signedInUser(bed.core, bed.admin, ['unitHead']);
    const reviewer = await signedInUser(bed.core, bed.admin, ['newsOfficeReviewer']);
    const approver = await signedInUser(bed.core, bed.admin, ['authorityApprover']);
    const current = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    await callAs(bed.core, bed.drafter, 'requests:submit', {
      requestId: request.id,
      revision: current.revision,
    });
    for (const client of [unitHead, reviewer, approver]) {
      await callAs(bed.core, client, 'requests:decide', {
        requestId: request.id,
        decision: 'approve',
        comment: '同意。',
      });
    }
    const approved = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    expect(approved.state).toBe('approved');
    expect(approved.approvedHash).toBe(approved.contentHash);

    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    const saved = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: opened.revision,
      document: documentText('批准后又改了发布辞。'),
    });
    expect(saved.approvalVoided).toBe(true);
    const voided = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    expect(voided.state).toBe('draft');
    expect(voided.contentHash).not.toBe(voided.approvedHash);
    expect(voided.voidedReason).toBe('批准后变更了材料“发布辞”，原审批已失效，需重新报批。');
    const versions = await callAs(bed.core, bed.drafter, 'materials:versions', {
      materialId: material.id,
    });
    expect(versions.map((version) => version.reason)).toEqual(['approval', 'submit', 'clearance']);
  });

  it('keeps immutable versions, compares any two word by word, and restores one as a new version', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'pressRelease');
    await saveAs(
      bed,
      bed.drafter,
      material.id,
      documentText('全县今年新建学校3所，投入资金1.2亿元。'),
    );
    await callAs(bed.core, bed.drafter, 'materials:createVersion', {
      materialId: material.id,
      note: '初稿',
    });
    await saveAs(
      bed,
      bed.drafter,
      material.id,
      documentText('全县今年新建中学3所，投入资金1.3亿元。'),
    );
    const [second, first] = await callAs(bed.core, bed.drafter, 'materials:createVersion', {
      materialId: material.id,
      note: '修改稿',
    });
    expect([first?.number, first?.note, second?.number, second?.note]).toEqual([
      1,
      '初稿',
      2,
      '修改稿',
    ]);
    expect(second?.createdByName).toMatch(/^测试用户/);

    const diff = await callAs(bed.core, bed.reviewer, 'materials:diff', {
      materialId: material.id,
      fromVersionId: first?.id ?? '',
      toVersionId: second?.id ?? '',
    });
    expect(diff.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '学校' },
      { kind: 'added', text: '中学' },
      { kind: 'removed', text: '1.2' },
      { kind: 'added', text: '1.3' },
    ]);

    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    const restored = await callAs(bed.core, bed.drafter, 'materials:restore', {
      materialId: material.id,
      versionId: first?.id ?? '',
      revision: opened.revision,
    });
    expect(restored.contentHash).toBe(first?.contentHash);
    const versions = await callAs(bed.core, bed.drafter, 'materials:versions', {
      materialId: material.id,
    });
    expect(versions[0]).toMatchObject({ number: 3, reason: 'restore', note: '恢复自第 1 版' });
    expect(() =>
      bed.core.db
        .prepare("UPDATE material_versions SET note = 'x' WHERE id = ?")
        .run(first?.id ?? ''),
    ).toThrow(/immutable/);
  });

  it('opens a material saved in the first format and saves it in the current one', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'qa');
    const format1 = readFileSync(
      new URL('../../../shared/lexical/fixtures/material-format1.json', import.meta.url),
      'utf8',
    );
    const saved = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: 1,
      document: format1,
    });
    expect(saved.charCount).toBeGreaterThan(100);
    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    expect(JSON.parse(opened.document)).toMatchObject({ formatVersion: 2 });
  });

  it('finds materials through the Chinese search index, one- and two-character queries included', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'background');
    await saveAs(bed, bed.drafter, material.id, documentText('学位供给紧张的乡镇有三个。'));
    for (const text of ['镇', '学位', '供给紧张']) {
      const hits = await callAs(bed.core, bed.drafter, 'search:query', {
        text,
        kinds: ['material'],
      });
      expect(
        hits.map((hit) => hit.refId),
        text,
      ).toContain(material.id);
    }
  });

  it('checks the templates stay readable by the current format', () => {
    for (const document of Object.values(defaultTemplates)) {
      expect(document.formatVersion).toBe(2);
    }
  });
});

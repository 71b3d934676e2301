import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let core: Core;
let author = '';
let colleague = '';
let reviewer = '';
let unitId = '';

const auditCount = (action: string, subjectId: string) =>
  (
    core.db
      .prepare('SELECT count(*) AS n FROM audit_log WHERE action = ? AND subject_id = ?')
      .get(action, subjectId) as { n: number }
  ).n;

const deleteAs = (client: string, requestId: string) =>
  core.router.dispatch('requests:deleteDraft', { requestId }, `web:${client}`);

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  author = await signedInUser(core, admin, ['drafter']);
  colleague = await signedInUser(core, admin, ['drafter']);
  reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
});
afterAll(() => {
  core.close();
  folder.remove();
});

describe('requests:deleteDraft', () => {
  it('deletes a never-submitted draft for its drafter: gone from the list and the search, audited', async () => {
    const draft = await callAs(core, author, 'requests:create', { title: '待删除的草稿发布会' });
    expect(draft.actions).toContain('deleteDraft');
    expect((await callAs(core, author, 'requests:page', { keyword: '待删除' })).total).toBe(1);

    expect(await deleteAs(author, draft.id)).toEqual({ ok: true, value: { requestId: draft.id } });

    expect((await callAs(core, author, 'requests:page', { keyword: '待删除' })).total).toBe(0);
    const reread = await core.router.dispatch(
      'requests:get',
      { requestId: draft.id },
      `web:${author}`,
    );
    expect(reread).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(auditCount('request.deleteDraft', draft.id)).toBe(1);
  });

  it('refuses anyone but its drafter, even a colleague of the same unit or the news office', async () => {
    const draft = await callAs(core, author, 'requests:create', { title: '同事的草稿' });
    const asColleague = await callAs(core, colleague, 'requests:get', { requestId: draft.id });
    expect(asColleague.actions).not.toContain('deleteDraft');
    expect(await deleteAs(colleague, draft.id)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await deleteAs(reviewer, draft.id)).toMatchObject({ ok: false });
    expect((await callAs(core, author, 'requests:get', { requestId: draft.id })).id).toBe(draft.id);
  });

  it('refuses a request once submitted, also after it was withdrawn and reopened as a draft', async () => {
    const draft = await callAs(core, author, 'requests:create', {});
    await callAs(core, author, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId),
    });
    const submitted = await callAs(core, author, 'requests:submit', {
      requestId: draft.id,
      revision: 2,
    });
    expect(submitted.actions).not.toContain('deleteDraft');
    expect(await deleteAs(author, draft.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    await callAs(core, author, 'requests:withdraw', { requestId: draft.id, reason: '再修改' });
    const reopened = await callAs(core, author, 'requests:reopen', { requestId: draft.id });
    expect(reopened.state).toBe('draft');
    expect(reopened.actions).not.toContain('deleteDraft');
    expect(await deleteAs(author, draft.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(auditCount('request.deleteDraft', draft.id)).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  clearAll,
  completeRequest,
  createMaterial,
  materialTestbed,
  type MaterialTestbed,
} from '../materials/testing/materialFixtures.ts';

const folder = tempFolder();
let bed: MaterialTestbed;

beforeAll(async () => {
  bed = await materialTestbed(folder);
});
afterAll(() => {
  bed.core.close();
  folder.remove();
});

const stagesOf = async (requestId: string) =>
  (await callAs(bed.core, bed.drafter, 'workspace:get', { requestId })).stages;

describe('the stage bar names the real blocker', () => {
  it('a complete form short of sign-offs reads as sign-offs missing, with their number', async () => {
    const request = await completeRequest(bed);
    for (const kind of ['opening', 'pressRelease', 'qa'] as const)
      await createMaterial(bed, request.id, kind);
    const detail = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    const pending = detail.problems.filter((problem) => problem.field.startsWith('materials.'));
    expect(pending.length).toBeGreaterThan(0);

    const [requestStage, materialsStage] = await stagesOf(request.id);
    expect(requestStage).toEqual({
      id: 'request',
      status: 'inProgress',
      reasons: ['signOffsPending'],
      counts: { signOffsPending: pending.length },
    });
    expect(materialsStage).toEqual({
      id: 'materials',
      status: 'inProgress',
      reasons: ['signOffsPending'],
      counts: { signOffsPending: pending.length },
    });
    const workspace = await callAs(bed.core, bed.drafter, 'workspace:get', {
      requestId: request.id,
    });
    expect(workspace.materials).toEqual({ count: 3, pendingSignOffs: pending.length });
  });

  it('once every material is cleared the draft only waits to be submitted', async () => {
    const request = await completeRequest(bed);
    for (const kind of ['opening', 'qa'] as const) {
      const material = await createMaterial(bed, request.id, kind);
      await clearAll(bed, material.id);
    }
    const [requestStage, materialsStage] = await stagesOf(request.id);
    expect(requestStage).toEqual({
      id: 'request',
      status: 'inProgress',
      reasons: ['draftNotSubmitted'],
    });
    expect(materialsStage).toEqual({ id: 'materials', status: 'done', reasons: [] });
  });

  it('an incomplete form is named first, counting only the form’s own problems', async () => {
    const request = await completeRequest(bed);
    await createMaterial(bed, request.id, 'opening');
    const detail = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    await callAs(bed.core, bed.drafter, 'requests:saveDraft', {
      requestId: request.id,
      revision: detail.revision,
      fields: { ...detail.fields, venue: '', title: '' },
    });
    const after = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    const formProblems = after.problems.filter(
      (problem) => !problem.field.startsWith('materials.'),
    );
    const [requestStage] = await stagesOf(request.id);
    expect(requestStage).toEqual({
      id: 'request',
      status: 'inProgress',
      reasons: ['formIncomplete'],
      counts: { formIncomplete: formProblems.length },
    });
    expect(formProblems.length).toBeLessThan(after.problems.length);
  });
});

describe('the event stamp', () => {
  it('moves when another person signs off a material, and stays while nothing changes', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'opening');
    const stamp = () => callAs(bed.core, bed.drafter, 'workspace:stamp', { requestId: request.id });
    const before = await stamp();
    expect(await stamp()).toBe(before);
    await clearAll(bed, material.id);
    expect(await stamp()).toBeGreaterThan(before);
  });

  it('is refused for an event the user may not see', async () => {
    const request = await completeRequest(bed);
    const outsider = await callAs(bed.core, bed.admin, 'units:list', {});
    const otherUnit = outsider[2]?.id ?? '';
    await callAs(bed.core, bed.admin, 'users:create', {
      username: 'outsider',
      displayName: '别的单位',
      unitId: otherUnit,
      roles: ['drafter'],
      password: 'password-1234',
    });
    const client = `client-outsider`;
    await callAs(bed.core, client, 'session:signIn', {
      username: 'outsider',
      password: 'password-1234',
    });
    const result = await bed.core.router.dispatch(
      'workspace:stamp',
      { requestId: request.id },
      `web:${client}`,
    );
    expect(result.ok).toBe(false);
  });
});

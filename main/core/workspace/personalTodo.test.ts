import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonalTodo, TodoSectionId } from '../../../shared/domain/personalTodo.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let clock: Date;
let admin: string;
let unitId: string;

beforeEach(async () => {
  folder = tempFolder();
  clock = new Date('2026-11-27T10:00:00+08:00');
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  admin = await setUpInstallation(core);
  unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
});
afterEach(() => {
  core.close();
  folder.remove();
});

const todoOf = (client: string) => callAs(core, client, 'workspace:todo', {});
const sectionIds = (todo: PersonalTodo) => todo.sections.map((section) => section.id);
const itemsOf = (todo: PersonalTodo, id: TodoSectionId): readonly unknown[] =>
  todo.sections.find((section) => section.id === id)?.items ?? [];
const user = (roles: readonly Role[]) => signedInUser(core, admin, roles);

async function submittedBy(drafter: string, title: string): Promise<string> {
  const draft = await callAs(core, drafter, 'requests:create', {});
  const saved = await callAs(core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(unitId, { title }),
  });
  await callAs(core, drafter, 'requests:submit', { requestId: draft.id, revision: saved.revision });
  return draft.id;
}

describe('待办: the sections that can apply to each role', () => {
  it('shows each role only its own kinds of work', async () => {
    const expected: readonly [readonly Role[], readonly TodoSectionId[]][] = [
      [['drafter'], ['drafts', 'concerns', 'deadlines']],
      [['clearanceReviewer'], ['signOffs', 'deadlines']],
      [['spokesperson'], ['signOffs', 'transcripts', 'answers', 'concerns', 'deadlines']],
      [['unitHead'], ['decisions', 'signOffs', 'transcripts', 'concerns', 'deadlines']],
      [['newsOfficeReviewer'], ['decisions', 'transcripts', 'answers', 'concerns', 'deadlines']],
      [['authorityApprover'], ['decisions', 'emergencies', 'concerns', 'deadlines']],
    ];
    for (const [roles, sections] of expected) {
      expect(sectionIds(await todoOf(await user(roles))), roles.join()).toEqual(sections);
    }
  });

  it('counts what the badge shows, from the same query', async () => {
    const drafter = await user(['drafter']);
    const head = await user(['unitHead']);
    await submittedBy(drafter, '第一场');
    await submittedBy(drafter, '第二场');
    const todo = await todoOf(head);
    expect(itemsOf(todo, 'decisions')).toHaveLength(2);
    expect(todo.count).toBe(todo.sections.reduce((sum, section) => sum + section.items.length, 0));
    expect(await callAs(core, head, 'workspace:todoCount', {})).toBe(todo.count);
  });
});

describe('待办 follows the work', () => {
  it('lists a submission for the unit head until they decide, then for the news office', async () => {
    const drafter = await user(['drafter']);
    const head = await user(['unitHead']);
    const newsOffice = await user(['newsOfficeReviewer']);
    const requestId = await submittedBy(drafter, '教育发布会');
    const decisionIds = async (client: string) =>
      (await todoOf(client)).sections
        .flatMap((section) => (section.id === 'decisions' ? section.items : []))
        .map((item) => item.request.id);
    expect(await decisionIds(head)).toEqual([requestId]);
    expect(await decisionIds(newsOffice)).toEqual([]);
    await callAs(core, head, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意',
    });
    expect(await decisionIds(head)).toEqual([]);
    expect(await decisionIds(newsOffice)).toEqual([requestId]);
  });

  it('lists a material for the signer the checklist names, with the items, until signed', async () => {
    const drafter = await user(['drafter']);
    const secrecy = await user(['clearanceReviewer']);
    const head = await user(['unitHead']);
    const draft = await callAs(core, drafter, 'requests:create', {});
    await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId),
    });
    const material = await callAs(core, drafter, 'materials:create', {
      requestId: draft.id,
      kind: 'pressRelease',
    });
    const signOffsOf = async (client: string) =>
      (await todoOf(client)).sections.flatMap((section) =>
        section.id === 'signOffs' ? section.items : [],
      );
    expect(await signOffsOf(secrecy)).toEqual([
      expect.objectContaining({
        materialId: material.id,
        materialKind: 'pressRelease',
        requestId: draft.id,
        itemLabels: ['保密审查', '错敏词检查'],
      }),
    ]);
    expect((await signOffsOf(head)).map((item) => item.itemLabels)).toEqual([
      ['准确、一致', '领导审定'],
    ]);
    // The drafter edits materials and signs nothing: no sign-off section at all.
    expect(sectionIds(await todoOf(drafter))).not.toContain('signOffs');

    const checklist = await callAs(core, secrecy, 'materials:checklist', {
      materialId: material.id,
    });
    for (const itemId of ['confidentiality', 'wording']) {
      await callAs(core, secrecy, 'materials:sign', {
        materialId: material.id,
        itemId,
        contentHash: checklist.contentHash,
        note: '已审核。',
        evidence: [],
      });
    }
    expect(await signOffsOf(secrecy)).toEqual([]);
    expect(await signOffsOf(head)).toHaveLength(1);
  });

  it('lists an ended transcript for a reviewer who took no notes, until reviewed', async () => {
    const drafter = await user(['drafter']);
    const newsOffice = await user(['newsOfficeReviewer']);
    const head = await user(['unitHead']);
    const authority = await user(['authorityApprover']);
    const requestId = await submittedBy(drafter, '实录审核');
    for (const client of [head, newsOffice, authority]) {
      await callAs(core, client, 'requests:decide', {
        requestId,
        decision: 'approve',
        comment: '同意',
      });
    }
    const view = await callAs(core, drafter, 'transcripts:start', { requestId });
    await callAs(core, drafter, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: view.speakers[0]?.id ?? '',
      text: '各位记者朋友，上午好！',
      startedAt: null,
    });
    const reviewIds = async (client: string) =>
      (await todoOf(client)).sections
        .flatMap((section) => (section.id === 'transcripts' ? section.items : []))
        .map((item) => item.requestId);
    expect(await reviewIds(head)).toEqual([]);
    const ended = await callAs(core, drafter, 'transcripts:end', { requestId });
    expect(await reviewIds(head)).toEqual([requestId]);
    expect(await reviewIds(newsOffice)).toEqual([requestId]);
    await callAs(core, head, 'transcripts:review', { requestId, revision: ended.revision });
    expect(await reviewIds(head)).toEqual([]);
    expect(await reviewIds(newsOffice)).toEqual([]);
  });

  it('lists the deadline a drafter is reminded of in the bell among the deadlines', async () => {
    const drafter = await user(['drafter']);
    const draft = await callAs(core, drafter, 'requests:create', {});
    await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, {
        title: '下周的发布会',
        startsAt: '2026-12-02T09:30:00+08:00',
        endsAt: '2026-12-02T10:30:00+08:00',
      }),
    });
    // Each reminder in the bell (报批 or 发布辞和答问口径 due today or tomorrow) is a 待办 deadline.
    const reminded = (await callAs(core, drafter, 'notifications:list', {}))
      .filter((item) => item.kind === 'deadline' && item.subjectId === draft.id)
      .map((item) => (item.text.includes('发布辞') ? 'materialsDue' : 'requestDue'));
    expect(reminded.length).toBeGreaterThan(0);
    const deadlines = (await todoOf(drafter)).sections.flatMap((section) =>
      section.id === 'deadlines' ? section.items : [],
    );
    expect(
      deadlines.filter((item) => item.requestId === draft.id).map((item) => item.kind),
    ).toEqual(expect.arrayContaining(reminded));
  });

  it("lists the unit's 口径 ending within 30 days, not later ones or other units'", async () => {
    const spokesperson = await user(['spokesperson']);
    const units = await callAs(core, admin, 'units:list', {});
    const save = (question: string, validUntil: string | null, ownerUnitId = unitId) =>
      callAs(core, admin, 'answers:save', {
        question,
        answer: '答复。',
        maySay: '',
        mayNotSay: '',
        ownerUnitId,
        source: '县教育体育局',
        validUntil,
        status: 'active',
      });
    await save('学位够不够？', '2026-12-20');
    await save('已过期的口径', '2026-11-01');
    await save('明年才到期', '2027-06-30');
    await save('长期有效', null);
    await save('别的单位的', '2026-12-01', units[2]?.id ?? '');
    const answers = (await todoOf(spokesperson)).sections.flatMap((section) =>
      section.id === 'answers' ? section.items : [],
    );
    expect(answers.map((item) => [item.question, item.validUntil, item.expired])).toEqual([
      ['已过期的口径', '2026-11-01', true],
      ['学位够不够？', '2026-12-20', false],
    ]);
  });
});

describe("the administrator's first-run checklist", () => {
  it('ticks each step from what the database holds', async () => {
    const steps = async () =>
      (await todoOf(admin)).sections.flatMap((section) =>
        section.id === 'setup' ? section.items.map((step) => [step.id, step.done]) : [],
      );
    expect(await steps()).toEqual([
      ['addUsers', false],
      ['confirmUnits', false],
      ['registerPeer', false],
      ['importHolidays', false],
    ]);
    expect((await todoOf(admin)).count).toBe(4);

    await user(['drafter']);
    expect((await steps()).slice(0, 2)).toEqual([
      ['addUsers', true],
      ['confirmUnits', false],
    ]);
    await callAs(core, admin, 'units:create', { name: '县农业农村局', kind: 'department' });
    await callAs(core, admin, 'calendar:setDay', {
      date: '2027-01-01',
      kind: 'holiday',
      name: '元旦',
    });
    expect(await steps()).toEqual([
      ['addUsers', true],
      ['confirmUnits', true],
      ['registerPeer', false],
      ['importHolidays', true],
    ]);
  });

  it('does not show the checklist to anyone else', async () => {
    const head = await user(['unitHead']);
    expect(sectionIds(await todoOf(head))).not.toContain('setup');
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from './testing/approvedEvent.ts';

const folder = tempFolder();
let event: ApprovedEvent;

beforeAll(async () => {
  event = await approvedEvent(folder.path);
});
afterAll(() => {
  event.core.close();
  folder.remove();
});

async function refusal(client: string, channel: string, input: unknown) {
  const result = await event.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'ok' : result.error.code;
}

describe('capturing a transcript', () => {
  it('starts with the roster of the request and the default deliverables', async () => {
    const view = await callAs(event.core, event.noteTaker, 'transcripts:start', {
      requestId: event.requestId,
    });
    expect(view.status).toBe('capturing');
    expect(view.speakers.map((speaker) => [speaker.role, speaker.name])).toEqual([
      ['host', '李主持'],
      ['mainSpeaker', '赵发布'],
      ['spokesperson', '钱发言'],
      ['speaker', '孙参加'],
    ]);
    expect(view.deliverables.map((item) => [item.name, item.minFiles])).toEqual([
      ['通稿', 1],
      ['全程录音', 1],
      ['全程录像', 1],
      ['照片（至少8张）', 8],
    ]);
    expect(
      await refusal(event.noteTaker, 'transcripts:start', { requestId: event.requestId }),
    ).toBe('invalid_state');
  });

  it('commits turns in order with their time and offset, once even when retried', async () => {
    const { core, noteTaker, requestId, clock } = event;
    const view = await callAs(core, noteTaker, 'transcripts:get', { requestId });
    const [host, speaker] = view.speakers;
    clock.advance(65_000);
    const typedAt = clock.now().toISOString();
    clock.advance(4_000);
    const first = {
      requestId,
      turnId: randomUUID(),
      speakerId: host?.id ?? '',
      text: '各位记者朋友，上午好！',
      startedAt: typedAt,
    };
    const turn = await callAs(core, noteTaker, 'transcripts:commitTurn', first);
    expect(turn).toMatchObject({ seq: 1, offsetMs: 65_000, spokenAt: typedAt, revision: 1 });
    expect(await callAs(core, noteTaker, 'transcripts:commitTurn', first)).toEqual(turn);
    await callAs(core, noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: speaker?.id ?? '',
      text: '今年全县新增学位三千个。',
      startedAt: null,
    });
    const after = await callAs(core, noteTaker, 'transcripts:get', { requestId });
    expect(after.turns.map((item) => [item.seq, item.text])).toEqual([
      [1, '各位记者朋友，上午好！'],
      [2, '今年全县新增学位三千个。'],
    ]);
  });

  it('keeps the line being typed until it is committed', async () => {
    const { core, noteTaker, requestId } = event;
    const view = await callAs(core, noteTaker, 'transcripts:get', { requestId });
    const speakerId = view.speakers[2]?.id ?? '';
    const startedAt = event.clock.now().toISOString();
    await callAs(core, noteTaker, 'transcripts:saveDraft', {
      requestId,
      speakerId,
      text: '下面请记者',
      startedAt,
    });
    expect((await callAs(core, noteTaker, 'transcripts:get', { requestId })).draft).toEqual({
      speakerId,
      text: '下面请记者',
      startedAt,
    });
    expect((await callAs(core, event.reviewer, 'transcripts:get', { requestId })).draft).toBeNull();
    await callAs(core, noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId,
      text: '下面请记者提问。',
      startedAt,
    });
    expect((await callAs(core, noteTaker, 'transcripts:get', { requestId })).draft).toBeNull();
  });

  it('keeps every revision of an edited turn, and refuses to change a revision', async () => {
    const { core, noteTaker, requestId } = event;
    const turn = (await callAs(core, noteTaker, 'transcripts:get', { requestId })).turns[1];
    if (!turn) throw new Error('no turn');
    const edited = await callAs(core, noteTaker, 'transcripts:editTurn', {
      requestId,
      turnId: turn.id,
      revision: turn.revision,
      speakerId: turn.speakerId,
      text: '今年全县新增公办学位三千个。',
    });
    expect(edited).toMatchObject({ revision: 2, seq: 2, text: '今年全县新增公办学位三千个。' });
    expect(
      await refusal(noteTaker, 'transcripts:editTurn', {
        requestId,
        turnId: turn.id,
        revision: 1,
        speakerId: turn.speakerId,
        text: '过时的修改',
      }),
    ).toBe('conflict');
    const history = await callAs(core, noteTaker, 'transcripts:turnHistory', {
      requestId,
      turnId: turn.id,
    });
    expect(history.map((revision) => [revision.revision, revision.text])).toEqual([
      [1, '今年全县新增学位三千个。'],
      [2, '今年全县新增公办学位三千个。'],
    ]);
    expect(() =>
      core.db.prepare('UPDATE transcript_turn_revisions SET text = ?').run('篡改'),
    ).toThrow(/immutable/);
    expect(() => core.db.prepare('DELETE FROM transcript_turn_revisions').run()).toThrow(
      /immutable/,
    );
  });

  it('adds a reporter on the fly, labelled by outlet and name', async () => {
    const view = await callAs(event.core, event.noteTaker, 'transcripts:addSpeaker', {
      requestId: event.requestId,
      role: 'reporter',
      name: '周记者',
      title: '',
      outlet: '县融媒体中心',
    });
    expect(view.speakers.at(-1)).toMatchObject({ role: 'reporter', outlet: '县融媒体中心' });
    expect(
      await refusal(event.noteTaker, 'transcripts:addSpeaker', {
        requestId: event.requestId,
        role: 'reporter',
        name: '',
        title: '',
        outlet: '',
      }),
    ).toBe('invalid_input');
  });

  it('is refused to roles that do not take notes, and to users of another unit', async () => {
    const { core, admin, requestId } = event;
    const head = await signedInUser(core, admin, ['unitHead']);
    expect(await refusal(head, 'transcripts:end', { requestId })).toBe('forbidden');
    const clearance = await signedInUser(core, admin, ['clearanceReviewer']);
    expect(await refusal(clearance, 'transcripts:get', { requestId })).toBe('forbidden');
    const units = await callAs(core, admin, 'units:list', {});
    await callAs(core, admin, 'users:create', {
      username: 'chengguan',
      displayName: '城关镇经办',
      unitId: units[2]?.id ?? null,
      roles: ['drafter'],
      password: 'correct horse 1',
    });
    const other = `client-${randomUUID()}`;
    await callAs(core, other, 'session:signIn', {
      username: 'chengguan',
      password: 'correct horse 1',
    });
    expect(await refusal(other, 'transcripts:get', { requestId })).toBe('not_found');
  });

  it('audits every change in an intact chain', () => {
    const actions = (
      event.core.db
        .prepare("SELECT action FROM audit_log WHERE subject_kind = 'transcript' ORDER BY seq")
        .all() as { action: string }[]
    ).map((row) => row.action);
    expect(actions).toEqual([
      'transcript.started',
      'transcript.turnCommitted',
      'transcript.turnCommitted',
      'transcript.turnCommitted',
      'transcript.turnEdited',
      'transcript.speakerAdded',
    ]);
    expect(verifyAuditChain(event.core.db)).toMatchObject({ intact: true });
  });
});

describe('starting capture', () => {
  it('is refused for an event that is not approved', async () => {
    const { core, noteTaker } = event;
    const draft = await callAs(core, noteTaker, 'requests:create', {});
    expect(await refusal(noteTaker, 'transcripts:start', { requestId: draft.id })).toBe(
      'not_approved',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptSearchOrder } from '../../../shared/domain/transcriptViews.ts';
import { indexDocument } from '../search/searchRepository.ts';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from './testing/approvedEvent.ts';

const folder = tempFolder();
let event: ApprovedEvent;

const lines = [
  '今年的防汛准备已经就绪，各项工作正在推进之中。',
  '乡村振兴项目资金1.2亿元何时到位？',
  '防汛防汛，防汛是当前头等大事，防汛物资全部到位。',
  '关于乡村振兴，我们制定了三年行动计划。',
  '学位供给总体充足。',
  '乡村、村振、振兴，都不连在一起。',
];

beforeAll(async () => {
  event = await approvedEvent(folder.path);
  const { core, noteTaker, requestId } = event;
  const view = await callAs(core, noteTaker, 'transcripts:start', { requestId });
  for (const text of lines) {
    await callAs(core, noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: view.speakers[1]?.id ?? '',
      text,
      startedAt: null,
    });
  }
  // Another kind in the same index must not show up among transcript hits.
  indexDocument(core.db, {
    kind: 'request',
    refId: 'r-other',
    title: '防汛工作新闻发布会',
    body: '乡村振兴',
    updatedAt: '2026-11-27T00:00:00Z',
  });
});
afterAll(() => {
  event.core.close();
  folder.remove();
});

const searchResult = (
  text: string,
  options: { order?: TranscriptSearchOrder; limit?: number } = {},
  client = event.noteTaker,
) => callAs(event.core, client, 'transcripts:search', { text, ...options });
const search = async (text: string, client = event.noteTaker) =>
  (await searchResult(text, {}, client)).hits;

describe('transcript search', () => {
  it('finds a 2-character query, ranked: the turn that says it most comes first', async () => {
    const hits = await search('防汛');
    expect(hits.map((hit) => hit.text)).toEqual([lines[2], lines[0]]);
    expect(hits[0]?.highlights).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 7 },
      { start: 15, end: 17 },
    ]);
    expect(hits[0]).toMatchObject({
      requestId: event.requestId,
      eventTitle: '2026年第四季度教育工作新闻发布会',
      speakerLabel: '赵发布',
      seq: 3,
    });
  });

  it('finds a 4-character query only where the four stand together, highlighted', async () => {
    const hits = await search('乡村振兴');
    expect(hits.map((hit) => hit.seq).sort()).toEqual([2, 4]);
    for (const hit of hits) {
      const range = hit.highlights[0];
      expect(hit.text.slice(range?.start, range?.end)).toBe('乡村振兴');
    }
    expect(await search('振兴乡村')).toEqual([]);
  });

  it('finds a 1-character query and figures', async () => {
    expect((await search('汛')).map((hit) => hit.seq).sort()).toEqual([1, 3]);
    expect((await search('1.2亿')).map((hit) => hit.seq)).toEqual([2]);
  });

  it('finds edited text, not the text it replaced', async () => {
    const { core, noteTaker, requestId } = event;
    const turn = (await callAs(core, noteTaker, 'transcripts:get', { requestId })).turns[4];
    if (!turn) throw new Error('no turn');
    await callAs(core, noteTaker, 'transcripts:editTurn', {
      requestId,
      turnId: turn.id,
      revision: turn.revision,
      speakerId: turn.speakerId,
      text: '公办学位供给总体充足。',
    });
    expect((await search('公办')).map((hit) => hit.turnId)).toEqual([turn.id]);
    expect((await search('学位供给')).map((hit) => hit.text)).toEqual(['公办学位供给总体充足。']);
  });

  it('shows only the transcripts of events the user may see', async () => {
    const { core, admin } = event;
    const units = await callAs(core, admin, 'units:list', {});
    await callAs(core, admin, 'users:create', {
      username: 'zhen',
      displayName: '城关镇经办',
      unitId: units[2]?.id ?? null,
      roles: ['drafter'],
      password: 'correct horse 1',
    });
    const other = `client-${randomUUID()}`;
    await callAs(core, other, 'session:signIn', { username: 'zhen', password: 'correct horse 1' });
    expect(await search('防汛', other)).toEqual([]);
    expect((await searchResult('防汛', { order: 'newest' }, other)).hits).toEqual([]);
    expect(await search('防汛', event.reviewer)).toHaveLength(2);
  });

  it('finds the same turns newest first as by relevance, the newest first', async () => {
    for (const query of ['防汛', '汛', '乡村振兴', '振兴', '1.2亿', '，', '。']) {
      const ranked = await searchResult(query);
      const newest = await searchResult(query, { order: 'newest' });
      expect([ranked.order, newest.order, ranked.manyMatches]).toEqual([
        'relevance',
        'newest',
        false,
      ]);
      const seqs = newest.hits.map((hit) => hit.seq);
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(seqs.toSorted()).toEqual(ranked.hits.map((hit) => hit.seq).toSorted());
    }
    // Said once each: the shorter turn is the more relevant, the later one the newer.
    const seqs = async (order: TranscriptSearchOrder, text = '到位', limit?: number) =>
      (await searchResult(text, { order, limit })).hits.map((hit) => hit.seq);
    expect(await seqs('relevance')).toEqual([2, 3]);
    expect(await seqs('newest')).toEqual([3, 2]);
    // A page of one: the newest index entry is another kind's, so the walk reads on past it.
    expect(await seqs('newest', '乡村振兴', 1)).toEqual([4]);
    expect(await seqs('newest', '。', 1)).toEqual([6]);
  });
});

describe('answer suggestions', () => {
  it('return nothing until prepared answers are indexed, then the closest first', async () => {
    const { core, noteTaker, requestId } = event;
    const question = '请问明年秋季城区学位是否充足？';
    expect(
      await callAs(core, noteTaker, 'transcripts:suggestAnswers', { requestId, text: question }),
    ).toEqual([]);
    indexDocument(core.db, {
      kind: 'answerLibrary',
      refId: 'a1',
      title: '学位供给口径',
      body: '关于城区学位：明年秋季城区学位总体充足，新增学位一千二百个。',
      updatedAt: '2026-11-27T00:00:00Z',
    });
    indexDocument(core.db, {
      kind: 'material',
      refId: 'm1',
      title: '防汛答问口径',
      body: '防汛物资储备充足。',
      updatedAt: '2026-11-27T00:00:00Z',
    });
    const suggestions = await callAs(core, noteTaker, 'transcripts:suggestAnswers', {
      requestId,
      text: question,
    });
    expect(suggestions.map((item) => item.refId)).toEqual(['a1', 'm1']);
    const best = suggestions[0];
    const marked = best?.highlights.map((range) => best.snippet.slice(range.start, range.end));
    expect(marked).toContain('明年秋季城区学位');
  });
});

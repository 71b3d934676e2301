import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, newClient, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;

beforeEach(() => {
  folder = tempFolder();
  core = createCore({
    dataDir: folder.path,
    mode: 'web',
    now: () => new Date('2026-11-27T10:00:00+08:00'),
  });
});
afterEach(() => {
  core.close();
  folder.remove();
});

describe('global search', () => {
  it('finds an event by a word of its title, with the event to open, and hides other units’ events', async () => {
    const admin = await setUpInstallation(core);
    const units = await callAs(core, admin, 'units:list', {});
    const drafter = await signedInUser(core, admin, ['drafter']);
    const draft = await callAs(core, drafter, 'requests:create', {});
    await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(units[1]?.id ?? '', { title: '秋季学位供给新闻发布会' }),
    });
    const reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
    const hits = await callAs(core, reviewer, 'search:query', { text: '学位' });
    expect(hits.map((hit) => [hit.kind, hit.eventId, hit.title])).toEqual([
      ['request', draft.id, '秋季学位供给新闻发布会'],
    ]);

    const other = await callAs(core, admin, 'users:create', {
      username: 'elsewhere',
      displayName: '别处',
      unitId: units[2]?.id ?? null,
      roles: ['drafter'],
      password: 'password-1234',
    });
    const elsewhere = newClient();
    core.sessions.signIn(`web:${elsewhere}`, other.id, new Date('2026-11-27T10:00:00+08:00'));
    expect(await callAs(core, elsewhere, 'search:query', { text: '学位' })).toEqual([]);
  });
});

import { materialsRequest } from './fixtureAtVersion5.ts';
import { fixtureUsers } from './fixtureCounty.ts';
import { insertRow, type FixtureContext } from './fixtureRows.ts';

const { drafter, reviewer } = fixtureUsers;
const title = materialsRequest.fields.title;

/** What each user was told, read or not; the reminder is one a day at most (its dedupe key). */
export const version8Notifications = [
  {
    user: drafter,
    kind: 'decision',
    text: `“${title}”单位负责人已同意，已报县政府新闻办审核。`,
    dedupe_key: null,
    created_at: '2026-08-03T02:00:00.000Z',
    read_at: '2026-08-03T03:10:00.000Z',
  },
  {
    user: drafter,
    kind: 'deadline',
    text: `“${title}”的发布材料应于8月25日前完成审查。`,
    dedupe_key: `materialsDue:${materialsRequest.id}:2026-08-24`,
    created_at: '2026-08-24T00:00:00.000Z',
    read_at: null,
  },
  {
    user: reviewer,
    kind: 'waiting',
    text: `“${title}”等待新闻办审核。`,
    dedupe_key: null,
    created_at: '2026-08-03T02:00:00.000Z',
    read_at: null,
  },
] as const;

/** Schema 8 (notifications): decisions, items waiting and deadlines, some already read. */
export function writeVersion8({ db }: FixtureContext): void {
  for (const { user, ...notification } of version8Notifications) {
    insertRow(db, 'notifications', {
      user_id: user.id,
      subject_kind: 'request',
      subject_id: materialsRequest.id,
      ...notification,
    });
  }
}

import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { completeFields } from '../../main/core/testing/requests.ts';
import { adminCredentials, rpc, setUpOffice } from './rpc.ts';
import type { RunningWebApp } from './webApp.ts';
import { Navigation, SignInScreen } from './pages.ts';

export const password = 'password-2026';
export const eventTitle = '2027年春季教育工作新闻发布会';

/** Calls /rpc as one signed-in client and fails loudly on a refusal. */
export async function signedInRpc(app: RunningWebApp, username: string) {
  const client = `e2e-${randomUUID()}`;
  const signIn = await rpc(
    app,
    'session:signIn',
    username === adminCredentials.username ? adminCredentials : { username, password },
    client,
  );
  if (!signIn.ok) throw new Error(`sign-in ${username}: ${JSON.stringify(signIn)}`);
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await rpc(app, channel, input, client);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

/** Forty days ahead at 09:30 Beijing time: far enough for the advance-notice rule. */
function eventTime(): { startsAt: string; endsAt: string } {
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${day}T09:30:00+08:00`, endsAt: `${day}T10:30:00+08:00` };
}

/**
 * An office with a note-taker (jilu, drafter of 县教育体育局), a reviewer (liu, news office) and
 * a request approved at every level, all arranged through /rpc. Returns the request (event) id.
 */
export async function setUpApprovedEvent(app: RunningWebApp): Promise<string> {
  await setUpOffice(app);
  const admin = await signedInRpc(app, adminCredentials.username);
  const units = await admin<{ id: string; name: string }[]>('units:list', {});
  const unitOf = (name: string) => units.find((unit) => unit.name === name)?.id ?? null;
  const users: [string, string, string, string][] = [
    ['jilu', '陈记录', '县教育体育局', 'drafter'],
    ['wang', '王局长', '县教育体育局', 'unitHead'],
    ['liu', '刘审核', '县政府新闻办公室', 'newsOfficeReviewer'],
    ['huang', '黄主管', '县政府新闻办公室', 'authorityApprover'],
  ];
  for (const [username, displayName, unit, role] of users) {
    await admin('users:create', {
      username,
      displayName,
      unitId: unitOf(unit),
      roles: [role],
      password,
    });
  }
  const drafter = await signedInRpc(app, 'jilu');
  const draft = await drafter<{ id: string }>('requests:create', {});
  const saved = await drafter<{ revision: number }>('requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: { ...completeFields(unitOf('县教育体育局') ?? ''), ...eventTime(), title: eventTitle },
  });
  await drafter('requests:submit', { requestId: draft.id, revision: saved.revision });
  for (const decider of ['wang', 'liu', 'huang']) {
    const call = await signedInRpc(app, decider);
    await call('requests:decide', { requestId: draft.id, decision: 'approve', comment: '同意' });
  }
  return draft.id;
}

/** Signs in through the screen and opens the event under 现场实录. */
export async function openTranscript(
  page: Page,
  app: RunningWebApp,
  username: string,
): Promise<void> {
  await page.goto(app.url);
  await new SignInScreen(page).signIn(username, password);
  await new Navigation(page).open('现场实录');
  await page.getByRole('button', { name: eventTitle }).click();
  await expect(page.getByRole('heading', { name: eventTitle, level: 1 })).toBeVisible();
}

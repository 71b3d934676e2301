import { adminCredentials, rpc, setUpOffice } from './rpc.ts';
import type { RunningWebApp } from './webApp.ts';

export const password = 'password-2026';

export async function adminClient(app: RunningWebApp): Promise<string> {
  const client = `e2e-admin-${Math.random().toString(36).slice(2, 10)}`;
  const result = await rpc(app, 'session:signIn', adminCredentials, client);
  if (!result.ok) throw new Error('admin sign-in failed');
  return client;
}

async function unitId(app: RunningWebApp, admin: string, name: string): Promise<string> {
  const units = (await rpc(app, 'units:list', {}, admin)).value as { id: string; name: string }[];
  const unit = units.find((item) => item.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

async function addUser(
  app: RunningWebApp,
  admin: string,
  username: string,
  displayName: string,
  unit: string,
  role: string,
) {
  const result = await rpc(
    app,
    'users:create',
    { username, displayName, unitId: await unitId(app, admin, unit), roles: [role], password },
    admin,
  );
  if (!result.ok) throw new Error(`users:create ${username}: ${JSON.stringify(result)}`);
}

async function registerCard(
  from: RunningWebApp,
  fromAdmin: string,
  at: RunningWebApp,
  atAdmin: string,
  unit: string,
) {
  const identity = (await rpc(from, 'exchange:identity', {}, fromAdmin)).value as { card: string };
  const result = await rpc(
    at,
    'exchange:registerPeer',
    { card: identity.card, unitId: await unitId(at, atAdmin, unit) },
    atAdmin,
  );
  if (!result.ok) throw new Error(`registerPeer: ${JSON.stringify(result)}`);
}

/**
 * A department's installation and the news office's, set up and introduced to each other the way
 * their administrators would (each registers the other's key card), with the users of the flow.
 */
export async function setUpTwoOffices(
  department: RunningWebApp,
  newsOffice: RunningWebApp,
): Promise<void> {
  await Promise.all([setUpOffice(department), setUpOffice(newsOffice)]);
  const [departmentAdmin, newsOfficeAdmin] = await Promise.all([
    adminClient(department),
    adminClient(newsOffice),
  ]);
  await registerCard(newsOffice, newsOfficeAdmin, department, departmentAdmin, '县政府新闻办公室');
  await registerCard(department, departmentAdmin, newsOffice, newsOfficeAdmin, '县教育体育局');
  await addUser(department, departmentAdmin, 'zhang', '张经办', '县教育体育局', 'drafter');
  await addUser(department, departmentAdmin, 'wang', '王局长', '县教育体育局', 'unitHead');
  await addUser(
    newsOffice,
    newsOfficeAdmin,
    'liu',
    '刘审核',
    '县政府新闻办公室',
    'newsOfficeReviewer',
  );
  await addUser(
    newsOffice,
    newsOfficeAdmin,
    'huang',
    '黄审批',
    '县政府新闻办公室',
    'authorityApprover',
  );
}

/** The installation's key card, as its administrator copies it from 数据交换. */
export async function keyCardOf(app: RunningWebApp): Promise<string> {
  const identity = (await rpc(app, 'exchange:identity', {}, await adminClient(app))).value as {
    card: string;
  };
  return identity.card;
}

/**
 * A third installation, for the township 城关镇人民政府, introduced to the news office (cards
 * registered both ways), with a drafter (zhao) and the township head (sun).
 */
export async function setUpTownship(township: RunningWebApp, newsOffice: RunningWebApp) {
  await setUpOffice(township);
  const [townshipAdmin, newsOfficeAdmin] = await Promise.all([
    adminClient(township),
    adminClient(newsOffice),
  ]);
  await registerCard(newsOffice, newsOfficeAdmin, township, townshipAdmin, '县政府新闻办公室');
  await registerCard(township, townshipAdmin, newsOffice, newsOfficeAdmin, '城关镇人民政府');
  await addUser(township, townshipAdmin, 'zhao', '赵经办', '城关镇人民政府', 'drafter');
  await addUser(township, townshipAdmin, 'sun', '孙镇长', '城关镇人民政府', 'unitHead');
}

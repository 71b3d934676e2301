import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { auditCsvColumns } from './auditCsv.ts';

/** The 审计日志's person and action filters and its CSV export, on a real database. */
const folder = tempFolder();
let clock = new Date('2026-11-20T23:50:00+08:00');
let core: Core;
let admin = '';
let auditor = '';
const createdByAdmin = 55;

const csvOf = (contentBase64: string) => Buffer.from(contentBase64, 'base64').toString('utf8');

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  admin = await setUpInstallation(core);
  // More rows of one action than a page holds (units: cheaper to make than users).
  for (let index = 0; index < createdByAdmin; index++) {
    await callAs(core, admin, 'units:create', { name: `第${index}乡`, kind: 'township' });
  }
  // A second administrator acts just after midnight, the next day in Beijing.
  clock = new Date('2026-11-21T00:05:00+08:00');
  auditor = await signedInUser(core, admin, ['administrator'], 'shenji');
  await callAs(core, auditor, 'users:create', {
    username: 'later',
    displayName: '=HYPERLINK("x")',
    unitId: null,
    roles: ['drafter'],
    password: 'password-1234',
  });
});
afterAll(() => {
  core.close();
  folder.remove();
});

describe('audit:page filters', () => {
  it('lists everyone who acted, and filters by that person', async () => {
    const actors = await callAs(core, admin, 'audit:actors', {});
    const names = actors.map((actor) => actor.actorName);
    expect(names).toEqual(expect.arrayContaining(['系统管理员', '测试用户 shenji']));
    const second = actors.find((actor) => actor.actorName === '测试用户 shenji');
    const page = await callAs(core, admin, 'audit:page', {
      actorId: second?.actorId ?? '',
      limit: 200,
    });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((entry) => entry.actorName === '测试用户 shenji')).toBe(true);
    expect(page.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['session.signIn', 'user.create']),
    );
  });

  it('filters by action, and by action, person and day together', async () => {
    const created = await callAs(core, admin, 'audit:page', { action: 'unit.create', limit: 200 });
    expect(created.total).toBe(createdByAdmin);
    expect(new Set(created.items.map((entry) => entry.action))).toEqual(new Set(['unit.create']));
    const users = await callAs(core, admin, 'audit:page', { action: 'user.create' });
    expect(users.total).toBe(2);
    const actors = await callAs(core, admin, 'audit:actors', {});
    const first = actors.find((actor) => actor.actorName === '系统管理员');
    const firstDay = await callAs(core, admin, 'audit:page', {
      action: 'unit.create',
      actorId: first?.actorId ?? '',
      from: '2026-11-20',
      to: '2026-11-20',
    });
    expect(firstDay.total).toBe(createdByAdmin);
    const otherPerson = await callAs(core, admin, 'audit:page', {
      action: 'unit.create',
      actorId: actors.find((actor) => actor !== first)?.actorId ?? '',
    });
    expect(otherPerson.total).toBe(0);
    const nextDay = await callAs(core, admin, 'audit:page', {
      action: 'user.create',
      actorId: first?.actorId ?? '',
      from: '2026-11-21',
    });
    // On the 21st the first administrator only created the second one.
    expect(nextDay.total).toBe(1);
  });
});

describe('audit:exportCsv', () => {
  it('writes every matching row, not one page, with a BOM and Chinese labels, and is audited', async () => {
    const file = await callAs(core, admin, 'audit:exportCsv', { action: 'unit.create' });
    expect(file.fileName).toBe('审计日志-20261121.csv');
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    const text = csvOf(file.contentBase64);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(auditCsvColumns.join(','));
    expect(lines[0]).toBe('时间（北京时间）,操作人,操作,对象,详情');
    expect(lines).toHaveLength(1 + createdByAdmin);
    expect(lines[1]).toBe(
      '2026年11月20日 23:50:00,系统管理员,新增单位,单位,名称：第54乡；乡镇人民政府',
    );
    expect(lines.at(-1)).toBe(
      '2026年11月20日 23:50:00,系统管理员,新增单位,单位,名称：第0乡；乡镇人民政府',
    );
    expect(text).not.toMatch(/unit\.create|session\.signIn/);

    // Details read in Chinese: field names, roles; quotes doubled inside a quoted cell.
    const people = csvOf(
      (await callAs(core, admin, 'audit:exportCsv', { action: 'user.create', from: '2026-11-21' }))
        .contentBase64,
    );
    expect(people.slice(1).split('\r\n').slice(1, 3)).toEqual([
      '2026年11月21日 00:05:00,测试用户 shenji,新增用户,用户,"姓名：=HYPERLINK(""x"")；经办人"',
      '2026年11月21日 00:05:00,系统管理员,新增用户,用户,姓名：测试用户 shenji；管理员',
    ]);

    const audited = await callAs(core, admin, 'audit:page', { action: 'audit.exportCsv' });
    expect(audited.total).toBe(2);
    expect(audited.items.at(-1)?.details).toMatchObject({
      fileName: '审计日志-20261121.csv',
      sha256: file.sha256,
      rows: createdByAdmin,
      action: '新增单位',
    });
  });

  it('is for the administrator only, and a refused export leaves no row', async () => {
    const drafter = await signedInUser(core, admin, ['drafter']);
    const before = await callAs(core, admin, 'audit:page', { action: 'audit.exportCsv' });
    const result = await core.router.dispatch('audit:exportCsv', {}, `web:${drafter}`);
    expect(result.ok).toBe(false);
    const after = await callAs(core, admin, 'audit:page', { action: 'audit.exportCsv' });
    expect(after.total).toBe(before.total);
  });
});

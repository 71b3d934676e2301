import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, newClient, setUpInstallation, testPassword } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;

const openCore = () => {
  folder = tempFolder();
  core = createCore({
    dataDir: folder.path,
    mode: 'web',
    now: () => new Date('2026-11-27T09:00:00+08:00'),
  });
};
const closeCore = () => {
  core.close();
  folder.remove();
};

/** One character of each class a name may not hold (shared/text/displayText.ts). */
const forbidden = [
  ['NUL', '\u0000'],
  ['a C0 control', '\u001B'],
  ['a line feed', '\n'],
  ['a C1 control', '\u0085'],
  ['a bidi override', '\u202E'],
  ['a bidi embedding', '\u202B'],
  ['a bidi isolate', '\u2067'],
  ['a direction mark', '\u200F'],
  ['the Arabic letter mark', '\u061C'],
  ['a zero-width space', '\u200B'],
  ['a zero-width joiner', '\u200D'],
  ['a word joiner', '\u2060'],
  ['a BOM inside the name', '\uFEFF'],
] as const;

const nameWith = (character: string) => `县${character}教育局`;

async function installation() {
  const admin = await setUpInstallation(core);
  const units = await callAs(core, admin, 'units:list', {});
  const unit = units[1];
  if (!unit) throw new Error('no unit');
  const user = await callAs(core, admin, 'users:create', {
    username: 'jingban',
    displayName: '张经办',
    unitId: unit.id,
    roles: ['drafter'],
    password: testPassword,
  });
  return { admin, unit, user };
}

describe('a name holding a forbidden character', () => {
  // Refused calls change nothing, so one installation serves every case.
  let setUp: Awaited<ReturnType<typeof installation>>;
  beforeAll(async () => {
    openCore();
    setUp = await installation();
  });
  afterAll(closeCore);

  it.each(forbidden)(
    'holding %s is refused by units:create, units:rename and users:update, which change nothing',
    async (_what, character) => {
      const { admin, unit, user } = setUp;
      const before = databaseSnapshot(core.db);
      const attempts = [
        ['units:create', { name: nameWith(character), kind: 'department' }],
        ['units:rename', { unitId: unit.id, name: nameWith(character) }],
        [
          'users:update',
          {
            userId: user.id,
            displayName: `张${character}经办`,
            unitId: unit.id,
            roles: ['drafter'],
          },
        ],
      ] as const;
      for (const [channel, input] of attempts) {
        const result = await core.router.dispatch(channel, input, `web:${admin}`);
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!result.ok) expect(result.error.message, channel).toMatch(/控制字符|不可见/);
      }
      expect(databaseSnapshot(core.db)).toBe(before);
    },
  );
});

describe('the other bounds of a name', () => {
  beforeEach(openCore);
  afterEach(closeCore);

  it('trims a name and keeps markup as the literal text it is', async () => {
    const { admin, unit, user } = await installation();
    const markup = '<img src=x onerror=alert(1)><b>粗</b>';
    const created = await callAs(core, admin, 'units:create', {
      name: `  ${markup}  `,
      kind: 'department',
    });
    expect(created.name).toBe(markup);
    expect(
      (await callAs(core, admin, 'units:rename', { unitId: unit.id, name: ' 𠀀局 ' })).name,
    ).toBe('𠀀局');
    const updated = await callAs(core, admin, 'users:update', {
      userId: user.id,
      displayName: markup,
      unitId: unit.id,
      roles: ['drafter'],
    });
    expect(updated.displayName).toBe(markup);
  });

  it('refuses a name empty once trimmed, or over 100 characters counted by code point', async () => {
    const { admin } = await installation();
    const before = databaseSnapshot(core.db);
    for (const name of [' \u3000 ', '字'.repeat(101), '𠀀'.repeat(101)]) {
      const result = await core.router.dispatch(
        'units:create',
        { name, kind: 'department' },
        `web:${admin}`,
      );
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(databaseSnapshot(core.db)).toBe(before);
    const longest = await callAs(core, admin, 'units:create', {
      name: '𠀀'.repeat(100),
      kind: 'department',
    });
    expect([...longest.name]).toHaveLength(100);
  });

  it('refuses hidden characters at first-run setup too', async () => {
    const result = await core.router.dispatch(
      'setup:initialize',
      {
        officeName: '县\u202E新闻办',
        units: [{ name: '县新闻办', kind: 'newsOffice' }],
        admin: { username: 'admin', displayName: '管理员', password: testPassword },
      },
      `web:${newClient()}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await callAs(core, newClient(), 'app:info', {})).toMatchObject({ setupRequired: true });
  });
});

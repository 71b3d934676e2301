import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let admin: string;

beforeEach(async () => {
  folder = tempFolder();
  core = createCore({
    dataDir: folder.path,
    mode: 'web',
    now: () => new Date('2026-11-27T10:00:00+08:00'),
  });
  admin = await setUpInstallation(core);
});
afterEach(() => {
  core.close();
  folder.remove();
});

describe('the working-day calendar', () => {
  it('imports a list, refuses a list with an unreadable line without importing any of it', async () => {
    const before = databaseSnapshot(core.db);
    const refused = await core.router.dispatch(
      'calendar:import',
      { text: '2026-12-01,holiday,甲\nnot a date' },
      `web:${admin}`,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(refused.ok === false && refused.error.message).toContain('第 2 行');
    expect(databaseSnapshot(core.db)).toBe(before);

    expect(
      await callAs(core, admin, 'calendar:import', {
        text: '2026-12-07,holiday,示例假日\n2026-12-05，workday，调休',
      }),
    ).toEqual({ imported: 2, invalidLines: [] });
    expect((await callAs(core, admin, 'calendar:list', {})).map((day) => day.date)).toEqual([
      '2026-12-05',
      '2026-12-07',
    ]);
    await callAs(core, admin, 'calendar:removeDay', { date: '2026-12-05' });
    expect(
      await callAs(core, admin, 'calendar:setDay', {
        date: '2026-12-08',
        kind: 'holiday',
        name: '示例',
      }),
    ).toHaveLength(2);
  });

  it('imports the State Council notice pasted as text, 放假 and 上班 days alike', async () => {
    const notice = [
      '国务院办公厅关于2027年部分节假日安排的通知',
      '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      '二、春节：2月6日（农历除夕、周六）至12日（农历正月初六、周五）放假调休，共7天。2月14日（周日）上班。',
    ].join('\n');
    expect(await callAs(core, admin, 'calendar:import', { text: notice })).toEqual({
      imported: 11,
      invalidLines: [],
    });
    const days = await callAs(core, admin, 'calendar:list', {});
    expect(days.find((day) => day.date === '2027-02-14')).toEqual({
      date: '2027-02-14',
      kind: 'workday',
      name: '春节调休上班',
    });
    expect(days.filter((day) => day.name === '春节')).toHaveLength(7);
  });

  it('counts a holiday out of the advance notice a request must give', async () => {
    const drafter = await signedInUser(core, admin, ['drafter']);
    const unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
    const draft = await callAs(core, drafter, 'requests:create', {});
    const fields = completeFields(unitId, { startsAt: '2026-12-02T09:30:00+08:00', endsAt: null });
    const saved = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields,
    });
    // The materials are due by now (a separate rule); the date itself is accepted.
    expect(saved.problems.filter((problem) => !problem.field.startsWith('materials.'))).toEqual([]);
    await callAs(core, admin, 'calendar:setDay', {
      date: '2026-12-01',
      kind: 'holiday',
      name: '示例假日',
    });
    const again = await callAs(core, drafter, 'requests:get', { requestId: draft.id });
    expect(again.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('只有 2 个工作日'),
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import type { ChannelName } from '../../shared/contract/channels.ts';
import type { RequestFields } from '../../shared/domain/requests.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { quarterOfDate, quarterPeriod } from '../../shared/rules/schedulePeriods.ts';
import { addDays, shanghaiDate } from '../../shared/rules/workingDays.ts';
import { findUserByUsername } from '../../main/core/accounts/userRepository.ts';
import { createCore, type Core } from '../../main/core/createCore.ts';
import { completeFields } from '../../main/core/testing/requests.ts';
import { adminCredentials } from './rpc.ts';

export const password = 'password-2026';

const units = [
  { name: '县政府新闻办公室', kind: 'newsOffice' },
  { name: '县教育体育局', kind: 'department' },
  { name: '城关镇人民政府', kind: 'township' },
  { name: '县民政局', kind: 'department' },
] as const;

const users: readonly { username: string; unit: string; roles: Role[] }[] = [
  { username: 'liu', unit: '县政府新闻办公室', roles: ['newsOfficeReviewer'] },
  { username: 'zhuguan', unit: '县政府新闻办公室', roles: ['authorityApprover'] },
  { username: 'jiaoyu.jb', unit: '县教育体育局', roles: ['drafter'] },
  { username: 'jiaoyu.fzr', unit: '县教育体育局', roles: ['unitHead'] },
  { username: 'chengguan.jb', unit: '城关镇人民政府', roles: ['drafter'] },
  { username: 'chengguan.fzr', unit: '城关镇人民政府', roles: ['unitHead'] },
  { username: 'minzheng.jb', unit: '县民政局', roles: ['drafter'] },
  { username: 'minzheng.fzr', unit: '县民政局', roles: ['unitHead'] },
];

/** The two most recent whole quarters of one year: the board's cells are then final. */
export function lastTwoQuarters(today: string): { year: number; first: number; second: number } {
  const year = Number(today.slice(0, 4));
  const current = quarterOfDate(today);
  return current >= 3
    ? { year, first: current - 2, second: current - 1 }
    : { year: year - 1, first: 3, second: 4 };
}

const weekday = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
};

/**
 * Builds a county in a data folder through the core's own services, with the clock set to when
 * each step would have happened: three units hold events across two past quarters.
 *   县教育体育局: a press conference in each quarter (met, met);
 *   城关镇人民政府: one in the first, the second cancelled (met, missed);
 *   县民政局: none in the first, an emergency release in the second (missed, met).
 */
export async function seedTwoQuarters(
  dataDir: string,
): Promise<ReturnType<typeof lastTwoQuarters>> {
  const period = lastTwoQuarters(shanghaiDate(new Date()));
  const dayIn = (quarter: number, offset: number) =>
    weekday(addDays(quarterPeriod(period.year, quarter).first, offset));
  let clock = new Date(
    `${addDays(quarterPeriod(period.year, period.first).first, -40)}T09:00:00+08:00`,
  );
  const core = createCore({ dataDir, mode: 'web', now: () => clock });
  try {
    const call = caller(core, () => clock);
    await call('', 'setup:initialize', {
      officeName: '示范县人民政府新闻办公室',
      units: [...units],
      adminUnitIndex: 0,
      admin: { ...adminCredentials, displayName: '王管理' },
    });
    const unitList = (await call('admin', 'units:list', {})) as { id: string; name: string }[];
    const unitId = (name: string) => unitList.find((unit) => unit.name === name)?.id ?? '';
    for (const user of users)
      await call('admin', 'users:create', {
        username: user.username,
        displayName: `${user.username}用户`,
        unitId: unitId(user.unit),
        roles: user.roles,
        password,
      });

    const approved = async (unit: string, drafter: string, date: string, cancel = false) => {
      const at = (offset: number, time: string) =>
        (clock = new Date(`${addDays(date, offset)}T${time}:00+08:00`));
      at(-20, '09:00');
      const fields: RequestFields = completeFields(unitId(unit), {
        title: `${date.slice(0, 7)}${unit}新闻发布会`,
        startsAt: `${date}T09:30:00+08:00`,
        endsAt: `${date}T10:30:00+08:00`,
      });
      const draft = (await call(drafter, 'requests:create', {})) as {
        id: string;
        revision: number;
      };
      const saved = (await call(drafter, 'requests:saveDraft', {
        requestId: draft.id,
        revision: draft.revision,
        fields,
      })) as { revision: number };
      await call(drafter, 'requests:submit', { requestId: draft.id, revision: saved.revision });
      for (const decider of [drafter.replace('.jb', '.fzr'), 'liu', 'zhuguan']) {
        at(-19, '10:00');
        await call(decider, 'requests:decide', {
          requestId: draft.id,
          decision: 'approve',
          comment: '同意。',
        });
      }
      if (cancel) {
        at(-5, '10:00');
        await call(drafter, 'requests:cancel', { requestId: draft.id, reason: '因故取消。' });
      }
    };
    await approved('县教育体育局', 'jiaoyu.jb', dayIn(period.first, 20));
    await approved('县教育体育局', 'jiaoyu.jb', dayIn(period.second, 25));
    await approved('城关镇人民政府', 'chengguan.jb', dayIn(period.first, 30));
    await approved('城关镇人民政府', 'chengguan.jb', dayIn(period.second, 35), true);

    const emergencyDay = dayIn(period.second, 40);
    clock = new Date(`${emergencyDay}T07:00:00+08:00`);
    const opened = (await call('liu', 'requests:openEmergency', {
      unitId: unitId('县民政局'),
      title: '低温雨雪冰冻灾害救助情况发布',
    })) as { id: string; revision: number; fields: RequestFields };
    await call('liu', 'requests:saveDraft', {
      requestId: opened.id,
      revision: opened.revision,
      fields: completeFields(unitId('县民政局'), {
        title: '低温雨雪冰冻灾害救助情况发布',
        isEmergency: true,
        startsAt: `${emergencyDay}T11:00:00+08:00`,
        endsAt: `${emergencyDay}T12:00:00+08:00`,
        content: { ...completeFields('').content, conferenceKind: 'emergency' },
      }),
    });
    await call('liu', 'requests:fastTrack', {
      requestId: opened.id,
      comment: '情况紧急，先行发布。',
    });
    return period;
  } finally {
    core.close();
  }
}

/** Calls a channel as a user signed in at the clock (as the demo seeder does). */
function caller(core: Core, now: () => Date) {
  return async (username: string, channel: ChannelName, input: unknown): Promise<unknown> => {
    const client = `e2e-seed-${username || 'public'}-${randomUUID()}`;
    const user = username ? findUserByUsername(core.db, username) : null;
    if (user) core.sessions.signIn(client, user.id, now());
    const result = await core.router.dispatch(channel, input, client);
    if (!result.ok) throw new Error(`${username} ${channel}: ${result.error.message}`);
    return result.value;
  };
}

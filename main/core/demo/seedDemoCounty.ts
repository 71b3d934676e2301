import { randomUUID } from 'node:crypto';
import type { ChannelInput, ChannelName } from '../../../shared/contract/channels.ts';
import type { RequestFields } from '../../../shared/domain/requests.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { createCore, type Core } from '../createCore.ts';
import { findUserByUsername } from '../accounts/userRepository.ts';
import {
  demoDocumentIssuing,
  demoOfficeName,
  demoPassword,
  demoTopics,
  demoUnits,
  demoUsers,
} from './demoCounty.ts';
import { issueLetterSteps, noticeSteps } from './demoDocumentNumbers.ts';
import { demoConcernSteps } from './demoConcerns.ts';
import { demoEvaluationMarkSteps } from './demoEvaluationMarks.ts';
import { demoLibrarySteps } from './demoLibrary.ts';
import { prepareDemoMaterials } from './demoMaterials.ts';
import { demoRequestFields } from './demoRequestFields.ts';
import { demoScheduleSteps } from './demoSchedule.ts';
import { demoTranscriptSteps } from './demoTranscripts.ts';

interface Step {
  readonly at: Date;
  readonly run: () => Promise<void>;
  /** Taken only once this has passed too: a transcript is taken down whole or not at all. */
  readonly whole?: Date;
}

const at = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`);

/**
 * Fills a fresh data folder with a demo county: its units, users for every role, and a year of
 * events at every stage. Everything goes through the core's services with the clock set to when
 * it would have happened, so the audit chain and the rules hold as for real data. Steps dated
 * after `today` are not taken, which leaves upcoming events at intermediate stages.
 */
export async function seedDemoCounty(dataDir: string, today: Date): Promise<boolean> {
  let clock = new Date(addDays(shanghaiDate(today), -400) + 'T09:00:00+08:00');
  const core = createCore({ dataDir, mode: 'web', now: () => clock });
  // Thousands of small transactions: a demo interrupted half-way is started again from a fresh
  // folder, so waiting for the disk after each one buys nothing (this connection only).
  core.db.exec('PRAGMA synchronous = OFF');
  try {
    const info = await core.router.dispatch('app:info', {}, 'demo:probe');
    if (!info.ok || !(info.value as { setupRequired: boolean }).setupRequired) return false;
    const call = callerFor(core, () => clock);
    await call('admin', 'setup:initialize', {
      officeName: demoOfficeName,
      units: [...demoUnits],
      adminUnitIndex: demoUnits.findIndex((unit) => unit.name === '县政府信息中心'),
      admin: { username: 'admin', displayName: '系统管理员', password: demoPassword },
    });
    const units = (await call('admin', 'units:list', {})) as { id: string; name: string }[];
    const unitId = (name: string) => units.find((unit) => unit.name === name)?.id ?? null;
    for (const user of demoUsers) {
      await call('admin', 'users:create', {
        username: user.username,
        displayName: user.displayName,
        unitId: unitId(user.unit),
        roles: [...user.roles],
        password: demoPassword,
      });
    }
    await call('admin', 'settings:update', { documentIssuing: demoDocumentIssuing });
    const steps = eventSteps(call, unitId, today);
    for (const step of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) {
      if (step.at.getTime() > today.getTime()) continue;
      if (step.whole && step.whole.getTime() > today.getTime()) continue;
      clock = step.at;
      await step.run();
    }
    return true;
  } finally {
    core.close();
  }
}

type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

/** Calls a channel as a demo user, signed in on their own client at the current clock. */
function callerFor(core: Core, now: () => Date): Call {
  return async (username, channel, input) => {
    const client = `demo:${username}`;
    const user = findUserByUsername(core.db, username);
    if (user) core.sessions.signIn(client, user.id, now());
    const result = await core.router.dispatch(
      channel,
      input as ChannelInput<typeof channel>,
      client,
    );
    if (!result.ok) throw new Error(`demo ${username} ${channel}: ${result.error.message}`);
    return result.value;
  };
}

const drafterOf = (unit: string) =>
  demoUsers.find((user) => user.unit === unit && user.roles.includes('drafter'));
const headOf = (unit: string) =>
  demoUsers.find((user) => user.unit === unit && user.roles.includes('unitHead'));

/** About one event a quarter per unit, over the year up to a few weeks from today. */
function eventSteps(call: Call, unitId: (name: string) => string | null, today: Date): Step[] {
  const steps: Step[] = [];
  const todayDate = shanghaiDate(today);
  demoTopics.forEach(({ unit, topics }, unitIndex) => {
    const drafter = drafterOf(unit)?.username ?? '';
    const head = headOf(unit)?.username ?? '';
    const id = unitId(unit) ?? '';
    for (let k = 0; k < 5; k++) {
      const upcoming = k === 4;
      // A quarter apart, the last one just ahead: each event falls in its own quarter.
      const ahead = [5, 14, 15, 16, 17][unitIndex] ?? 20;
      const eventDate = weekday(addDays(todayDate, ahead + (k - 4) * 91));
      const quarter = Math.floor((Number(eventDate.slice(5, 7)) - 1) / 3);
      const title = `${eventDate.slice(0, 4)}年${topics[quarter] ?? ''}新闻发布会`;
      const plan = requestPlan({
        call,
        unitId: id,
        drafter,
        head,
        eventDate,
        title,
        variant: upcoming ? 0 : (unitIndex + k) % 7,
        fields: unitEventFields(unit, id, title, eventDate, unitIndex),
      });
      steps.push(...(upcoming ? upToStage(plan, [6, 5, 4, 3, 2][unitIndex] ?? 2, today) : plan));
    }
  });
  steps.push(...emergencyPlan(call, unitId('城关镇人民政府') ?? '', addDays(todayDate, -6)));
  steps.push(...demoScheduleSteps({ call, unitId, today, requestPlan, upToStage, weekday }));
  steps.push(...noticeSteps(call, today));
  steps.push(...demoLibrarySteps(call, unitId, today));
  steps.push(...demoConcernSteps(call, unitId, today));
  steps.push(...demoEvaluationMarkSteps(call, today));
  return steps;
}

/** Units' events may fall on one day: each unit has its own hour, its own speakers. */
const demoHours = ['09:30', '11:00', '14:00', '15:30', '16:40'];

function unitEventFields(
  unit: string,
  unitId: string,
  title: string,
  eventDate: string,
  unitIndex: number,
): RequestFields {
  const base = demoRequestFields(unitId, title, eventDate, demoHours[unitIndex] ?? '09:30');
  const head = headOf(unit)?.displayName ?? '';
  const spokesperson =
    demoUsers.find((user) => user.unit === unit && user.roles.includes('spokesperson'))
      ?.displayName ?? head;
  return {
    ...base,
    content: {
      ...base.content,
      mainSpeaker: { name: head, title: '主要负责同志' },
      spokesperson: { name: spokesperson, title: '新闻发言人' },
    },
  };
}

/**
 * An upcoming event's first `count` steps, moved to the days just before today: so each upcoming
 * event stands at a chosen stage (draft, unit review, news-office review, ...) whatever the date.
 */
function upToStage(plan: readonly Step[], count: number, today: Date): Step[] {
  const kept = plan.slice(0, count);
  return kept.map((step, index) => ({
    ...step,
    at: new Date(today.getTime() - (kept.length - index) * 3_600_000),
  }));
}

/** Moves a Saturday or Sunday to the following Monday. */
function weekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

interface PlanInput {
  readonly call: Call;
  readonly unitId: string;
  readonly drafter: string;
  readonly head: string;
  readonly eventDate: string;
  readonly title: string;
  readonly variant: number;
  /** The form as filled in; a routine press conference by default. */
  readonly fields?: RequestFields;
}

/** One request's life: drafted three weeks ahead, then decided level by level, with some variety. */
function requestPlan({
  call,
  unitId,
  drafter,
  head,
  eventDate,
  title,
  variant,
  fields,
}: PlanInput): Step[] {
  const ref = { id: '', revision: 0 };
  const day = (offset: number, time = '10:00') => at(addDays(eventDate, offset), time);
  const track = (detail: unknown) => {
    const value = detail as { id: string; revision: number };
    ref.id = value.id;
    ref.revision = value.revision;
  };
  const decide =
    (user: string, decision: 'approve' | 'return' | 'reject', comment: string) => async () =>
      track(await call(user, 'requests:decide', { requestId: ref.id, decision, comment }));
  const unit = demoUsers.find((user) => user.username === drafter)?.unit ?? '';
  const form = fields ?? demoRequestFields(unitId, title, eventDate);
  const seed = [...title].reduce((sum, char) => sum + (char.codePointAt(0) ?? 0), 0) % 97;
  // Held events get their 文字实录, taken by the drafter and reviewed by the unit's head.
  const transcript = () =>
    demoTranscriptSteps({
      call,
      ref,
      noteTaker: drafter,
      reviewer: head,
      unit,
      fields: form,
      seed,
    });
  const submit = async () => {
    if ((fields?.form ?? 'pressConference') === 'pressConference') {
      await prepareDemoMaterials(call, drafter, unit, ref.id, title);
    }
    track(await call(drafter, 'requests:submit', { requestId: ref.id, revision: ref.revision }));
  };

  const steps: Step[] = [
    {
      at: day(-24, '09:00'),
      run: async () => track(await call(drafter, 'requests:create', { title })),
    },
    {
      at: day(-24, '09:20'),
      run: async () =>
        track(
          await call(drafter, 'requests:saveDraft', {
            requestId: ref.id,
            revision: ref.revision,
            fields: form,
          }),
        ),
    },
    { at: day(-21), run: submit },
    { at: day(-18), run: decide(head, 'approve', '同意报县政府新闻办。') },
  ];
  if (variant === 3) {
    steps.push(
      { at: day(-16), run: decide('xinwenban', 'return', '请补充拟邀媒体名单和答问口径。') },
      { at: day(-15), run: submit },
      { at: day(-14), run: decide(head, 'approve', '已补充，同意。') },
      { at: day(-13), run: decide('xinwenban2', 'approve', '同意。') },
      { at: day(-12), run: decide('zhuguan', 'approve', '同意召开。') },
      ...issueLetterSteps(call, ref, day(-11), null),
      ...transcript(),
    );
  } else if (variant === 5) {
    steps.push({
      at: day(-16),
      run: decide('xinwenban', 'reject', '该主题已于本季度由县政府统一发布，不再单独召开。'),
    });
  } else {
    steps.push(
      { at: day(-16), run: decide('xinwenban', 'approve', '同意。') },
      { at: day(-13), run: decide('zhuguan', 'approve', '同意召开。') },
    );
    // The news office issues the 审批函 (it takes a 发文字号); a cancelled event's letter is voided.
    steps.push(...issueLetterSteps(call, ref, day(-12), variant === 6 ? day(-3, '10:30') : null));
    if (variant === 6) {
      steps.push({
        at: day(-3),
        run: async () =>
          track(
            await call(drafter, 'requests:cancel', {
              requestId: ref.id,
              reason: '主发布人另有紧急公务，本季度改为书面发布。',
            }),
          ),
      });
    } else {
      steps.push(...transcript());
    }
  }
  return steps;
}

function emergencyPlan(call: Call, unitId: string, date: string): Step[] {
  const ref = { id: '' };
  const title = '城区强降雨内涝应急处置情况发布';
  return [
    ...demoTranscriptSteps({
      call,
      ref,
      noteTaker: 'xinwenban',
      reviewer: 'xinwenban2',
      unit: '城关镇人民政府',
      fields: demoRequestFields(unitId, title, date, '11:00', true),
      seed: 7,
    }),
    {
      at: at(date, '06:40'),
      run: async () => {
        const opened = (await call('xinwenban', 'requests:openEmergency', {
          unitId,
          title: '城区强降雨内涝应急处置情况发布',
        })) as { id: string; revision: number };
        ref.id = opened.id;
        const fields = demoRequestFields(
          unitId,
          '城区强降雨内涝应急处置情况发布',
          date,
          '11:00',
          true,
        );
        await call('xinwenban', 'requests:saveDraft', {
          requestId: opened.id,
          revision: opened.revision,
          fields,
        });
      },
    },
    {
      at: at(date, '07:10'),
      run: async () =>
        void (await call('xinwenban', 'requests:fastTrack', {
          requestId: ref.id,
          comment: `情况紧急，先行发布（${randomUUID().slice(0, 4)}）。`,
        })),
    },
  ];
}

import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { Person, RequestFields } from '../../../shared/domain/requests.ts';
import {
  quarterOfDate,
  quarterPeriod,
  type Period,
} from '../../../shared/rules/schedulePeriods.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { demoTopics } from './demoCounty.ts';
import { demoRequestFields } from './demoRequestFields.ts';
import {
  demoAccounts,
  demoExperts,
  demoExtraConferences,
  demoInterviews,
  demoNewsOfficeConferences,
  demoPlans,
  demoScheduleUsers,
  demoUnitPeople,
} from './demoScheduleData.ts';

interface Step {
  readonly at: Date;
  readonly run: () => Promise<void>;
}
type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

interface PlanInput {
  readonly call: Call;
  readonly unitId: string;
  readonly drafter: string;
  readonly head: string;
  readonly eventDate: string;
  readonly title: string;
  readonly variant: number;
  readonly fields?: RequestFields;
}

/** What the demo seeder lends: its caller, its units, and how it plays one request's life. */
export interface ScheduleDemoDeps {
  readonly call: Call;
  readonly unitId: (name: string) => string | null;
  readonly today: Date;
  readonly requestPlan: (input: PlanInput) => Step[];
  readonly upToStage: (plan: readonly Step[], count: number, today: Date) => Step[];
  readonly weekday: (date: string) => string;
}

const at = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+08:00`);

/** The current quarter and the three before it, oldest first. */
function lastFourQuarters(today: string): Period[] {
  let year = Number(today.slice(0, 4));
  let quarter = quarterOfDate(today);
  const periods: Period[] = [];
  for (let index = 0; index < 4; index++) {
    periods.unshift(quarterPeriod(year, quarter));
    quarter -= 1;
    if (quarter === 0) [quarter, year] = [4, year - 1];
  }
  return periods;
}

const peopleOf = (unit: string) => demoUnitPeople.find((entry) => entry.unit === unit);

/** A person as the request form names them: 县民政局局长 郭局长. */
function person(name: string): Person {
  for (const entry of demoUnitPeople) {
    if (entry.head.name === name) return { name, title: `${entry.unit}${entry.head.title}` };
    if (entry.spokesperson?.name === name)
      return { name, title: `${entry.unit}${entry.spokesperson.title}` };
  }
  return { name, title: '' };
}

const drafterOf = (unit: string, fallback: readonly { unit: string; username: string }[]) =>
  [...demoScheduleUsers, ...fallback].find(
    (user) => user.unit === unit && user.username.endsWith('.jb'),
  )?.username ?? '';

/** Every step of the scheduling demo, dated; the seeder takes those up to today in order. */
export function demoScheduleSteps(deps: ScheduleDemoDeps): Step[] {
  const today = shanghaiDate(deps.today);
  const quarters = lastFourQuarters(today);
  const first = quarters[0]?.first ?? today;
  const unitId = (name: string) => deps.unitId(name) ?? '';
  // In the current quarter, events fall around today so this month's calendar has them.
  const dateIn = (quarter: number, offset: number, aroundToday: number): string | null => {
    const period = quarters[quarter];
    if (!period) return null;
    if (quarter < 3) return deps.weekday(addDays(period.first, offset));
    const date = addDays(today, aroundToday);
    return deps.weekday(date < period.first ? period.first : date);
  };
  const steps: Step[] = [...registerSteps(deps, first, today)];
  const event = (
    unit: string,
    drafter: string,
    date: string,
    title: string,
    fields: RequestFields,
  ) =>
    deps.requestPlan({
      call: deps.call,
      unitId: unitId(unit),
      drafter,
      head: drafter.replace(/\.jb$/, '.fzr'),
      eventDate: date,
      title,
      variant: 0,
      fields,
    });
  demoExtraConferences.forEach(({ unit, quarters: held, topic }, index) => {
    const people = peopleOf(unit);
    for (const quarter of held) {
      const date = dateIn(quarter, 20 + index * 5, index * 4 - 8);
      if (!date) continue;
      const title = `${date.slice(0, 4)}年${topic}新闻发布会`;
      const base = demoRequestFields(unitId(unit), title, date, '15:00');
      steps.push(
        ...event(unit, drafterOf(unit, []), date, title, {
          ...base,
          content: {
            ...base.content,
            mainSpeaker: person(people?.head.name ?? ''),
            spokesperson: person(people?.spokesperson?.name ?? people?.head.name ?? ''),
          },
        }),
      );
    }
  });
  quarters.forEach((period, index) => {
    const conference = demoNewsOfficeConferences[index];
    if (!conference) return;
    const date = deps.weekday(addDays(period.first, 45));
    const title = `${date.slice(0, 4)}年${conference.topic}新闻发布会`;
    const base = demoRequestFields(unitId('县政府新闻办公室'), title, date, '16:30');
    const [speaker, ...others] = conference.speakers.map(person);
    steps.push(
      ...event('县政府新闻办公室', 'xinwenban.jb', date, title, {
        ...base,
        content: {
          ...base.content,
          conferenceKind: 'thematic',
          host: { name: '李主任', title: '县政府新闻办公室主任' },
          mainSpeaker: speaker ?? base.content.mainSpeaker,
          spokesperson: { name: '赵发言', title: '县政府新闻发言人' },
          participants: others,
        },
      }),
    );
  });
  demoInterviews.forEach(({ unit, quarter, topic, speaker }, index) => {
    const date = dateIn(quarter, 40 + index * 3, -3);
    if (!date) return;
    const title = `${topic}在线访谈`;
    const base = demoRequestFields(unitId(unit), title, date, '14:30');
    const drafter = drafterOf(unit, baseDrafters);
    steps.push(
      ...event(unit, drafter, date, title, {
        ...base,
        form: 'onlineInterview',
        venue: '县人民政府网站在线访谈室',
        content: {
          ...base.content,
          conferenceKind: null,
          host: { name: '周主持', title: '县人民政府网站编辑' },
          mainSpeaker: person(speaker),
          spokesperson: person(peopleOf(unit)?.spokesperson?.name ?? speaker),
          participants: [],
        },
      }),
    );
  });
  steps.push(...pendingClash(deps, today, event), ...planSteps(deps, today));
  return steps;
}

/** The base demo's drafters, for units that hold interviews but got no new users. */
const baseDrafters = [
  { unit: '县教育体育局', username: 'jiaoyu.jb' },
  { unit: '县卫生健康委员会', username: 'weijian.jb' },
  { unit: '县人力资源和社会保障局', username: 'renshe.jb' },
  { unit: '县农业农村局', username: 'nongye.jb' },
  { unit: '城关镇人民政府', username: 'chengguan.jb' },
];

/**
 * A draft for the same hall, overlapping the education bureau's approved conference five days
 * ahead: the calendar and the request form show the conflict.
 */
function pendingClash(
  deps: ScheduleDemoDeps,
  today: string,
  event: (
    unit: string,
    drafter: string,
    date: string,
    title: string,
    fields: RequestFields,
  ) => Step[],
): Step[] {
  const unit = '县民政局';
  const date = deps.weekday(addDays(today, 5));
  const title = `${date.slice(0, 4)}年困难群众救助政策新闻发布会`;
  const base = demoRequestFields(deps.unitId(unit) ?? '', title, date, '10:00');
  const plan = event(unit, 'minzheng.jb', date, title, {
    ...base,
    content: { ...base.content, mainSpeaker: person('郭局长'), spokesperson: person('蒋发言') },
  });
  return deps.upToStage(plan, 2, deps.today);
}

function registerSteps(deps: ScheduleDemoDeps, first: string, today: string): Step[] {
  const unitId = (name: string) => deps.unitId(name) ?? '';
  const call = (channel: ChannelName, input: unknown) => deps.call('xinwenban', channel, input);
  const dated = (date: string) => at(date <= today ? date : today, '16:00');
  const steps: Step[] = [
    {
      at: dated(addDays(first, 14)),
      run: async () => {
        for (const entry of demoUnitPeople) {
          await call('registers:saveProfile', {
            unitId: unitId(entry.unit),
            designated: entry.designated,
            principalHeadName: entry.head.name,
            principalHeadTitle: entry.head.title,
          });
          if (!entry.spokesperson) continue;
          await call('registers:saveSpokesperson', {
            unitId: unitId(entry.unit),
            name: entry.spokesperson.name,
            title: entry.spokesperson.title,
            phone: '0791-86002000',
            appointedOn: addDays(first, 5),
            filedOn: entry.filed ? addDays(first, 12) : null,
            removedOn: null,
            note: '',
          });
        }
        for (const expert of demoExperts)
          await call('registers:saveExpert', {
            unitId: unitId(expert.unit),
            name: expert.name,
            field: expert.field,
            organisation: expert.organisation,
            title: '',
            phone: '0791-86003000',
            addedOn: addDays(first, 8),
            filedOn: expert.filed ? addDays(first, 13) : null,
            removedOn: null,
            note: '',
          });
      },
    },
  ];
  for (const account of demoAccounts) {
    const openedOn = addDays(today, -account.openedDaysAgo);
    const filedOn =
      account.filedAfterDays === null ? null : addDays(openedOn, account.filedAfterDays);
    steps.push({
      at: dated(addDays(filedOn ?? openedOn, 1)),
      run: async () =>
        void (await call('registers:saveAccount', {
          unitId: unitId(account.unit),
          platform: account.platform,
          accountName: account.name,
          openedOn,
          filedOn,
          closedOn: null,
          note: '',
        })),
    });
  }
  return steps;
}

/** Annual plans written in the first week of January by five units' drafters. */
function planSteps(deps: ScheduleDemoDeps, today: string): Step[] {
  const year = Number(today.slice(0, 4));
  return demoPlans.map((plan) => ({
    at: at(`${year}-01-08`),
    run: async () => {
      const topics = demoTopics.find((entry) => entry.unit === plan.unit)?.topics ?? [];
      await deps.call(drafterOf(plan.unit, baseDrafters), 'plans:save', {
        unitId: deps.unitId(plan.unit),
        year,
        items: [
          ...[1, 2, 3, 4].map((quarter) => ({
            quarter,
            form: 'pressConference',
            topic: `${topics[quarter - 1] ?? '季度重点工作'}新闻发布会`,
            note: '',
            requestId: null,
          })),
          {
            quarter: plan.interviewQuarter,
            form: 'onlineInterview',
            topic: plan.interviewTopic,
            note: '在县人民政府网站在线访谈栏目开展',
            requestId: null,
          },
        ],
      });
    },
  }));
}

import type { EventForm, RequestState } from '../../shared/domain/requests.ts';
import { createCore, type Core } from '../../main/core/createCore.ts';
import { storeEvents, type StoredEvent } from '../../main/core/scheduling/testing/storedEvents.ts';
import { callAs, setUpInstallation, signedInUser } from '../../main/core/testing/accounts.ts';
import { completeFields } from '../../main/core/testing/requests.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { interleave, timeMs, type Benchmark } from './measure.ts';

const unitCount = 60;
const years = 10;
const perUnitPerYear = 17;
const monthEvents = 500;
const lastYear = 2017 + years - 1;

const states: readonly RequestState[] = [
  'approved',
  'approved',
  'approved',
  'cancelled',
  'postponed',
  'rejected',
  'draft',
];
const forms: readonly EventForm[] = [
  'pressConference',
  'pressConference',
  'onlineInterview',
  'newMedia',
];
const venues = [
  '县政府新闻发布厅',
  '县人民政府网站在线访谈室',
  '县融媒体中心演播厅',
  '县会议中心二楼',
];

const iso = (ms: number): string => new Date(ms).toISOString();

/** Ten years of a 60-unit county's events, with a spokesperson on record for every unit. */
async function county(core: Core, admin: string): Promise<string[]> {
  const unitIds: string[] = [];
  for (let index = 0; index < unitCount; index++) {
    const kind = index === 0 ? 'newsOffice' : index < 10 ? 'township' : 'department';
    unitIds.push(
      (await callAs(core, admin, 'units:create', { name: `单位${index + 1}`, kind })).id,
    );
  }
  core.db.prepare('UPDATE units SET created_at = ?').run('2016-01-01T00:00:00.000Z');
  const events: StoredEvent[] = [];
  let serial = 0;
  for (let year = 0; year < years; year++) {
    for (const [unitIndex, unitId] of unitIds.entries()) {
      for (let index = 0; index < perUnitPerYear; index++, serial++) {
        const start = Date.UTC(2017 + year, 0, 1, 1, 30) + (index * 21 + (serial % 7)) * 86_400_000;
        events.push({
          unitId,
          startsAt: iso(start),
          endsAt: iso(start + 3_600_000),
          state: states[serial % states.length] ?? 'approved',
          fields: {
            form: forms[serial % forms.length] ?? 'pressConference',
            isEmergency: serial % 97 === 0,
            venue: venues[serial % venues.length] ?? '',
            content: {
              ...completeFields(unitId).content,
              spokesperson: { name: `发言人${unitIndex}`, title: '新闻发言人' },
              participants: [{ name: `发言人${(unitIndex * 7) % unitCount}`, title: '' }],
            },
          },
        });
      }
    }
  }
  storeEvents(core.db, events);
  return unitIds;
}

/** 500 events in one month (December of the last year), all booked, across the units. */
function busyMonth(core: Core, unitIds: readonly string[]): void {
  const events: StoredEvent[] = Array.from({ length: monthEvents }, (_unused, index) => {
    const start = Date.UTC(lastYear, 11, 1 + (index % 31), (index % 10) + 0, (index % 4) * 15);
    const unitId = unitIds[index % unitIds.length] ?? '';
    return {
      unitId,
      startsAt: iso(start),
      endsAt: iso(start + 5_400_000),
      state: index % 3 === 0 ? 'newsOfficeReview' : 'approved',
      fields: {
        venue: venues[index % venues.length] ?? '',
        title: `月度活动${index}`,
        content: {
          ...completeFields(unitId).content,
          spokesperson: { name: `发言人${index % unitIds.length}`, title: '' },
        },
      },
    };
  });
  storeEvents(core.db, events);
}

/**
 * The compliance board of a year for 60 units over ten years of events, and the calendar's month
 * view of a month holding 500 events (with conflicts). Baselines: the bare SQL reading the same
 * rows from the same file.
 */
export const schedulingBoard: Benchmark = {
  name: 'scheduling, 60 units x 10 years',
  async run() {
    const folder = tempFolder('workbench-bench-');
    const core = createCore({ dataDir: folder.path, mode: 'web' });
    try {
      const admin = await setUpInstallation(core);
      const unitIds = await county(core, admin);
      busyMonth(core, unitIds);
      const office = await signedInUser(core, admin, ['newsOfficeReviewer']);
      const count = (core.db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number })
        .n;
      const dispatch = (channel: 'compliance:board' | 'schedule:events', input: object) => () =>
        timeMs(async () => {
          const result = await core.router.dispatch(channel, input, `web:${office}`);
          if (!result.ok) throw new Error(result.error.message);
        });
      const bare = (from: string, before: string, state: string | null) => () =>
        timeMs(() =>
          core.db
            .prepare(
              `SELECT r.*, u.name FROM requests r JOIN units u ON u.id = r.unit_id
               WHERE unixepoch(r.starts_at) >= unixepoch(?) AND unixepoch(r.starts_at) < unixepoch(?)
                 AND (? IS NULL OR r.state = ?)`,
            )
            .all(from, before, state, state),
        );
      const yearRange = [
        `${lastYear}-01-01T00:00:00+08:00`,
        `${lastYear + 1}-01-01T00:00:00+08:00`,
      ] as const;
      const monthRange = { from: `${lastYear}-11-30`, before: `${lastYear + 1}-01-11` };
      const [board, boardBare, month, monthBare] = await interleave({ warmup: 3, runs: 20 }, [
        dispatch('compliance:board', { year: lastYear }),
        bare(yearRange[0], yearRange[1], 'approved'),
        dispatch('schedule:events', monthRange),
        bare(`${monthRange.from}T00:00:00+08:00`, `${monthRange.before}T00:00:00+08:00`, null),
      ]);
      return [
        {
          what: `compliance board of ${lastYear} (60 units, ${count} requests in the file)`,
          baseline: `bare SELECT of the year's approved requests with their unit, same file`,
          unit: 'ms',
          samples: board ?? [],
          baselineSamples: boardBare ?? [],
        },
        {
          what: `calendar month view with ${monthEvents} events, conflicts included`,
          baseline: 'bare SELECT of the same six weeks of requests with their unit, same file',
          unit: 'ms',
          samples: month ?? [],
          baselineSamples: monthBare ?? [],
        },
      ] as const;
    } finally {
      core.close();
      folder.remove();
    }
  },
};

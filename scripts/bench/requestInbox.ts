import { randomUUID } from 'node:crypto';
import { requestStates } from '../../shared/domain/requests.ts';
import { createCore } from '../../main/core/createCore.ts';
import { inTransaction } from '../../main/core/db/transaction.ts';
import { saveRequest } from '../../main/core/requests/requestRepository.ts';
import { callAs, setUpInstallation, signedInUser } from '../../main/core/testing/accounts.ts';
import { titleTopics } from '../../main/core/testing/manyRequests.ts';
import { completeFields } from '../../main/core/testing/requests.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { interleave, timeMs, type Benchmark } from './measure.ts';

const unitCount = 60;
const years = 10;
const perUnitPerYear = 17;

/**
 * The inbox and the request list of a county that has used the workbench for ten years: 60 units,
 * about 10,000 requests in every state. Baseline: the bare SQL of one list page on the same file.
 */
export const requestInbox: Benchmark = {
  name: 'requests, 10 years x 60 units',
  async run() {
    const folder = tempFolder('workbench-bench-');
    const core = createCore({ dataDir: folder.path, mode: 'web' });
    try {
      const admin = await setUpInstallation(core);
      const unitIds: string[] = [];
      for (let index = 0; index < unitCount; index++) {
        unitIds.push(
          (
            await callAs(core, admin, 'units:create', {
              name: `单位${index + 1}`,
              kind: 'department',
            })
          ).id,
        );
      }
      const reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
      inTransaction(core.db, () => {
        let serial = 0;
        for (let year = 0; year < years; year++) {
          for (const unitId of unitIds) {
            for (let index = 0; index < perUnitPerYear; index++, serial++) {
              const at = new Date(
                Date.UTC(2017 + year, 0, 1) + (index * 21 + (serial % 7)) * 86_400_000,
              ).toISOString();
              const state =
                year === years - 1 && index >= perUnitPerYear - 1
                  ? 'newsOfficeReview'
                  : (requestStates[serial % requestStates.length] ?? 'approved');
              saveRequest(core.db, {
                id: randomUUID(),
                origin: 'bench',
                fields: {
                  ...completeFields(unitId),
                  startsAt: at,
                  endsAt: null,
                  title: `${titleTopics[serial % titleTopics.length] ?? ''}工作第${serial}号发布会`,
                },
                state,
                draftedBy: 'bench',
                draftedByName: '经办',
                submittedBy: 'bench',
                submittedAt: at,
                approvedHash: null,
                approvedAt: null,
                fastTracked: false,
                ratifiedAt: null,
                voidedReason: null,
                round: 1,
                revision: 1,
                createdAt: at,
                updatedAt: at,
              });
            }
          }
        }
      });
      const count = (core.db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number })
        .n;
      const call =
        (channel: 'requests:inbox' | 'requests:list' | 'requests:page', input: object) =>
        async () =>
          timeMs(async () => {
            const result = await core.router.dispatch(channel, input, `web:${reviewer}`);
            if (!result.ok) throw new Error(result.error.message);
          });
      const bareList = async () =>
        timeMs(() =>
          core.db.prepare('SELECT * FROM requests ORDER BY updated_at DESC LIMIT 100').all(),
        );
      const [inbox, list, pending, titleWord, oneUnit, bare] = await interleave(
        { warmup: 3, runs: 30 },
        [
          call('requests:inbox', {}),
          call('requests:list', { limit: 100 }),
          call('requests:list', { states: ['newsOfficeReview'], limit: 100 }),
          // The 报批 list's search (must stay well under a second): a title word shared by a
          // seventh of the county's requests, and one unit's ten years, each as a page of 50 with
          // the count of all that match.
          call('requests:page', { keyword: '乡村振兴', limit: 50 }),
          call('requests:page', { unitId: unitIds[7], sort: 'timeDesc', limit: 50 }),
          bareList,
        ],
      );
      const baseline = `bare SELECT of 100 rows ordered by update time, same file (${count} requests)`;
      return [
        {
          what: 'inbox of a news-office reviewer',
          baseline,
          unit: 'ms',
          samples: inbox ?? [],
          baselineSamples: bare ?? [],
        },
        {
          what: 'request list, first 100',
          baseline,
          unit: 'ms',
          samples: list ?? [],
          baselineSamples: bare ?? [],
        },
        {
          what: 'request list, one state',
          baseline,
          unit: 'ms',
          samples: pending ?? [],
          baselineSamples: bare ?? [],
        },
        {
          what: '报批 list: a title word (1/7 of all), page of 50 and total',
          baseline,
          unit: 'ms',
          samples: titleWord ?? [],
          baselineSamples: bare ?? [],
        },
        {
          what: '报批 list: one unit, by time, page of 50 and total',
          baseline,
          unit: 'ms',
          samples: oneUnit ?? [],
          baselineSamples: bare ?? [],
        },
      ] as const;
    } finally {
      core.close();
      folder.remove();
    }
  },
};

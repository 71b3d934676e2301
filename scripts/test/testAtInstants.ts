import { spawnSync } from 'node:child_process';

/**
 * `npm run test:dates`: runs the test files whose outcome could depend on the day under
 * libfaketime at instants where date arithmetic goes wrong most often: the last half hour of a
 * year and the first of the next in Asia/Shanghai (UTC is still in the old year), and the
 * National Day holiday week. A test that reads the real clock where it should take a fixed one
 * fails here rather than on the day it happens.
 */
const instants = [
  { label: '2026-12-31 23:30 Asia/Shanghai', utc: '2026-12-31 15:30:00 UTC' },
  { label: '2027-01-01 00:30 Asia/Shanghai', utc: '2026-12-31 16:30:00 UTC' },
  { label: '2027-10-01 10:00 Asia/Shanghai', utc: '2027-10-01 02:00:00 UTC' },
] as const;

const dateSensitiveTests = [
  'main/core/archive',
  'main/core/demo',
  'main/core/documentNumbers',
  'main/core/scheduling',
  'main/core/requests',
  'main/core/workspace',
  'main/core/notifications',
  'main/core/calendar',
  'shared/rules',
] as const;

/**
 * Slow files in those folders whose core runs on a fixed clock of their own (`now: () => clock`)
 * and reads no date from the machine: faking the machine's time changes nothing they check, and
 * they would add minutes to every CI run. The unit suite still runs them at the real time.
 */
const fixedClockTests = [
  'main/core/demo/demoPapers.test.ts',
  'main/core/demo/demoSchedule.test.ts',
  'main/core/workspace/offeredEqualsAccepted.test.ts',
  'main/core/requests/requestDocuments.test.ts',
  'main/core/documentNumbers/documentNumberPersistence.test.ts',
  'main/core/requests/requestLifecycle.test.ts',
  'main/core/requests/requestWorkflow.test.ts',
  'main/core/workspace/homeAndNotifications.test.ts',
  'main/core/workspace/personalTodo.test.ts',
  'main/core/scheduling/boardTopics.test.ts',
] as const;

function runAt(instant: (typeof instants)[number]): boolean {
  console.log(`\n=== 在 ${instant.label} 运行与日期相关的测试 ===`);
  const result = spawnSync(
    'faketime',
    [
      instant.utc,
      process.execPath,
      'node_modules/vitest/vitest.mjs',
      'run',
      ...dateSensitiveTests,
      ...fixedClockTests.flatMap((file) => ['--exclude', file]),
    ],
    {
      stdio: 'inherit',
      // Timers run on the monotonic clock; faking it too would stall them.
      // WORKBENCH_TEST_AT_INSTANT lets a file leave out work no date can change (rendering PDFs).
      env: {
        ...process.env,
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
        WORKBENCH_TEST_AT_INSTANT: instant.label,
      },
    },
  );
  if (result.error) throw result.error;
  return result.status === 0;
}

const failed = instants.filter((instant) => !runAt(instant));
if (failed.length > 0) {
  console.error(`与日期相关的测试在以下时刻失败：${failed.map((i) => i.label).join('；')}`);
  process.exit(1);
}
console.log(`与日期相关的测试在 ${instants.length} 个时刻均通过。`);

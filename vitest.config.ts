import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'main/**/*.test.ts',
      'shared/**/*.test.ts',
      'scripts/**/*.test.ts',
      'hub/**/*.test.ts',
      // Headless Lexical tests of the editor's nodes (no DOM needed).
      'renderer/src/editor/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest leaves one core free by default, which is a single worker on the 2-core CI machines;
    // the files are independent (own temp folders, own ports), and two workers cut the run by a third.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Web mode and the admin commands that tests start keep audit chain keys here, not in the
    // user's own config folder.
    env: { WORKBENCH_AUDIT_KEYS: join(tmpdir(), 'workbench-test-audit-keys') },
  },
});

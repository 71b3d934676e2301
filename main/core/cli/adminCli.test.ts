import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { adminArguments, runAdminCommand } from './adminCli.ts';
import { createCore } from '../createCore.ts';
import { tempFolder } from '../testing/tempFolder.ts';

describe('the admin commands', () => {
  it('are found after --admin in the desktop app’s arguments', () => {
    expect(adminArguments(['/opt/app', '--admin', 'users', '--data-dir', 'D'])).toEqual([
      'users',
      '--data-dir',
      'D',
    ]);
    expect(adminArguments(['/opt/app', '--demo'])).toBeNull();
  });

  it('run against the installation’s own folder when --data-dir is left out', async () => {
    const folder = tempFolder();
    try {
      createCore({ dataDir: folder.path, mode: 'web' }).close();
      const outcome = await runAdminCommand(['users'], folder.path);
      expect(outcome.exitCode).toBe(0);
      const withoutFolder = await runAdminCommand(['users']);
      expect(withoutFolder.exitCode).toBe(1);
      expect(withoutFolder.lines.join('\n')).toContain('用法');
    } finally {
      folder.remove();
    }
  });

  it('answer an unknown command with the usage and exit code 1 from the npm script', () => {
    const result = spawnSync(
      process.execPath,
      ['main/core/cli/adminMain.ts', 'no-such-command', '--data-dir', '/nonexistent'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('未知命令“no-such-command”');
  });
});

/**
 * Runs ripgrep for the search bench, in its own process: a process that spawns a child pays for
 * it afterwards (its memory is marked copy-on-write, so the next search in it ran 5–10× slower),
 * so the bench process itself spawns nothing while it measures. One request per line on stdin
 * (JSON: query, folder); one line back when rg has exited.
 */
import { execFile } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const run = promisify(execFile);

for await (const line of createInterface({ input: process.stdin })) {
  const { query, folder } = JSON.parse(line) as { query: string; folder: string };
  try {
    await run('rg', ['--fixed-strings', '--count', '--no-messages', query, folder], {
      maxBuffer: 16 * 1024 * 1024,
    });
    process.stdout.write('ok\n');
  } catch (error) {
    // rg exits with 1 when nothing matches; anything else is a real failure.
    const code = (error as { code?: number }).code;
    process.stdout.write(code === 1 ? 'ok\n' : `failed ${String(code)}\n`);
  }
}

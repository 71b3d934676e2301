import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

/** Runs the writer until it has acknowledged something, lets it go on a random while, then kills it. */
function runAndKill(dataDir: string, extraMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['main/core/testing/crashWriter.ts', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!armed && output.includes('ack ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself: ${errors}`));
      // Only complete lines count: a line cut by the kill was never fully acknowledged.
      const lines = output.split('\n').slice(0, -1);
      resolve(lines.filter((line) => line.startsWith('ack ')).map((line) => line.slice(4)));
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged write and an intact database across 24 SIGKILLs', async () => {
    const dataDir = join(folder.path, 'data');
    const acknowledged: string[] = [];
    for (let round = 0; round < 24; round++) {
      acknowledged.push(...(await runAndKill(dataDir, Math.floor(Math.random() * 300))));
    }
    expect(acknowledged.length).toBeGreaterThan(24);

    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
    const stored = new Set(
      (db.prepare('SELECT name FROM units').all() as { name: string }[]).map((row) => row.name),
    );
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    expect(verifyAuditChain(db)).toMatchObject({ intact: true });
    db.close();
  }, 240_000);
});

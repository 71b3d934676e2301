import { randomUUID } from 'node:crypto';
import { createCore } from '../createCore.ts';
import { callAs, newClient, setUpInstallation, testPassword } from './accounts.ts';

/**
 * A child process for the crash test: writes through the core (units:create, each with its audit
 * row) as fast as it can and prints `ack <name>` only after a call has returned. The parent kills
 * it with SIGKILL at random moments.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crashWriter.ts <data-dir>');

const core = createCore({ dataDir, mode: 'web' });
let client: string;
if ((await callAs(core, newClient(), 'app:info', {})).setupRequired) {
  client = await setUpInstallation(core);
} else {
  client = newClient();
  await callAs(core, client, 'session:signIn', { username: 'admin', password: testPassword });
}
const run = randomUUID().slice(0, 8);
for (let i = 0; ; i++) {
  const name = `单位-${run}-${i}`;
  await callAs(core, client, 'units:create', { name, kind: 'department' });
  process.stdout.write(`ack ${name}\n`);
}

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, newClient, testPassword } from '../testing/accounts.ts';
import {
  approvedRequest,
  exportLetter,
  newsOfficeUsername,
  setUpNumberingOffice,
} from '../testing/numberingOffice.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const clock = new Date('2026-11-27T10:00:00+08:00');
const folders: { path: string; remove: () => void }[] = [];
const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
  folders.splice(0).forEach((folder) => folder.remove());
});

const newFolder = () => {
  const folder = tempFolder();
  folders.push(folder);
  return folder.path;
};

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['main/core/cli/adminMain.ts', ...args], { encoding: 'utf8' });

/** Opens an existing data folder and signs the news office in on a new client. */
async function reopen(dataDir: string): Promise<{ core: Core; newsOffice: string }> {
  const core = createCore({ dataDir, mode: 'web', now: () => clock });
  cores.push(core);
  const newsOffice = newClient();
  await callAs(core, newsOffice, 'session:signIn', {
    username: newsOfficeUsername,
    password: testPassword,
  });
  return { core, newsOffice };
}

/** An office that has issued one 审批函 (1号) and has a second request approved, then closed. */
async function officeWithOneLetter(): Promise<{ dataDir: string; pending: string }> {
  const dataDir = newFolder();
  const office = await setUpNumberingOffice(dataDir, () => clock);
  try {
    await exportLetter(office, await approvedRequest(office, '2026-12-10'));
    return { dataDir, pending: await approvedRequest(office, '2026-12-11') };
  } finally {
    office.core.close();
  }
}

const numbersOf = async (core: Core, client: string) =>
  (await callAs(core, client, 'documentNumbers:list', {})).map((entry) => entry.number);

describe('发文字号 kept in the database', () => {
  it('continue after a restart', async () => {
    const { dataDir, pending } = await officeWithOneLetter();
    const { core, newsOffice } = await reopen(dataDir);
    await callAs(core, newsOffice, 'requests:exportDocument', {
      requestId: pending,
      document: 'approvalLetter',
    });
    expect(await numbersOf(core, newsOffice)).toEqual(['示政新〔2026〕2号', '示政新〔2026〕1号']);
  }, 60_000);

  it('continue in a restored backup, and the original goes on counting on its own', async () => {
    const { dataDir, pending } = await officeWithOneLetter();
    const backupDir = join(newFolder(), 'backup');
    const restoredDir = join(newFolder(), 'restored');
    const backedUp = admin('backup', '--data-dir', dataDir, '--out', backupDir);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.status).toBe(0);
    const restoredRun = admin('restore', '--from', backupDir, '--data-dir', restoredDir);
    expect(restoredRun.stderr).toBe('');
    expect(restoredRun.status).toBe(0);

    const restored = await reopen(restoredDir);
    expect(await numbersOf(restored.core, restored.newsOffice)).toEqual(['示政新〔2026〕1号']);
    await callAs(restored.core, restored.newsOffice, 'requests:exportDocument', {
      requestId: pending,
      document: 'approvalLetter',
    });
    expect(await numbersOf(restored.core, restored.newsOffice)).toEqual([
      '示政新〔2026〕2号',
      '示政新〔2026〕1号',
    ]);
    const original = await reopen(dataDir);
    expect(await numbersOf(original.core, original.newsOffice)).toEqual(['示政新〔2026〕1号']);
  }, 90_000);

  it('start again at 1 in the new year, by the date in China (UTC is still in the old year)', async () => {
    let now = clock;
    const office = await setUpNumberingOffice(newFolder(), () => now);
    cores.push(office.core);
    const late = await approvedRequest(office, '2027-01-11');
    const early = await approvedRequest(office, '2027-01-12');
    // Weeks later: the news office signs in again each time (the old session has locked).
    const signIn = async () => {
      const client = newClient();
      const credentials = { username: newsOfficeUsername, password: testPassword };
      await callAs(office.core, client, 'session:signIn', credentials);
      return client;
    };
    now = new Date('2026-12-31T23:50:00+08:00');
    await exportLetter(office, late, await signIn());
    now = new Date('2027-01-01T00:30:00+08:00');
    const newsOffice = await signIn();
    await exportLetter(office, early, newsOffice);
    expect(await numbersOf(office.core, newsOffice)).toEqual([
      '示政新〔2027〕1号',
      '示政新〔2026〕1号',
    ]);
  }, 60_000);

  it('two papers exported at the same moment take two numbers; one paper exported twice, one', async () => {
    const office = await setUpNumberingOffice(newFolder(), () => clock);
    cores.push(office.core);
    const first = await approvedRequest(office, '2026-12-10');
    const second = await approvedRequest(office, '2026-12-11');
    // Both are laid out before either is recorded: the second finds its serial taken and retakes.
    await Promise.all([exportLetter(office, first), exportLetter(office, second)]);
    await Promise.all([exportLetter(office, first), exportLetter(office, first)]);
    const entries = await callAs(office.core, office.newsOffice, 'documentNumbers:list', {});
    expect(entries.map((entry) => entry.number).toSorted()).toEqual([
      '示政新〔2026〕1号',
      '示政新〔2026〕2号',
    ]);
    expect(new Set(entries.map((entry) => entry.subjectId))).toEqual(new Set([first, second]));
  }, 60_000);

  it('two installations with the same 机关代字 each count their own', async () => {
    const offices = [
      await setUpNumberingOffice(newFolder(), () => clock),
      await setUpNumberingOffice(newFolder(), () => clock),
    ];
    cores.push(...offices.map((office) => office.core));
    const [first, second] = offices;
    if (!first || !second) throw new Error('two offices');
    await exportLetter(first, await approvedRequest(first, '2026-12-10'));
    await exportLetter(second, await approvedRequest(second, '2026-12-10'));
    await exportLetter(first, await approvedRequest(first, '2026-12-11'));
    expect(await numbersOf(first.core, first.newsOffice)).toEqual([
      '示政新〔2026〕2号',
      '示政新〔2026〕1号',
    ]);
    expect(await numbersOf(second.core, second.newsOffice)).toEqual(['示政新〔2026〕1号']);
  }, 90_000);
});

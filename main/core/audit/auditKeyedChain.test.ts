import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../createCore.ts';
import { callAs, newClient, setUpInstallation, testPassword } from '../testing/accounts.ts';
import { auditActions, cutAuditChain, rewriteAuditRow } from '../testing/auditTampering.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { auditRowHash, type AuditRow } from './auditRowHash.ts';
import { verifyAuditChain } from './auditVerification.ts';
import { keyFolderChainKeys } from './keyFolderChainKeys.ts';

const folders: { remove: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

function workspace() {
  const folder = tempFolder();
  folders.push(folder);
  return { dataDir: join(folder.path, 'data'), keys: join(folder.path, 'keys') };
}

/** An installation set up and used by the app with its chain keys in `keys`, then closed. */
async function keyedInstallation(dataDir: string, keys: string | null): Promise<void> {
  const core = createCore({
    dataDir,
    mode: 'web',
    ...(keys ? { chainKeys: keyFolderChainKeys(keys) } : {}),
  });
  const admin = await setUpInstallation(core);
  await callAs(core, admin, 'units:create', { name: '县卫生健康委员会', kind: 'department' });
  await callAs(core, admin, 'settings:update', { idleLockMinutes: 30 });
  core.close();
}

async function useAgain(dataDir: string, keys: string): Promise<void> {
  const core = createCore({ dataDir, mode: 'web', chainKeys: keyFolderChainKeys(keys) });
  const admin = newClient();
  await callAs(core, admin, 'session:signIn', { username: 'admin', password: testPassword });
  await callAs(core, admin, 'settings:update', { idleLockMinutes: 20 });
  core.close();
}

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['main/core/cli/adminMain.ts', ...args], { encoding: 'utf8' });

const openDb = (dataDir: string) => new DatabaseSync(join(dataDir, 'workbench.sqlite'));

describe('the keyed audit chain', () => {
  it('keeps its key outside the data folder, and keys every row of a new installation', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, keys);

    const [keyFile, ...others] = readdirSync(keys);
    expect(others).toEqual([]);
    expect(keyFile).toMatch(/^[0-9a-f-]{36}-[0-9a-f]{16}\.key$/);
    expect(statSync(join(keys, keyFile ?? '')).mode & 0o777).toBe(0o600);
    expect(
      readdirSync(dataDir, { recursive: true }).some((name) => String(name).endsWith('.key')),
    ).toBe(false);

    const db = openDb(dataDir);
    expect(db.prepare('SELECT first_seq FROM audit_key_segments').all()).toEqual([
      { first_seq: 1 },
    ]);
    const first = db.prepare('SELECT * FROM audit_log WHERE seq = 1').get() as unknown as AuditRow;
    // Keyed: the project's unkeyed row hash does not give the stored hash.
    expect(auditRowHash(first)).not.toBe(first.hash);
    db.close();

    const result = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(result.stdout).toContain('第 1–3 条记录以审计密钥');
    expect(result.stdout).toContain('已用密钥目录');
    expect(result.stdout).toContain('OK 3');
    expect(result.status).toBe(0);
  });

  it('finds a row rewritten and every later hash recomputed with the project’s row-hash function', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, keys);
    const db = openDb(dataDir);
    rewriteAuditRow(db, 2, { details: '{"name":"伪造的单位"}' });
    db.close();

    const result = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(result.stdout).toContain('审计链在第 2 条记录处断裂');
    expect(result.stdout).toContain('没有密钥的情况下重算');
    expect(result.stdout).toContain('BROKEN 2');
    expect(result.status).toBe(2);

    // Where the key is not held, only the links are checked, and the output says so.
    const elsewhere = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', `${keys}-other`);
    expect(elsewhere.stdout).toContain('没有这把密钥：只核对了记录之间的衔接，未核对内容');
    expect(elsewhere.status).toBe(0);
  });

  it('finds the keyed segment deleted and the whole chain recomputed under the unkeyed rule', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, keys);
    const db = openDb(dataDir);
    db.exec('DROP TRIGGER audit_key_segments_refuse_delete');
    db.exec('DELETE FROM audit_key_segments');
    rewriteAuditRow(db, 1, {});
    expect(verifyAuditChain(db)).toEqual({ intact: true, count: 3 });
    db.close();

    const result = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(result.stdout).toContain('本机保存的审计密钥');
    expect(result.stdout).toContain('自第 1 条记录起启用，数据文件中此处却没有这把密钥');
    expect(result.stdout).toContain('BROKEN 1');
  });

  it('finds rows deleted across the start of a keyed segment', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, null);
    await useAgain(dataDir, keys); // keyed from row 4 (audit.key.create) on
    const db = openDb(dataDir);
    cutAuditChain(db, 4);
    db.exec('DROP TRIGGER audit_key_segments_refuse_delete');
    db.exec('DELETE FROM audit_key_segments');
    db.close();

    const result = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(result.stdout).toContain('自第 4 条记录起启用，数据文件却只有 3 条记录（记录被删除）');
    expect(result.stdout).toContain('BROKEN 4');
  });

  it('keys an existing chain from the next row on; the rows before stay under the old rule', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, null);
    await useAgain(dataDir, keys);

    const db = openDb(dataDir);
    const actions = auditActions(db);
    expect(actions.slice(0, 4)).toEqual([
      'setup.initialize',
      'unit.create',
      'settings.update',
      'audit.key.create',
    ]);
    expect(actions.at(-1)).toBe('settings.update');
    const held = keyFolderChainKeys(keys).load(
      (
        db.prepare(`SELECT value FROM installation WHERE key = 'installationId'`).get() as {
          value: string;
        }
      ).value,
    );
    expect(held.map((record) => record.firstSeq)).toEqual([4]);
    expect(verifyAuditChain(db, held)).toMatchObject({
      intact: true,
      count: actions.length,
      keySegments: [{ fromSeq: 4, toSeq: actions.length, checked: true }],
    });
    // The unkeyed rows can be recomputed, but the first keyed row links to them and cannot be.
    rewriteAuditRow(db, 2, { details: '{"name":"伪造的单位"}' });
    expect(verifyAuditChain(db, held)).toMatchObject({ intact: false, brokenSeq: 4, count: 3 });
    db.close();
  });

  it('replaces a key the app no longer finds, saying so in the chain; where the old key is held that shows', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, keys);
    await useAgain(dataDir, `${keys}-moved`);

    const db = openDb(dataDir);
    const actions = auditActions(db);
    expect(actions[3]).toBe('audit.key.replace');
    db.close();
    const moved = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', `${keys}-moved`);
    expect(moved.stdout).toContain('第 1–3 条记录以审计密钥');
    expect(moved.stdout).toContain('没有这把密钥');
    expect(moved.stdout).toContain(`第 4–${actions.length} 条记录以审计密钥`);
    expect(moved.stdout).toContain(`OK ${actions.length}`);

    const original = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(original.stdout).toContain('自第 4 条记录起改用了本机没有的审计密钥');
    expect(original.stdout).toContain('BROKEN 4');
  });

  it('refuses a key folder inside the data folder, and an admin command never creates a key', async () => {
    const { dataDir, keys } = workspace();
    await keyedInstallation(dataDir, null);
    const inside = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', join(dataDir, 'k'));
    expect(inside.status).toBe(1);
    expect(inside.stderr).toContain('位于数据目录之内');

    const verified = admin('verify-audit', '--data-dir', dataDir, '--audit-keys', keys);
    expect(verified.stdout).toContain('审计链尚未启用密钥');
    expect(verified.status).toBe(0);
    expect(() => readdirSync(keys)).toThrow();
  });
});

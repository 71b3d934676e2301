import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../createCore.ts';
import { callAs, setUpInstallation } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { verifyAuditChain } from './auditRepository.ts';

const folders: { remove: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

/** An installation with a few audited changes, closed so another process may open it. */
async function populatedDataDir(): Promise<string> {
  const folder = tempFolder();
  folders.push(folder);
  const core = createCore({ dataDir: folder.path, mode: 'web' });
  const admin = await setUpInstallation(core);
  await callAs(core, admin, 'units:create', { name: '县卫生健康委员会', kind: 'department' });
  await callAs(core, admin, 'settings:update', { idleLockMinutes: 30 });
  core.close();
  return folder.path;
}

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['main/core/cli/adminMain.ts', ...args], { encoding: 'utf8' });

describe('audit chain', () => {
  it('records every change and verifies', async () => {
    const dataDir = await populatedDataDir();
    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    const actions = (
      db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]
    ).map((row) => row.action);
    expect(actions).toEqual(['setup.initialize', 'unit.create', 'settings.update']);
    expect(verifyAuditChain(db)).toEqual({ intact: true, count: 3 });
    db.close();
    const result = admin('verify-audit', '--data-dir', dataDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OK 3');
  });

  it('refuses UPDATE and DELETE of audit rows through raw SQL', async () => {
    const dataDir = await populatedDataDir();
    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    expect(() => db.exec("UPDATE audit_log SET action = 'forged' WHERE seq = 2")).toThrow(
      /append-only/,
    );
    expect(() => db.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    expect(verifyAuditChain(db)).toEqual({ intact: true, count: 3 });
    db.close();
  });

  it('names the changed row when the triggers are dropped and a row is altered on disk', async () => {
    const dataDir = await populatedDataDir();
    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    db.exec('DROP TRIGGER audit_log_refuse_update');
    db.exec(`UPDATE audit_log SET details = '{"name":"伪造的单位"}' WHERE seq = 2`);
    db.close();

    const result = admin('verify-audit', '--data-dir', dataDir);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('第 2 条记录');
    expect(result.stdout).toContain('BROKEN 2');
  });

  it('detects a deleted row in the middle of the chain', async () => {
    const dataDir = await populatedDataDir();
    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    db.exec('DROP TRIGGER audit_log_refuse_delete');
    db.exec('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenSeq: 3, count: 1 });
    db.close();
  });

  it('backup then restore gives the same tables and an intact chain', async () => {
    const dataDir = await populatedDataDir();
    const out = tempFolder();
    folders.push(out);
    const backupDir = join(out.path, 'backup');
    const restored = join(out.path, 'restored');
    execFileSync(process.execPath, [
      'main/core/cli/adminMain.ts',
      'backup',
      '--data-dir',
      dataDir,
      '--out',
      backupDir,
    ]);
    const result = admin('restore', '--from', backupDir, '--data-dir', restored);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OK 3');

    const original = new DatabaseSync(join(dataDir, 'workbench.sqlite'), { readOnly: true });
    const copy = new DatabaseSync(join(restored, 'workbench.sqlite'), { readOnly: true });
    expect(databaseSnapshot(copy)).toBe(databaseSnapshot(original));
    original.close();
    copy.close();

    const again = admin('restore', '--from', backupDir, '--data-dir', restored);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('不是空目录');
  });

  it('lists users', async () => {
    const dataDir = await populatedDataDir();
    const result = admin('users', '--data-dir', dataDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/admin\t系统管理员\t县政府新闻办公室\tadministrator\t启用/);
  });
});

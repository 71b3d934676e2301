import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../createCore.ts';
import { generateSigningKeyPair } from '../exchange/signingKeys.ts';
import { callAs, newClient, setUpInstallation, testPassword } from '../testing/accounts.ts';
import { cutAuditChain, rewriteAuditRow } from '../testing/auditTampering.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { checkpointFileName } from './auditCheckpoint.ts';

const folders: { remove: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

/**
 * An installation (with an exchange key, so its checkpoints are signed) whose chain is unkeyed:
 * what plain verify-audit cannot defend, and checkpoints must.
 */
async function installation() {
  const folder = tempFolder();
  folders.push(folder);
  const dataDir = join(folder.path, 'data');
  const core = createCore({ dataDir, mode: 'web' });
  const admin = await setUpInstallation(core);
  await callAs(core, admin, 'units:create', { name: '县卫生健康委员会', kind: 'department' });
  await callAs(core, admin, 'exchange:identity', {});
  core.close();
  return { dataDir, out: (name: string) => join(folder.path, name) };
}

async function moreRows(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, mode: 'web' });
  const admin = newClient();
  await callAs(core, admin, 'session:signIn', { username: 'admin', password: testPassword });
  await callAs(core, admin, 'units:create', { name: '县文化和旅游局', kind: 'department' });
  await callAs(core, admin, 'settings:update', { idleLockMinutes: 20 });
  core.close();
}

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['main/core/cli/adminMain.ts', ...args], { encoding: 'utf8' });

const withDb = <T>(dataDir: string, work: (db: DatabaseSync) => T): T => {
  const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
  try {
    return work(db);
  } finally {
    db.close();
  }
};

const rowCount = (dataDir: string) =>
  withDb(
    dataDir,
    (db) => (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n,
  );

describe('audit checkpoints', () => {
  it('a backup’s checkpoint names the rows deleted from the end, which plain verify-audit cannot see', async () => {
    const { dataDir, out } = await installation();
    const rows = rowCount(dataDir);
    const backup = admin('backup', '--data-dir', dataDir, '--out', out('backup'));
    expect(backup.stdout).toContain(`审计校验点：截至第 ${rows} 条记录，校验码 `);
    await moreRows(dataDir);
    withDb(dataDir, (db) => cutAuditChain(db, rows - 1));

    const plain = admin('verify-audit', '--data-dir', dataDir);
    expect(plain.stdout).toContain(`OK ${rows - 2}`);
    expect(plain.status).toBe(0);

    const against = admin('verify-audit', '--data-dir', dataDir, '--against', out('backup'));
    expect(against.stdout).toContain('校验点的签名有效，签名者为本安装的交换密钥');
    expect(against.stdout).toContain(
      `缺少第 ${rows - 1}–${rows} 条记录：校验点记有，数据文件中已没有。`,
    );
    expect(against.stdout).toContain(`CHECKPOINT MISSING ${rows - 1}-${rows}`);
    expect(against.status).toBe(2);
  });

  it('names the first row rewritten with every later hash recomputed by the project’s row-hash function', async () => {
    const { dataDir, out } = await installation();
    admin('backup', '--data-dir', dataDir, '--out', out('backup'));
    await moreRows(dataDir);
    const file = join(out('backup'), checkpointFileName);
    const before = admin('verify-audit', '--data-dir', dataDir, '--against', file);
    expect(before.stdout).toContain('与校验点相符');
    expect(before.status).toBe(0);

    withDb(dataDir, (db) => rewriteAuditRow(db, 2, { details: '{"name":"伪造的单位"}' }));
    const result = admin('verify-audit', '--data-dir', dataDir, '--against', file);
    expect(result.stdout).toContain(`OK ${rowCount(dataDir)}`); // the chain by itself holds
    expect(result.stdout).toContain('第 2 条记录与校验点不符');
    expect(result.stdout).toContain('CHECKPOINT MISMATCH 2');
    expect(result.status).toBe(2);
  });

  it('refuses a checkpoint changed after it was signed, and shows an exchange key replaced in the database', async () => {
    const { dataDir, out } = await installation();
    admin('backup', '--data-dir', dataDir, '--out', out('backup'));
    const file = join(out('backup'), checkpointFileName);
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original.replace(/"takenAt": "[^"]+"/, '"takenAt": "2030-01-01T00:00:00.000Z"'),
    );
    const changed = admin('verify-audit', '--data-dir', dataDir, '--against', file);
    expect(changed.stderr).toContain('签名不符：校验点被改动过');
    expect(changed.status).toBe(1);

    writeFileSync(file, original);
    const pair = generateSigningKeyPair();
    withDb(dataDir, (db) =>
      db
        .prepare('UPDATE exchange_identity SET public_key = ?, private_key = ?')
        .run(pair.publicKey, pair.privateKey),
    );
    const replaced = admin('verify-audit', '--data-dir', dataDir, '--against', file);
    expect(replaced.stdout).toContain('数据文件中的密钥被更换过');
    expect(replaced.status).toBe(2);
  });

  it('goes with the period archive, its code printed on the index, so the chain can be checked from paper', async () => {
    const { dataDir, out } = await installation();
    const archived = admin(
      'archive',
      '--data-dir',
      dataDir,
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--out',
      out('archive'),
    );
    expect(archived.status).toBe(0);
    const checkpoint = JSON.parse(
      readFileSync(join(out('archive'), checkpointFileName), 'utf8'),
    ) as { rowCount: number; headHash: string };
    const code =
      `${checkpoint.headHash.slice(0, 4)}-${checkpoint.headHash.slice(4, 8)}`.toUpperCase();
    const printed = `审计校验点：截至第 ${checkpoint.rowCount} 条审计记录，校验码 ${code}。`;
    const csv = readFileSync(join(out('archive'), '归档目录.csv'), 'utf8');
    expect(csv.endsWith(`\r\n\r\n${printed}\r\n`)).toBe(true);
    const word = unzipSync(readFileSync(join(out('archive'), '归档目录.docx')));
    const text = strFromU8(word['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
    expect(text).toContain(printed);

    const rows = String(checkpoint.rowCount);
    const fromPaper = admin('verify-audit', '--data-dir', dataDir, '--code', code, '--rows', rows);
    expect(fromPaper.stdout).toContain('CODE OK');
    expect(fromPaper.status).toBe(0);

    withDb(dataDir, (db) => rewriteAuditRow(db, 1, { actor_name: '别人' }));
    const changed = admin(
      'verify-audit',
      '--data-dir',
      dataDir,
      '--code',
      code.replace('-', '').toLowerCase(),
      '--rows',
      rows,
      '--against',
      out('archive'),
    );
    expect(changed.stdout).toContain(`第 ${rows} 条记录的校验码与纸面校验码不符`);
    expect(changed.stdout).toContain('第 1 条记录与校验点不符');
    expect(changed.status).toBe(2);
  });

  it('is in the archive the app exports as a zip', async () => {
    const { dataDir, out } = await installation();
    const core = createCore({ dataDir, mode: 'web' });
    const client = newClient();
    await callAs(core, client, 'session:signIn', { username: 'admin', password: testPassword });
    const zip = await callAs(core, client, 'archive:export', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    core.close();
    writeFileSync(out('archive.zip'), Buffer.from(zip.contentBase64, 'base64'));
    const result = admin('verify-audit', '--data-dir', dataDir, '--against', out('archive.zip'));
    expect(result.stdout).toContain('与校验点相符');
    expect(result.status).toBe(0);
  });
});

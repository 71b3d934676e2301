import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../../accounts/passwords.ts';
import { dataFolder } from '../../dataFolder.ts';
import { openDatabase } from '../openDatabase.ts';
import { inTransaction } from '../transaction.ts';
import { latestSchemaVersion, migrations } from '../migrations/index.ts';
import { fixturePassword } from './fixtureCounty.ts';
import type { FixtureWriter } from './fixtureRows.ts';
import { writeVersion2 } from './fixtureAtVersion2.ts';
import { writeVersion3 } from './fixtureAtVersion3.ts';
import { writeVersion4 } from './fixtureAtVersion4.ts';
import { writeVersion5 } from './fixtureAtVersion5.ts';
import { writeVersion6 } from './fixtureAtVersion6.ts';
import { writeVersion7 } from './fixtureAtVersion7.ts';
import { writeVersion8 } from './fixtureAtVersion8.ts';
import { writeVersion9 } from './fixtureAtVersion9.ts';

/**
 * What the users of each release wrote, in that release's schema. Schema 1 had no users and so no
 * data of its own; a release whose migration needs rows of a new shape adds its writer here.
 */
const writers: Readonly<Record<number, FixtureWriter>> = {
  2: writeVersion2,
  3: writeVersion3,
  4: writeVersion4,
  5: writeVersion5,
  6: writeVersion6,
  7: writeVersion7,
  8: writeVersion8,
  9: writeVersion9,
};

/** Every schema an installation may have been left at that is older than this release's. */
export const olderFixtureVersions: readonly number[] = Array.from(
  { length: Math.max(0, latestSchemaVersion - 2) },
  (_, index) => index + 2,
);

let passwordHash: Promise<string> | undefined;

/**
 * Leaves a data folder as a real installation would be left at schema `version`: starting from
 * nothing, each release's migration is applied and then that release's writer adds its rows, so
 * every row is written in the shape its own release gave it and is carried by each later migration
 * up to `version`. Opening the folder normally afterwards migrates it the rest of the way.
 */
export async function buildFixtureAtVersion(dataDir: string, version: number): Promise<void> {
  if (version < 1 || version >= latestSchemaVersion) {
    throw new Error(`fixtures are for versions 1 to ${latestSchemaVersion - 1}, not ${version}`);
  }
  passwordHash ??= hashPassword(fixturePassword);
  const hash = await passwordHash;
  const folder = dataFolder(dataDir);
  // The backups taken while building are not the installation's: they go, once it is built.
  const buildBackups = join(folder.root, 'fixture-build-backups');
  for (let step = 1; step <= version; step += 1) {
    const db = openDatabase(folder.database, {
      backupDir: buildBackups,
      migrations: migrations.slice(0, step),
    });
    try {
      const write = writers[step];
      if (write) {
        inTransaction(db, () =>
          write({ db, attachmentsDir: folder.attachments, passwordHash: hash }),
        );
      }
    } finally {
      db.close();
    }
  }
  rmSync(buildBackups, { recursive: true, force: true });
}

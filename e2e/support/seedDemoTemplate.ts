import { seedDemoCounty } from '../../main/core/demo/seedDemoCounty.ts';

/**
 * `node e2e/support/seedDemoTemplate.ts <dir>`: the demo county, made once per end-to-end run by
 * globalSetup; each spec that asks for the demo starts on its own copy of this folder.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: seedDemoTemplate.ts <data folder>');
await seedDemoCounty(dataDir, new Date());

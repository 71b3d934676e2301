import { runCli, runWebMode } from './webMode.ts';

runCli(() => runWebMode(process.argv.slice(2)));

import { runCli, runWebMode } from '../main/core/cli/webMode.ts';
import { buildRendererIfStale } from './buildRenderer.ts';

// npm run web -- --data-dir D --port P [--demo] [--no-open]
buildRendererIfStale();
runCli(() => runWebMode(process.argv.slice(2)));

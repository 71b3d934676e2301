import { runHubCommand } from './hubCli.ts';

// npm run hub -- [enrol|revoke|list] --database postgres://… [options]
process.exitCode = await runHubCommand(process.argv.slice(2));

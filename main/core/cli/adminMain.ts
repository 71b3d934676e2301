import { printAdminCommand } from './adminCli.ts';

// npm run admin -- <command> [options]
process.exitCode = await printAdminCommand(process.argv.slice(2));

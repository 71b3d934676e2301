import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runCli, runWebMode } from '../main/core/cli/webMode.ts';
import { buildRendererIfStale } from './buildRenderer.ts';

/**
 * `npm start`: the desktop app when the Electron runtime can be obtained; otherwise one line
 * saying so, then web mode with the same arguments.
 */
function electronExecutable(): string | null {
  // Requiring `electron` from Node resolves (and, in Electron 42+, first downloads) the binary.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

const args = process.argv.slice(2);
const electron = args.includes('--web') ? null : electronExecutable();

if (electron) {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: 'inherit',
  });
  const child = spawn(electron, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未能获取 Electron 运行时（本机离线或无法下载），改用网页模式启动。');
  buildRendererIfStale();
  runCli(() => runWebMode(args.filter((arg) => arg !== '--web')));
}

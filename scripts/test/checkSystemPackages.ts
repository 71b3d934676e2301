import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingPackages, readPackageList } from './systemPackages.ts';

/**
 * The first step of `npm test`: names each Debian package the tests need that this machine lacks.
 * As root, or with passwordless sudo, it installs them; otherwise it stops with the one command
 * to run.
 */
const listFile = join(import.meta.dirname, 'systemPackages.txt');
const packages = readPackageList(readFileSync(listFile, 'utf8'));

function run(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function installed(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

if (spawnSync('dpkg-query', ['--version']).status !== 0) {
  console.warn(
    `This is not a Debian or Ubuntu machine: the tests expect these packages or their equivalents: ${packages.join(' ')}`,
  );
  process.exit(0);
}

const missing = missingPackages(packages, installed);
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
console.log(`The tests need these Debian packages, which are missing: ${missing.join(' ')}`);
if (!isRoot && !canSudo) {
  console.error(`Install them, then run npm test again:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
const aptGet = (args: readonly string[]) =>
  isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]);
const ok = aptGet(['update', '-qq']) && aptGet(['install', '-y', '-qq', ...missing]);
const stillMissing = missingPackages(packages, installed);
if (!ok || stillMissing.length > 0) {
  console.error(`Could not install: ${stillMissing.join(' ')}. Run:\n  sudo sh -c '${command}'`);
  process.exit(1);
}

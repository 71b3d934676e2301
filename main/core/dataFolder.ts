import { mkdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

/** The files of one installation, all under one folder. */
export interface DataFolder {
  readonly root: string;
  readonly database: string;
  readonly backups: string;
  readonly attachments: string;
}

export function dataFolder(root: string): DataFolder {
  const absolute = resolve(root);
  mkdirSync(absolute, { recursive: true });
  return {
    root: absolute,
    database: join(absolute, 'workbench.sqlite'),
    backups: join(absolute, 'backups'),
    attachments: join(absolute, 'attachments'),
  };
}

/** Where web mode keeps its data when no --data-dir is given; the same place Electron would. */
export function defaultDataRoot(): string {
  const home = homedir();
  const appFolder = 'press-workbench';
  switch (platform()) {
    case 'win32':
      return join(process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), appFolder);
    case 'darwin':
      return join(home, 'Library', 'Application Support', appFolder);
    default:
      return join(process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'), appFolder);
  }
}

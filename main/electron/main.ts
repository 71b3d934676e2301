import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { AppError } from '../core/appError.ts';
import { defaultKeyFolder, keyFolderChainKeys } from '../core/audit/keyFolderChainKeys.ts';
import { adminArguments, printAdminCommand } from '../core/cli/adminCli.ts';
import { createCore, type Core } from '../core/createCore.ts';
import { defaultDataRoot } from '../core/dataFolder.ts';
import { seedDemoCounty } from '../core/demo/seedDemoCounty.ts';
import { appSchemePrivileges, appOrigin, appScheme, handleAppRequest } from './appProtocol.ts';
import { trackExportedFiles } from './exportedFiles.ts';
import { bindRouterToIpc } from './ipcBinding.ts';
import { menuTemplate } from './menu.ts';
import {
  isAppUrl,
  isExternalWebUrl,
  isPermissionCheckGranted,
  isPermissionGranted,
} from './navigationPolicy.ts';
import { safeStorageSealer } from './safeStorageSealer.ts';
import { windowOptions } from './windowOptions.ts';
import { loadWindowBounds, saveWindowBounds } from './windowState.ts';

const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.setPath('userData', defaultDataRoot());

// `新闻发布工作台 --admin <command>`: the admin commands of an installed app, without a window.
const adminArgs = adminArguments(process.argv);
if (!adminArgs && !app.requestSingleInstanceLock()) app.quit();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  const boundsFile = join(app.getPath('userData'), 'window-bounds.json');
  const window = new BrowserWindow(windowOptions(preloadPath, loadWindowBounds(boundsFile)));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowBounds(boundsFile, window.getBounds()));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadURL(`${appOrigin}/index.html`);
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

/** `--data-dir D` picks another data folder; `--demo` fills a fresh one with the demo county. */
const argValue = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};

app.whenReady().then(
  async () => {
    if (adminArgs) {
      app.exit(await printAdminCommand(adminArgs, app.getPath('userData')));
      return;
    }
    const dataDir = argValue('--data-dir') ?? app.getPath('userData');
    if (process.argv.includes('--demo')) await seedDemoCounty(dataDir, new Date());
    // The audit chain's key: sealed by the OS keychain, in a folder beside (not in) the data folder.
    const chainKeys = keyFolderChainKeys(defaultKeyFolder(), safeStorageSealer() ?? undefined);
    core = createCore({ dataDir, mode: 'desktop', chainKeys });
    protocol.handle(appScheme, (request) => handleAppRequest(rendererDir, request));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
      callback(isPermissionGranted(permission, details)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission, origin, details) =>
      isPermissionCheckGranted(permission, origin, details),
    );
    bindRouterToIpc(ipcMain, core.router);
    trackExportedFiles(session.defaultSession, ipcMain, (path) => shell.showItemInFolder(path));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin')));
    createWindow();
  },
  (error: unknown) => {
    // A refused database (from a newer release, damaged) explains itself in Chinese; say it in a dialog.
    console.error(error);
    dialog.showErrorBox(
      '新闻发布工作台',
      error instanceof AppError ? error.message : '启动失败，请联系管理员。',
    );
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  core?.close();
  app.quit();
});

import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createCore, type Core } from '../core/createCore.ts';
import { defaultDataRoot } from '../core/dataFolder.ts';
import { seedDemoCounty } from '../core/demo/seedDemoCounty.ts';
import { appSchemePrivileges, appOrigin, appScheme, handleAppRequest } from './appProtocol.ts';
import { bindRouterToIpc } from './ipcBinding.ts';
import { menuTemplate } from './menu.ts';
import { isAppUrl, isExternalWebUrl, isPermissionGranted } from './navigationPolicy.ts';
import { windowOptions } from './windowOptions.ts';
import { loadWindowBounds, saveWindowBounds } from './windowState.ts';

const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.setPath('userData', defaultDataRoot());

if (!app.requestSingleInstanceLock()) app.quit();

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

app.whenReady().then(
  () => {
    core = createCore({ dataDir: app.getPath('userData'), mode: 'desktop' });
    protocol.handle(appScheme, (request) => handleAppRequest(rendererDir, request));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
      callback(isPermissionGranted(permission, details)),
    );
    session.defaultSession.setPermissionCheckHandler(
      (_contents, permission, requestingOrigin) =>
        permission === 'media' && requestingOrigin === appOrigin,
    );
    bindRouterToIpc(ipcMain, core.router);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin')));
    createWindow();
  },
  (error: unknown) => {
    console.error(error);
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  core?.close();
  app.quit();
});

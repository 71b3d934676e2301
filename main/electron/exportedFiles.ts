import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isTrustedSender, type SenderFrame } from './navigationPolicy.ts';

export const showExportedIpcChannel = 'workbench:showExported';

/** The parts of a finished download this needs (Electron's DownloadItem). */
export interface SavedDownload {
  getFilename(): string;
  getSavePath(): string;
  once(event: 'done', listener: (event: unknown, state: string) => void): void;
}

export interface DownloadSource {
  on(event: 'will-download', listener: (event: unknown, item: SavedDownload) => void): void;
}

/**
 * Remembers where each exported file was saved (the save dialog's choice), and shows it in the
 * file manager when the window asks for it by name (打开所在文件夹). Only the app's own frame may
 * ask, and only for a file this run saved: the window never names a path.
 */
export function trackExportedFiles(
  downloads: DownloadSource,
  ipcMain: Pick<IpcMain, 'handle'>,
  showItemInFolder: (path: string) => void,
): void {
  const saved = new Map<string, string>();
  downloads.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state === 'completed') saved.set(item.getFilename(), item.getSavePath());
    });
  });
  ipcMain.handle(showExportedIpcChannel, (event: IpcMainInvokeEvent, fileName: unknown) => {
    if (!isTrustedSender(event.senderFrame as SenderFrame | null)) return false;
    const path = typeof fileName === 'string' ? saved.get(fileName) : undefined;
    if (!path) return false;
    showItemInFolder(path);
    return true;
  });
}

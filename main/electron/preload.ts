import { contextBridge, ipcRenderer } from 'electron';

// Kept in step with ipcBinding.ts and exportedFiles.ts; the preload is bundled on its own and
// imports nothing of main.
const invokeIpcChannel = 'workbench:invoke';
const showExportedIpcChannel = 'workbench:showExported';

/**
 * The whole bridge: `invoke`, and showing a file the window exported (by its name) in the file
 * manager. The renderer never sees ipcRenderer itself.
 */
contextBridge.exposeInMainWorld('workbench', {
  invoke: (channel: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(invokeIpcChannel, channel, input),
  showExportedFile: (fileName: string): Promise<unknown> =>
    ipcRenderer.invoke(showExportedIpcChannel, String(fileName)),
});

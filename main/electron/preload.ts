import { contextBridge, ipcRenderer } from 'electron';

// Kept in step with ipcBinding.ts; the preload is bundled on its own and imports nothing of main.
const invokeIpcChannel = 'workbench:invoke';

/** The whole bridge: `invoke`. The renderer never sees ipcRenderer itself. */
contextBridge.exposeInMainWorld('workbench', {
  invoke: (channel: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(invokeIpcChannel, channel, input),
});

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept in step with ipcBinding.ts; the preload is bundled on its own and imports nothing of main.
const invokeIpcChannel = 'workbench:invoke';
const eventPrefix = 'workbench:event:';

/** The whole bridge: `invoke` and `on`. The renderer never sees ipcRenderer itself. */
contextBridge.exposeInMainWorld('workbench', {
  invoke: (channel: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(invokeIpcChannel, channel, input),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const name = `${eventPrefix}${event}`;
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(name, wrapped);
    return () => ipcRenderer.removeListener(name, wrapped);
  },
});

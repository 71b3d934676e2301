import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { errorCodes } from '../../shared/contract/errorCodes.ts';
import { failure } from '../../shared/contract/result.ts';
import type { Router } from '../core/rpc/router.ts';
import { isTrustedSender } from './navigationPolicy.ts';

export const invokeIpcChannel = 'workbench:invoke';

/** The desktop binding of the seam: one ipcMain handler, refusing any sender but the app's frame. */
export function bindRouterToIpc(ipcMain: IpcMain, router: Router): void {
  ipcMain.handle(
    invokeIpcChannel,
    (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return failure(errorCodes.forbidden, '请求来源不受信任，已拒绝。');
      }
      return router.dispatch(channel, input, `desktop:${event.sender.id}`);
    },
  );
}

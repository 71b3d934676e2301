import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/contract/result.ts';
import type { Router } from '../core/rpc/router.ts';
import { bindRouterToIpc, invokeIpcChannel } from './ipcBinding.ts';
import type { SenderFrame } from './navigationPolicy.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

interface Dispatch {
  readonly channel: unknown;
  readonly input: unknown;
  readonly clientKey: string;
}

/** A fake ipcMain that keeps the handlers, and a router that records what reaches it. */
function bound() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle(channel: string, listener: Listener): void {
      handlers.set(channel, listener);
    },
  };
  const dispatched: Dispatch[] = [];
  const router: Router = {
    dispatch(channel, input, clientKey) {
      dispatched.push({ channel, input, clientKey });
      return Promise.resolve(ok({ echoed: input }));
    },
  };
  bindRouterToIpc(ipcMain as unknown as IpcMain, router);

  const invoke = async (
    senderFrame: SenderFrame | null,
    channel: unknown,
    input: unknown,
  ): Promise<Result<unknown>> => {
    const listener = handlers.get(invokeIpcChannel);
    if (!listener) throw new Error('no handler bound');
    const event = { senderFrame, sender: { id: 42 } } as unknown as IpcMainInvokeEvent;
    return (await listener(event, channel, input)) as Result<unknown>;
  };
  return { handlers, dispatched, invoke };
}

const appFrame: SenderFrame = { url: 'app://bundle/index.html', parent: null };

describe('bindRouterToIpc', () => {
  it('registers exactly one handler, on the invoke channel', () => {
    const { handlers } = bound();
    expect([...handlers.keys()]).toEqual([invokeIpcChannel]);
  });

  it('dispatches a call from the app main frame with the desktop client key', async () => {
    const { dispatched, invoke } = bound();
    const result = await invoke(appFrame, 'search:query', { text: '发布会' });
    expect(result).toEqual({ ok: true, value: { echoed: { text: '发布会' } } });
    expect(dispatched).toEqual([
      { channel: 'search:query', input: { text: '发布会' }, clientKey: 'desktop:42' },
    ]);
  });

  it.each([
    ['a null sender frame', null],
    ['an iframe of the app', { url: 'app://bundle/index.html', parent: appFrame }],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a file page', { url: 'file:///tmp/index.html', parent: null }],
  ])('refuses %s without dispatching', async (_name, frame: SenderFrame | null) => {
    const { dispatched, invoke } = bound();
    const result = await invoke(frame, 'search:query', { text: '发布会' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!result.ok) expect(result.error.message).toMatch(/\p{Script=Han}/u);
    expect(dispatched).toEqual([]);
  });
});

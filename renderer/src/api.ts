import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/contract/result.ts';
import { postRpc, type WebCredentials } from './transport/httpRpc.ts';
import type { WorkerCall } from './transport/rpcWorker.ts';

/** What the desktop preload exposes on `window.workbench`; nothing else of Electron is visible. */
interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    readonly workbench?: DesktopBridge;
  }
}

const tokenKey = 'workbench.token';
const clientKey = 'workbench.client';

/** Web mode: the launch token arrives in the address fragment; keep it for this tab only. */
function webCredentials(): WebCredentials {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(tokenKey, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  let client = sessionStorage.getItem(clientKey);
  if (!client) {
    client = crypto.randomUUID();
    sessionStorage.setItem(clientKey, client);
  }
  return { token: sessionStorage.getItem(tokenKey) ?? '', client };
}

type SessionLostListener = (reason: 'locked' | 'signedOut') => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called whenever main answers that the session is locked or gone, whatever screen asked. */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

function reportSessionLoss<K extends ChannelName>(
  result: Result<unknown>,
): Result<ChannelOutput<K>> {
  if (
    !result.ok &&
    (result.error.code === 'session_locked' || result.error.code === 'not_signed_in')
  ) {
    const reason = result.error.code === 'session_locked' ? 'locked' : 'signedOut';
    sessionLostListeners.forEach((listener) => listener(reason));
  }
  return result as Result<ChannelOutput<K>>;
}

/** Calls a channel of the core, over IPC on the desktop or HTTP in web mode. */
export async function invoke<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  const result = await (window.workbench
    ? window.workbench.invoke(channel, input)
    : postRpc(channel, input, webCredentials()));
  return reportSessionLoss<K>(result);
}

interface PendingCall {
  readonly channel: string;
  readonly input: unknown;
  readonly resolve: (result: Result<unknown>) => void;
}

let background: { worker: Worker; pending: Map<number, PendingCall> } | null = null;
let backgroundBroken = false;
let lastCallId = 0;

function backgroundWorker() {
  if (background) return background;
  const worker = new Worker(new URL('./transport/rpcWorker.ts', import.meta.url), {
    type: 'module',
  });
  const pending = new Map<number, PendingCall>();
  worker.onmessage = ({ data }: MessageEvent<{ id: number; result: Result<unknown> }>) => {
    pending.get(data.id)?.resolve(data.result);
    pending.delete(data.id);
  };
  // A worker that cannot start: its calls, and all later ones, go from the page itself.
  worker.onerror = () => {
    backgroundBroken = true;
    background = null;
    worker.terminate();
    for (const call of pending.values())
      void postRpc(call.channel, call.input, webCredentials()).then(call.resolve);
    pending.clear();
  };
  background = { worker, pending };
  return background;
}

/**
 * `invoke` for a large input sent while the user types (autosave): in web mode the request is
 * encoded and sent by a worker, so the page's main thread only copies the input. On the desktop,
 * IPC already copies without encoding, so this is `invoke`.
 */
export async function invokeInBackground<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  if (window.workbench || backgroundBroken || typeof Worker === 'undefined')
    return invoke(channel, input);
  const { worker, pending } = backgroundWorker();
  const id = ++lastCallId;
  const result = new Promise<Result<unknown>>((resolve) =>
    pending.set(id, { channel, input, resolve }),
  );
  const call: WorkerCall = { id, channel, input, credentials: webCredentials() };
  worker.postMessage(call);
  return reportSessionLoss<K>(await result);
}

/** Prepares the transport before the first call (reads the web-mode token from the address). */
export function initTransport(): void {
  if (!window.workbench) webCredentials();
}

import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/contract/result.ts';

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
function webCredentials(): { token: string; client: string } {
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

const transportFailure = (status: number): Result<never> => ({
  ok: false,
  error:
    status === 401 || status === 403
      ? {
          code: 'transport_refused',
          message: '连接凭据无效或已过期。请使用工作台启动时输出的地址（WORKBENCH_URL）重新打开。',
        }
      : { code: 'transport_failed', message: `与工作台服务的连接出错（HTTP ${status}），请重试。` },
});

/**
 * A long body (a long material's autosave) goes as a Blob: Chromium then hands it to the network
 * process without encoding the string again on the main thread, which froze typing for up to a
 * quarter of a second (npm run bench). Short bodies stay strings, as the devtools show them.
 */
const requestBody = (text: string): string | Blob =>
  text.length > 64_000 ? new Blob([text], { type: 'application/json' }) : text;

async function invokeOverHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const { token, client } = webCredentials();
  let response: Response;
  try {
    response = await fetch('/rpc', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Workbench-Token': token,
        'X-Workbench-Client': client,
      },
      body: requestBody(JSON.stringify({ channel, input })),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'offline', message: '无法连接工作台服务。请确认工作台仍在运行，然后重试。' },
    };
  }
  if (!response.ok) return transportFailure(response.status);
  return (await response.json()) as Result<unknown>;
}

type SessionLostListener = (reason: 'locked' | 'signedOut') => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called whenever main answers that the session is locked or gone, whatever screen asked. */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** Calls a channel of the core, over IPC on the desktop or HTTP in web mode. */
export async function invoke<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  const result = await (window.workbench
    ? window.workbench.invoke(channel, input)
    : invokeOverHttp(channel, input));
  if (
    !result.ok &&
    (result.error.code === 'session_locked' || result.error.code === 'not_signed_in')
  ) {
    const reason = result.error.code === 'session_locked' ? 'locked' : 'signedOut';
    sessionLostListeners.forEach((listener) => listener(reason));
  }
  return result as Result<ChannelOutput<K>>;
}

/** Prepares the transport before the first call (reads the web-mode token from the address). */
export function initTransport(): void {
  if (!window.workbench) webCredentials();
}

import i18next from 'i18next';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/contract/result.ts';

/** What the desktop preload exposes on `window.workbench`; nothing else of Electron is visible. */
interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Shows a file this window exported in the system's file manager; false when it was not saved. */
  showExportedFile?(fileName: string): Promise<boolean>;
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
          message: i18next.t('errors.transportRefused'),
        }
      : status === 503
        ? { code: 'server_busy', message: i18next.t('errors.serverBusy') }
        : {
            code: 'transport_failed',
            message: i18next.t('errors.transportFailed', { status }),
          },
});

/**
 * 503 means web mode was holding too many large calls and refused this one before reading it, so
 * sending it again is safe: wait as it asks (Retry-After, at most 5 s) a couple of times.
 */
const busyRetries = 2;
const retryDelay = (response: Response): number =>
  Math.min(5, Math.max(1, Number(response.headers.get('Retry-After')) || 1)) * 1000;

/**
 * A long body (a long material's autosave) goes as a Blob: Chromium then hands it to the network
 * process without encoding the string again on the main thread, which froze typing for up to a
 * quarter of a second (npm run bench). Short bodies stay strings, as the devtools show them.
 */
const requestBody = (text: string): string | Blob =>
  text.length > 64_000 ? new Blob([text], { type: 'application/json' }) : text;

async function invokeOverHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const { token, client } = webCredentials();
  const body = requestBody(JSON.stringify({ channel, input }));
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch('/rpc', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Workbench-Token': token,
          'X-Workbench-Client': client,
        },
        body,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'offline', message: '无法连接工作台服务。请确认工作台仍在运行，然后重试。' },
      };
    }
    if (response.status === 503 && attempt < busyRetries) {
      await new Promise((resolve) => setTimeout(resolve, retryDelay(response)));
      continue;
    }
    if (!response.ok) return transportFailure(response.status);
    return (await response.json()) as Result<unknown>;
  }
}

/** Why main no longer serves the session: idle-locked, gone, or ended (main's message says why). */
export type SessionLoss =
  | { readonly reason: 'locked' | 'signedOut' }
  | { readonly reason: 'ended'; readonly message: string };

const sessionLossReasons = new Map<string, SessionLoss['reason']>([
  ['session_locked', 'locked'],
  ['not_signed_in', 'signedOut'],
  ['session_ended', 'ended'],
]);

/** Whether an error code means the session is lost, so the screen gives way to sign-in. */
export const isSessionLoss = (code: string): boolean => sessionLossReasons.has(code);

type SessionLostListener = (loss: SessionLoss) => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called whenever main answers that the session is locked, gone or ended, whatever screen asked. */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

type SucceededListener = (channel: ChannelName) => void;
const succeededListeners = new Set<SucceededListener>();

/** Called after every call of this window that succeeded (live views refresh after an action). */
export function onCallSucceeded(listener: SucceededListener): () => void {
  succeededListeners.add(listener);
  return () => succeededListeners.delete(listener);
}

/** Calls a channel of the core, over IPC on the desktop or HTTP in web mode. */
export async function invoke<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  const result = await (window.workbench
    ? window.workbench.invoke(channel, input)
    : invokeOverHttp(channel, input));
  const reason = result.ok ? undefined : sessionLossReasons.get(result.error.code);
  if (!result.ok && reason) {
    const loss: SessionLoss =
      reason === 'ended' ? { reason, message: result.error.message } : { reason };
    sessionLostListeners.forEach((listener) => listener(loss));
  }
  if (result.ok) succeededListeners.forEach((listener) => listener(channel));
  return result as Result<ChannelOutput<K>>;
}

/**
 * Sends a call while the window is going away (pagehide), without waiting for the answer: in web
 * mode as a keepalive request, which the browser delivers after the page is gone (sendBeacon
 * cannot carry the token and client headers); on the desktop over IPC, sent before the window
 * closes.
 */
export function sendWhileLeaving<K extends ChannelName>(channel: K, input: ChannelInput<K>): void {
  if (window.workbench) {
    void window.workbench.invoke(channel, input);
    return;
  }
  const { token, client } = webCredentials();
  void fetch('/rpc', {
    method: 'POST',
    keepalive: true,
    headers: {
      'Content-Type': 'application/json',
      'X-Workbench-Token': token,
      'X-Workbench-Client': client,
    },
    body: JSON.stringify({ channel, input }),
  }).catch(() => undefined);
}

/**
 * 打开所在文件夹 for a file this window exported: on the desktop, shows it in the file manager
 * (resolving false when it was not saved); in web mode there is no such action (undefined).
 */
export const showExportedFile: ((fileName: string) => Promise<boolean>) | undefined = window
  .workbench?.showExportedFile
  ? (fileName) => window.workbench?.showExportedFile?.(fileName) ?? Promise.resolve(false)
  : undefined;

/** Whether calls go over the desktop app's IPC bridge (false in a browser tab, web mode). */
export const isDesktop = (): boolean => window.workbench !== undefined;

/** Prepares the transport before the first call (reads the web-mode token from the address). */
export function initTransport(): void {
  if (!isDesktop()) webCredentials();
}

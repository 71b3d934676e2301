import { randomUUID } from 'node:crypto';
import { httpRequest, rpcHeaders } from '../../testing/httpRequest.ts';

/** Calls /rpc of a running web-mode server as one browser tab would; throws on a refused call. */
export function rpcClient(url: string) {
  const parsed = new URL(url);
  const port = Number(parsed.port);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const client = `crash-${randomUUID()}`;
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await httpRequest({
      port,
      method: 'POST',
      path: '/rpc',
      headers: rpcHeaders(port, token, client),
      body: JSON.stringify({ channel, input }),
    });
    const result = JSON.parse(response.body) as {
      ok: boolean;
      value?: T;
      error?: { code: string; message: string };
    };
    if (!result.ok) throw new Error(`${channel}: ${result.error?.code} ${result.error?.message}`);
    return result.value as T;
  };
}

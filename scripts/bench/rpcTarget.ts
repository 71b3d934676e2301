import { Agent, request } from 'node:http';
import { rpcHeaders } from '../../main/core/testing/httpRequest.ts';

/** A server's /rpc, called over one keep-alive connection. */
export interface RpcTarget {
  readonly port: number;
  readonly headers: Record<string, string>;
  readonly agent: Agent;
  /** Calls that had to open a new connection; 1 when keep-alive works. */
  freshSockets: number;
}

export const rpcTarget = (
  port: number,
  token: string,
  client = 'bench-client-0001',
): RpcTarget => ({
  port,
  headers: rpcHeaders(port, token, client),
  agent: new Agent({ keepAlive: true, maxSockets: 1 }),
  freshSockets: 0,
});

/** One POST /rpc of `body`; resolves with the reply body once it has all arrived. */
export function postRpc(target: RpcTarget, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: '/rpc',
        agent: target.agent,
        headers: { ...target.headers, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(text);
          else reject(new Error(`POST /rpc answered ${res.statusCode}: ${text}`));
        });
      },
    );
    req.on('error', reject);
    if (!req.reusedSocket) target.freshSockets++;
    req.end(body);
  });
}

/** The value of an `{ ok: true, value }` reply; throws with the error's message otherwise. */
export function okValue<T>(reply: string): T {
  const parsed = JSON.parse(reply) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return parsed.value;
}

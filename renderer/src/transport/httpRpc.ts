import type { Result } from '../../../shared/contract/result.ts';

/** What web mode sends with every call: the launch token and this tab's client id. */
export interface WebCredentials {
  readonly token: string;
  readonly client: string;
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
 * One call of the core over HTTP (web mode). Runs in the page and in the background worker
 * (rpcWorker.ts), so it uses nothing of the window: the credentials come as an argument.
 */
export async function postRpc(
  channel: string,
  input: unknown,
  { token, client }: WebCredentials,
): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch('/rpc', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Workbench-Token': token,
        'X-Workbench-Client': client,
      },
      body: JSON.stringify({ channel, input }),
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

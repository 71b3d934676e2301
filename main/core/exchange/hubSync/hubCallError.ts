import { AppError } from '../../appError.ts';

/**
 * A call to the hub that did not succeed. `status` is null when the hub was not reached at all
 * (network, timeout); otherwise the hub's answer, with its own code (`not_enrolled`, …).
 */
export class HubCallError extends AppError {
  readonly status: number | null;
  readonly hubCode: string | null;

  constructor(message: string, status: number | null, hubCode: string | null) {
    super(status === null ? 'hub_unreachable' : 'hub_refused', message);
    this.status = status;
    this.hubCode = hubCode;
  }

  /** The hub is not there or not letting this installation in: the whole sync is offline. */
  get offline(): boolean {
    return this.status === null || this.status >= 500 || this.status === 401;
  }
}

const networkReasons: Readonly<Record<string, string>> = {
  ECONNREFUSED: '连接被拒绝，交换中心可能未运行',
  ECONNRESET: '连接被中断',
  ENOTFOUND: '找不到该主机',
  EAI_AGAIN: '暂时无法解析主机名',
  EHOSTUNREACH: '网络不通',
  ENETUNREACH: '网络不通',
  ETIMEDOUT: '连接超时',
  UND_ERR_SOCKET: '连接被中断',
};

/** Why fetch failed, in Chinese, from the error's cause code. */
export function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return '等待应答超时';
  const cause =
    error instanceof Error
      ? (error.cause as { code?: unknown; message?: unknown } | undefined)
      : undefined;
  // fetch refuses a few well-known ports outright (the Fetch standard's "bad ports").
  if (cause?.message === 'bad port') return '该端口不能用于网络请求，请换用其他端口';
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return networkReasons[code] ?? '网络错误';
}

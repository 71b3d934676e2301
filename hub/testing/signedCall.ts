import { signCall } from '../../main/core/exchange/hubProtocol/callSignature.ts';

export interface CallSigner {
  readonly installationId: string;
  readonly privateKey: string;
}

export interface SignedCall {
  readonly method: string;
  /** Path and query, e.g. `/v1/inbox/office?after=0&wait=5`. */
  readonly path: string;
  readonly body?: unknown;
}

export interface CallResult {
  readonly status: number;
  readonly json: unknown;
  /** The headers it was sent with, to send again (a replay). */
  readonly headers: Record<string, string>;
}

/** Sends one call signed as `signer`, or with `headers` given (to replay or forge one). */
export async function signedCall(
  hubUrl: string,
  signer: CallSigner,
  call: SignedCall,
  options: { readonly now?: Date; readonly headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const body = Buffer.from(call.body === undefined ? '' : JSON.stringify(call.body), 'utf8');
  const headers =
    options.headers ??
    signCall({ method: call.method, path: call.path, body }, signer, options.now ?? new Date());
  const response = await fetch(`${hubUrl}${call.path}`, {
    method: call.method,
    headers: { ...headers, ...(body.length > 0 ? { 'content-type': 'application/json' } : {}) },
    ...(body.length > 0 ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, headers };
}

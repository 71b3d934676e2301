import { z } from 'zod';
import { signCall } from '../hubProtocol/callSignature.ts';
import { parcelSchema, type Parcel } from '../hubProtocol/parcel.ts';
import type { SealKeyStatement } from '../hubProtocol/sealKeys.ts';
import { HubCallError, networkReason } from './hubCallError.ts';

/** The calls of docs/exchangeHub.md, each signed with this installation's key. */
export interface HubClient {
  status(): Promise<{ hubTime: string; installationId: string; name: string }>;
  putSealKey(statement: SealKeyStatement): Promise<void>;
  /** The installation's seal key statement as the hub holds it, or null when it has none. */
  sealKeyOf(installationId: string): Promise<SealKeyStatement | null>;
  postParcel(parcel: Parcel): Promise<{ id: string; position: number; duplicate: boolean }>;
  /** `interrupt` ends a long poll early (立即同步) without stopping the sync. */
  inbox(
    after: number,
    waitSeconds: number,
    limit: number,
    interrupt?: AbortSignal,
  ): Promise<InboxPage>;
  ack(ids: readonly string[]): Promise<number>;
}

export interface InboxEntry {
  readonly position: number;
  readonly id: string;
  readonly parcel: Parcel;
}

export interface InboxPage {
  readonly parcels: readonly InboxEntry[];
  readonly cursor: number;
}

export interface HubClientOptions {
  /** The hub's base URL, without a trailing slash. */
  readonly address: string;
  readonly signer: { readonly installationId: string; readonly privateKey: string };
  /** Aborts every call in flight when the sync stops. */
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
}

const statementSchema = z.object({
  installationId: z.string().max(64),
  sealKey: z.string().max(64),
  createdAt: z.string().max(40),
  signature: z.string().max(128),
});
const inboxSchema = z.object({
  parcels: z.array(
    z.object({ position: z.number().int().positive(), id: z.string(), parcel: parcelSchema }),
  ),
  cursor: z.number().int().nonnegative(),
});
const postedSchema = z.object({
  id: z.string(),
  position: z.number().int().positive(),
  duplicate: z.boolean(),
});
const statusSchema = z.object({
  hubTime: z.string(),
  installationId: z.string(),
  name: z.string(),
});
const errorSchema = z.object({ error: z.string(), message: z.string() });

export function createHubClient(options: HubClientOptions): HubClient {
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<T>(
    method: string,
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    extra: { waitMs?: number; allow404?: boolean; interrupt?: AbortSignal } = {},
  ): Promise<T | null> {
    const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body), 'utf8');
    // The hub compares call times with its own clock: sign with the wall clock, not a test clock.
    const headers = signCall({ method, path, body: bytes }, options.signer, new Date());
    let response: Response;
    try {
      response = await fetch(options.address + path, {
        method,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: bytes }),
        signal: AbortSignal.any([
          options.signal,
          ...(extra.interrupt ? [extra.interrupt] : []),
          AbortSignal.timeout(timeoutMs + (extra.waitMs ?? 0)),
        ]),
      });
    } catch (error) {
      if (options.signal.aborted || extra.interrupt?.aborted) throw error;
      throw new HubCallError(
        `无法连接交换中心（${options.address}）：${networkReason(error)}。`,
        null,
        null,
      );
    }
    const text = await response.text().catch(() => '');
    const json = parseJson(text);
    if (!response.ok) {
      if (extra.allow404 && response.status === 404) return null;
      const refusal = errorSchema.safeParse(json);
      throw new HubCallError(
        refusal.success
          ? `交换中心拒绝了请求：${refusal.data.message}`
          : `交换中心返回错误（HTTP ${String(response.status)}）。`,
        response.status,
        refusal.success ? refusal.data.error : null,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new HubCallError('交换中心的应答无法识别，请核对交换中心地址。', response.status, null);
    }
    return parsed.data;
  }
  const required = <T>(value: T | null): T => {
    if (value === null) throw new HubCallError('交换中心的应答无法识别。', 404, null);
    return value;
  };

  return {
    status: async () => required(await call('GET', '/v1/status', undefined, statusSchema)),
    putSealKey: async (statement) => {
      await call('PUT', '/v1/seal-key', statement, z.unknown());
    },
    sealKeyOf: (installationId) =>
      call(
        'GET',
        `/v1/seal-keys/${encodeURIComponent(installationId)}`,
        undefined,
        statementSchema,
        { allow404: true },
      ),
    postParcel: async (parcel) => required(await call('POST', '/v1/parcels', parcel, postedSchema)),
    inbox: async (after, waitSeconds, limit, interrupt) => {
      const path = `/v1/inbox/${encodeURIComponent(options.signer.installationId)}?after=${String(after)}&wait=${String(waitSeconds)}&limit=${String(limit)}`;
      return required(
        await call('GET', path, undefined, inboxSchema, {
          waitMs: waitSeconds * 1000,
          ...(interrupt ? { interrupt } : {}),
        }),
      );
    },
    ack: async (ids) => {
      const path = `/v1/inbox/${encodeURIComponent(options.signer.installationId)}/ack`;
      const answer = required(
        await call('POST', path, { ids }, z.object({ acknowledged: z.number() })),
      );
      return answer.acknowledged;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

import { z } from 'zod';
import {
  maxParcelBytes,
  parcelId,
  parcelSchema,
  parcelSignatureHolds,
} from '../../main/core/exchange/hubProtocol/parcel.ts';
import { sealKeyStatementHolds } from '../../main/core/exchange/hubProtocol/sealKeys.ts';
import { installationIdSchema } from '../../main/core/exchange/exchangeIdentity.ts';
import { publicKeyFromBase64 } from '../../main/core/exchange/signingKeys.ts';
import { findInstallation, type EnrolledInstallation } from '../db/installationRepository.ts';
import {
  acknowledgeParcels,
  inboxAfter,
  storeParcel,
  type InboxRow,
} from '../db/parcelRepository.ts';
import { publishSealKey, readSealKey } from '../db/sealKeyRepository.ts';
import { hubErrors } from './hubError.ts';
import type { HubContext } from './hubContext.ts';

export interface CallInput {
  readonly caller: EnrolledInstallation;
  readonly body: Buffer;
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  /** Aborted when the client goes away (a long-poll stops waiting). */
  readonly signal: AbortSignal;
}

export interface Answer {
  readonly status: number;
  /** JSON text, already serialised (the inbox embeds stored parcels without parsing them). */
  readonly json: string;
}

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly bodyLimit: number;
  readonly handle: (context: HubContext, input: CallInput) => Promise<Answer>;
}

const ok = (value: unknown, status = 200): Answer => ({ status, json: JSON.stringify(value) });
const smallBody = 64 * 1024;
/** A parcel is JSON around base64 of at most maxParcelBytes of sealed bytes. */
const parcelBodyLimit = Math.ceil((maxParcelBytes * 4) / 3) + smallBody;
/** How many bytes of parcels one inbox answer carries at most (always at least one parcel). */
const inboxByteBudget = 32 * 1024 * 1024;
const longestWaitSeconds = 30;

function parseJson(body: Buffer, refuse: (detail: string) => Error): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw refuse('不是有效的 JSON');
  }
}

const ownInbox = (input: CallInput): string => {
  const id = input.params[0] ?? '';
  if (id !== input.caller.id) throw hubErrors.notYours();
  return id;
};

function integerParam(query: URLSearchParams, name: string, fallback: number, max: number) {
  const text = query.get(name);
  if (text === null || text === '') return fallback;
  if (!/^\d{1,15}$/.test(text)) throw hubErrors.badRequest(`参数 ${name} 应为非负整数`);
  return Math.min(Number(text), max);
}

const statementSchema = z.strictObject({
  installationId: installationIdSchema,
  sealKey: z.string().max(64),
  createdAt: z.string().max(40),
  signature: z.string().max(128),
});

const ackSchema = z.strictObject({
  ids: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .min(1)
    .max(1000),
});

export const hubRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/status$/,
    bodyLimit: 0,
    handle: async (_context, { caller }) =>
      ok({ hubTime: new Date().toISOString(), installationId: caller.id, name: caller.name }),
  },
  {
    method: 'PUT',
    pattern: /^\/v1\/seal-key$/,
    bodyLimit: smallBody,
    handle: async ({ pool }, { caller, body }) => {
      const parsed = statementSchema.safeParse(parseJson(body, () => hubErrors.badStatement()));
      const key = publicKeyFromBase64(caller.publicKey);
      if (
        !parsed.success ||
        parsed.data.installationId !== caller.id ||
        !key ||
        !sealKeyStatementHolds(parsed.data, key)
      ) {
        throw hubErrors.badStatement();
      }
      await publishSealKey(pool, caller.id, JSON.stringify(parsed.data));
      return ok({ ok: true });
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/seal-keys\/([A-Za-z0-9_-]{1,64})$/,
    bodyLimit: 0,
    handle: async ({ pool }, { params }) => {
      const id = params[0] ?? '';
      const statement = await readSealKey(pool, id);
      if (statement === null) throw hubErrors.noSealKey(id);
      return { status: 200, json: statement };
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/parcels$/,
    bodyLimit: parcelBodyLimit,
    handle: async ({ pool }, { caller, body }) => {
      const parsed = parcelSchema.safeParse(parseJson(body, hubErrors.badParcel));
      if (!parsed.success) {
        throw hubErrors.badParcel(
          `字段 ${parsed.error.issues[0]?.path.join('.') ?? ''} 不符合要求`,
        );
      }
      const parcel = parsed.data;
      if (parcel.from !== caller.id) throw hubErrors.wrongSender();
      if (parcel.to === parcel.from) throw hubErrors.badParcel('收件方不能是发送方本身');
      const senderKey = publicKeyFromBase64(caller.publicKey);
      if (!senderKey || !parcelSignatureHolds(parcel, senderKey)) {
        throw hubErrors.badParcelSignature();
      }
      const recipient = await findInstallation(pool, parcel.to);
      if (!recipient || recipient.revokedAt !== null) throw hubErrors.unknownRecipient(parcel.to);
      const id = parcelId(parcel);
      const stored = await storeParcel(pool, id, parcel, JSON.stringify(parcel));
      return ok({ id, ...stored }, stored.duplicate ? 200 : 201);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/inbox\/([A-Za-z0-9_-]{1,64})$/,
    bodyLimit: 0,
    handle: async ({ pool, waiters }, input) => {
      const recipient = ownInbox(input);
      const after = integerParam(input.query, 'after', 0, Number.MAX_SAFE_INTEGER);
      const wait = integerParam(input.query, 'wait', 0, longestWaitSeconds);
      const limit = Math.max(1, integerParam(input.query, 'limit', 100, 500));
      const deadline = Date.now() + wait * 1000;
      const answer = (rows: readonly InboxRow[]): Answer => {
        const parcels = rows.map(
          (row) =>
            `{"position":${String(row.position)},"id":${JSON.stringify(row.id)},"parcel":${row.parcelJson},"receivedAt":${JSON.stringify(row.receivedAt)}}`,
        );
        const cursor = rows.at(-1)?.position ?? after;
        return {
          status: 200,
          json: `{"parcels":[${parcels.join(',')}],"cursor":${String(cursor)}}`,
        };
      };
      for (;;) {
        // Listen before looking, so a parcel stored between the two is not missed.
        const next = waiters.next(recipient);
        const rows = await inboxAfter(pool, recipient, after, limit, inboxByteBudget);
        const remaining = deadline - Date.now();
        if (rows.length > 0 || remaining <= 0 || input.signal.aborted) {
          next.cancel();
          return answer(rows);
        }
        const woken = await waitFor(next.arrived, remaining, input.signal);
        next.cancel();
        // Only a notification is worth another look; at the deadline the client simply asks again.
        if (!woken) return answer([]);
      }
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/inbox\/([A-Za-z0-9_-]{1,64})\/ack$/,
    bodyLimit: smallBody,
    handle: async ({ pool }, input) => {
      const recipient = ownInbox(input);
      const parsed = ackSchema.safeParse(parseJson(input.body, hubErrors.badRequest));
      if (!parsed.success) throw hubErrors.badRequest('应为 { ids: [交换件标识…] }');
      return ok({ acknowledged: await acknowledgeParcels(pool, recipient, parsed.data.ids) });
    },
  },
];

/** True when `arrived` settles first; false after `ms` or when the client goes away. */
function waitFor(arrived: Promise<void>, ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), ms);
    const aborted = () => done(false);
    signal.addEventListener('abort', aborted, { once: true });
    void arrived.then(() => done(true));
    function done(woken: boolean) {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
      resolve(woken);
    }
  });
}

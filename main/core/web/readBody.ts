import type { IncomingMessage } from 'node:http';
import type { BodyBudget } from './bodyBudget.ts';

export class BodyTooLarge extends Error {}
/** The bytes in flight across all requests would pass the budget: answer "busy, retry". */
export class ServerBusy extends Error {}
export class BodyAborted extends Error {}

export interface Body {
  readonly bytes: Buffer;
  /** Gives the body's share of the budget back; call once the call has been answered. */
  release(): void;
}

/**
 * What a body costs the budget per byte: its bytes, then the text decoded from them, which the
 * parsed input soon replaces. A 60 MB body raised the server's peak RSS by about four times its
 * size (bodyBudget.test.ts), so counting it twice keeps a full budget within itself plus 200 MB.
 */
export const copiesHeld = 2;

/**
 * Reads a request body up to `maxBytes`, drawing on `budget`: a declared Content-Length is taken
 * from it up front (and read into one buffer of that size), a body without one chunk by chunk as
 * it arrives. Past either limit it stops keeping the bytes, gives back what it took, and rejects.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  budget: BodyBudget,
): Promise<Body> {
  return new Promise((resolve, reject) => {
    let reserved = 0;
    let settled = false;
    let size = 0;
    let whole: Buffer | undefined;
    let chunks: Buffer[] = [];

    const giveBack = () => {
      budget.release(reserved);
      reserved = 0;
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      giveBack();
      whole = undefined;
      chunks = [];
      request.removeListener('data', onData);
      // Drain the rest without keeping it, so the client still reads the answer.
      request.resume();
      reject(error);
    };
    function onData(chunk: Buffer) {
      if (whole) {
        if (size + chunk.length > whole.length) return fail(new BodyTooLarge());
        chunk.copy(whole, size);
      } else {
        if (size + chunk.length > maxBytes) return fail(new BodyTooLarge());
        if (!budget.tryReserve(chunk.length * copiesHeld)) return fail(new ServerBusy());
        reserved += chunk.length * copiesHeld;
        chunks.push(chunk);
      }
      size += chunk.length;
    }

    const declared = declaredLength(request);
    if (declared !== undefined) {
      if (declared > maxBytes) return fail(new BodyTooLarge());
      if (!budget.tryReserve(declared * copiesHeld)) return fail(new ServerBusy());
      reserved = declared * copiesHeld;
      whole = Buffer.allocUnsafe(declared);
    }
    request.on('data', onData);
    request.on('end', () => {
      if (settled) return;
      settled = true;
      const bytes = whole ? whole.subarray(0, size) : Buffer.concat(chunks, size);
      // The closures above outlive this call (`release`); they must not keep the chunks alive.
      whole = undefined;
      chunks = [];
      let released = false;
      resolve({
        bytes,
        release: () => {
          if (released) return;
          released = true;
          giveBack();
        },
      });
    });
    request.on('error', (error) => fail(error));
    request.on('close', () => {
      if (!request.complete) fail(new BodyAborted());
    });
  });
}

function declaredLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length'];
  if (header === undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

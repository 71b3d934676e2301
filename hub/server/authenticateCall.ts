import type { IncomingMessage } from 'node:http';
import {
  callHeaders,
  callSignatureHolds,
  callTimeFresh,
  noncePattern,
} from '../../main/core/exchange/hubProtocol/callSignature.ts';
import { installationIdSchema } from '../../main/core/exchange/exchangeIdentity.ts';
import { publicKeyFromBase64 } from '../../main/core/exchange/signingKeys.ts';
import {
  findInstallation,
  type EnrolledInstallation,
  type Queryable,
} from '../db/installationRepository.ts';
import { recordNonce } from '../db/nonceRepository.ts';
import { hubErrors } from './hubError.ts';

const header = (request: IncomingMessage, name: string): string => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
};

/**
 * The first half of a signed call's check, before the body is read: the caller is enrolled, not
 * revoked, and its clock agrees with ours. A large body is read only for an enrolled caller.
 */
export async function identifyCaller(
  db: Queryable,
  request: IncomingMessage,
  now: Date,
): Promise<EnrolledInstallation> {
  const id = header(request, callHeaders.installation);
  if (!installationIdSchema.safeParse(id).success) throw hubErrors.notEnrolled(id.slice(0, 64));
  const installation = await findInstallation(db, id);
  if (!installation) throw hubErrors.notEnrolled(id);
  if (installation.revokedAt !== null) throw hubErrors.revoked(installation.name);
  if (!callTimeFresh(header(request, callHeaders.time), now)) throw hubErrors.stale();
  return installation;
}

/** The second half, once the body is read: the signature holds and the nonce is new. */
export async function verifyCall(
  db: Queryable,
  request: IncomingMessage,
  caller: EnrolledInstallation,
  body: Buffer,
): Promise<void> {
  const nonce = header(request, callHeaders.nonce);
  if (!noncePattern.test(nonce)) throw hubErrors.badSignature('缺少一次性随机数');
  const key = publicKeyFromBase64(caller.publicKey);
  const parts = {
    method: request.method ?? '',
    path: request.url ?? '',
    time: header(request, callHeaders.time),
    nonce,
    body,
  };
  if (!key || !callSignatureHolds(parts, header(request, callHeaders.signature), key)) {
    throw hubErrors.badSignature('与登记的密钥不符');
  }
  // Recorded only after the signature holds, so nobody else can use up an installation's nonces.
  if (!(await recordNonce(db, caller.id, nonce))) throw hubErrors.replayed();
}

import type { DatabaseSync } from 'node:sqlite';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import { findActivePeer, findActivePeerForUnit } from '../exchange/peerRepository.ts';
import type { RequestRecord } from './requestRepository.ts';

/** A department sends once its unit head has signed off; later it may report a withdrawal or cancellation. */
export const sendableFromDepartment: readonly RequestState[] = [
  'newsOfficeReview',
  'authorityReview',
  'withdrawn',
  'cancelled',
];
export const sendableFromNewsOffice: readonly RequestState[] = [
  'authorityReview',
  'approved',
  'returned',
  'rejected',
];

/** Where a package of this request would go now, for the screen to offer (or not) the export. */
export function packageDirection(
  db: DatabaseSync,
  request: RequestRecord,
): 'toNewsOffice' | 'backToOrigin' | null {
  if (request.origin === ownInstallationId(db)) {
    const registered = listUnits(db, false).some(
      (unit) => unit.kind === 'newsOffice' && findActivePeerForUnit(db, unit.id),
    );
    return registered && sendableFromDepartment.includes(request.state) ? 'toNewsOffice' : null;
  }
  return sendableFromNewsOffice.includes(request.state) && findActivePeer(db, request.origin)
    ? 'backToOrigin'
    : null;
}

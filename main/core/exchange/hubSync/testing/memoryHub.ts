import { parcelId, type Parcel } from '../../hubProtocol/parcel.ts';
import type { SealKeyStatement } from '../../hubProtocol/sealKeys.ts';
import type { HubClient, InboxEntry } from '../hubClient.ts';

/**
 * An in-process stand-in for the hub's relay, for the unit tests of push and receive: it keeps
 * parcels and seal key statements as the hub does (one copy per id, positions in order) and
 * answers each installation's client. Signatures and enrolment are the real hub's business and
 * are tested there and in the integration test.
 */
export interface MemoryHub {
  clientFor(installationId: string): HubClient;
  readonly parcels: InboxEntry[];
  readonly sealKeys: Map<string, SealKeyStatement>;
  readonly acknowledged: Set<string>;
}

export function memoryHub(): MemoryHub {
  const parcels: InboxEntry[] = [];
  const sealKeys = new Map<string, SealKeyStatement>();
  const acknowledged = new Set<string>();
  let lastPosition = 0;
  const post = (parcel: Parcel) => {
    const id = parcelId(parcel);
    const held = parcels.find((entry) => entry.id === id);
    if (held) return { id, position: held.position, duplicate: true };
    const position = (lastPosition += 1);
    parcels.push({ position, id, parcel });
    return { id, position, duplicate: false };
  };
  return {
    parcels,
    sealKeys,
    acknowledged,
    clientFor: (installationId) => ({
      status: () =>
        Promise.resolve({ hubTime: new Date().toISOString(), installationId, name: '' }),
      putSealKey: (statement) => {
        sealKeys.set(installationId, statement);
        return Promise.resolve();
      },
      sealKeyOf: (id) => Promise.resolve(sealKeys.get(id) ?? null),
      postParcel: (parcel) => Promise.resolve(post(parcel)),
      inbox: (after, _wait, limit) => {
        const mine = parcels.filter((entry) => entry.parcel.to === installationId);
        const page = mine.filter((entry) => entry.position > after).slice(0, limit);
        return Promise.resolve({ parcels: page, cursor: page.at(-1)?.position ?? after });
      },
      ack: (ids) => {
        ids.forEach((id) => acknowledged.add(id));
        return Promise.resolve(ids.length);
      },
    }),
  };
}

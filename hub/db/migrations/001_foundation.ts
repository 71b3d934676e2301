import type { HubMigration } from '../hubMigration.ts';

/**
 * Enrolled installations (by their key cards), their published seal keys, the parcels relayed
 * between them and the call nonces seen recently. Parcels hold only sealed bytes and routing data.
 */
export const foundationMigration: HubMigration = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE installations (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      public_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      enrolled_at TIMESTAMPTZ NOT NULL,
      revoked_at TIMESTAMPTZ
    );

    CREATE TABLE seal_keys (
      installation_id TEXT PRIMARY KEY REFERENCES installations (id),
      statement TEXT NOT NULL,
      published_at TIMESTAMPTZ NOT NULL
    );

    CREATE TABLE parcels (
      position BIGSERIAL PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      from_installation TEXT NOT NULL REFERENCES installations (id),
      to_installation TEXT NOT NULL REFERENCES installations (id),
      seq_from BIGINT NOT NULL,
      seq_to BIGINT NOT NULL,
      parcel TEXT NOT NULL,
      parcel_bytes INTEGER NOT NULL,
      received_at TIMESTAMPTZ NOT NULL,
      acknowledged_at TIMESTAMPTZ
    );
    CREATE INDEX parcels_inbox ON parcels (to_installation, position);

    CREATE TABLE nonces (
      installation_id TEXT NOT NULL,
      nonce TEXT NOT NULL,
      seen_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (installation_id, nonce)
    );
    CREATE INDEX nonces_seen_at ON nonces (seen_at);
  `,
};

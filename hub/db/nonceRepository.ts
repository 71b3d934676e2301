import type { Queryable } from './installationRepository.ts';

/** True the first time a nonce is seen from this installation, false for a replay. */
export async function recordNonce(
  db: Queryable,
  installationId: string,
  nonce: string,
): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO nonces (installation_id, nonce, seen_at) VALUES ($1, $2, now())
     ON CONFLICT DO NOTHING`,
    [installationId, nonce],
  );
  return result.rowCount === 1;
}

/**
 * Forgets nonces older than `olderThanMs`: a call that old is refused as stale before its nonce
 * is looked at, so keeping a little more than the allowed clock skew is enough.
 */
export async function purgeNonces(db: Queryable, olderThanMs: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM nonces WHERE seen_at < now() - make_interval(secs => $1)`,
    [olderThanMs / 1000],
  );
  return result.rowCount ?? 0;
}

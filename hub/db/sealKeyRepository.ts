import type { Queryable } from './installationRepository.ts';

export async function publishSealKey(
  db: Queryable,
  installationId: string,
  statementJson: string,
): Promise<void> {
  await db.query(
    `INSERT INTO seal_keys (installation_id, statement, published_at) VALUES ($1, $2, now())
     ON CONFLICT (installation_id) DO UPDATE SET statement = $2, published_at = now()`,
    [installationId, statementJson],
  );
}

/** The statement as published, or null when there is none or the installation is revoked. */
export async function readSealKey(db: Queryable, installationId: string): Promise<string | null> {
  const result = await db.query<{ statement: string }>(
    `SELECT s.statement FROM seal_keys s JOIN installations i ON i.id = s.installation_id
     WHERE s.installation_id = $1 AND i.revoked_at IS NULL`,
    [installationId],
  );
  return result.rows[0]?.statement ?? null;
}

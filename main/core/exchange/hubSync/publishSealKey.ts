import { ensureKeyPair, ownInstallationId } from '../exchangeIdentity.ts';
import { signSealKeyStatement } from '../hubProtocol/sealKeys.ts';
import type { HubSyncContext } from './hubSyncContext.ts';
import { ensureSealKeyPair } from './sealKeyPair.ts';

/** Puts this installation's seal key on the hub, signed with its key, for senders to check. */
export async function publishSealKey(ctx: HubSyncContext): Promise<void> {
  const now = ctx.now();
  const statement = signSealKeyStatement(
    {
      installationId: ownInstallationId(ctx.db),
      sealKey: ensureSealKeyPair(ctx.db, null, now).publicKey,
      createdAt: now.toISOString(),
    },
    ensureKeyPair(ctx.db, null, now).privateKey,
  );
  await ctx.client.putSealKey(statement);
}

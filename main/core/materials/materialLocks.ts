import type { Actor } from '../../../shared/domain/actor.ts';
import type { MaterialLockView } from '../../../shared/domain/materials.ts';

interface Lease {
  readonly clientKey: string;
  readonly userId: string;
  readonly userName: string;
  readonly since: string;
  expiresAt: number;
}

/**
 * How long a lease lasts without renewal. The editor renews it every 10 seconds and gives it back
 * when its window closes; a window that crashed (or whose closing call was lost) holds it at most
 * this long, so three missed renewals free the material.
 */
export const leaseMs = 30_000;

/**
 * Who edits which material: one window at a time holds a lease; another window of the same or
 * another user opens the material read-only with the holder's name. Kept in memory: after a
 * restart no window holds a lease, and the first to save or open takes it.
 */
export class MaterialLocks {
  readonly #leases = new Map<string, Lease>();

  #live(materialId: string, now: Date): Lease | null {
    const lease = this.#leases.get(materialId);
    if (!lease || lease.expiresAt <= now.getTime()) return null;
    return lease;
  }

  /** Takes or renews the lease unless another window holds it (or `force`, to take it over). */
  acquire(materialId: string, clientKey: string, actor: Actor, now: Date, force = false): boolean {
    const held = this.#live(materialId, now);
    if (held && held.clientKey !== clientKey && !force) return false;
    this.#leases.set(materialId, {
      clientKey,
      userId: actor.userId,
      userName: actor.displayName,
      since: held?.clientKey === clientKey ? held.since : now.toISOString(),
      expiresAt: now.getTime() + leaseMs,
    });
    return true;
  }

  release(materialId: string, clientKey: string): void {
    if (this.#leases.get(materialId)?.clientKey === clientKey) this.#leases.delete(materialId);
  }

  view(materialId: string, clientKey: string, now: Date): MaterialLockView {
    const lease = this.#live(materialId, now);
    if (!lease) return { mine: false, holderName: null, since: null };
    return { mine: lease.clientKey === clientKey, holderName: lease.userName, since: lease.since };
  }
}

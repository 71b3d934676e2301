import { z } from 'zod';
import { defineChannel } from './channel.ts';
import { identifier, noInput } from './limits.ts';

/** What an administrator reads out and copies to the other installation. */
export interface ExchangeIdentity {
  readonly installationId: string;
  readonly officeName: string;
  /** SHA-256 of the raw public key, first 16 bytes as groups of 4 hex digits ("AB12 CD34 …"). */
  readonly fingerprint: string;
  /** When this installation's key pair was made (an ISO instant). */
  readonly keyCreatedAt: string;
  /** The peer card: JSON text `{ installationId, name, publicKey }` to register at the other side. */
  readonly card: string;
}

export interface ExchangePeer {
  readonly installationId: string;
  readonly name: string;
  readonly fingerprint: string;
  /** The local unit this installation speaks for (where its requests are placed), if any. */
  readonly unitId: string | null;
  readonly registeredAt: string;
  readonly revokedAt: string | null;
}

export interface ExchangeHistoryEntry {
  readonly position: number;
  readonly recordId: string;
  readonly direction: 'sent' | 'received';
  readonly kind: string;
  readonly origin: string;
  readonly originName: string;
  readonly recipient: string;
  readonly recipientName: string;
  readonly seq: number;
  readonly refs: Readonly<Record<string, string>>;
  readonly recordedAt: string;
  readonly packageId: string | null;
}

export interface QuarantinedRecord {
  readonly position: number;
  readonly recordId: string;
  readonly heldRecordId: string;
  readonly origin: string;
  readonly originName: string;
  readonly seq: number;
  readonly kind: string;
  readonly packageId: string;
  readonly fileName: string;
  readonly quarantinedAt: string;
}

export interface ImportOutcome {
  readonly packageId: string;
  readonly from: { readonly installationId: string; readonly name: string };
  readonly recordCount: number;
  readonly applied: number;
  readonly alreadyHeld: number;
  /** Every record was already held: nothing changed. */
  readonly alreadyImported: boolean;
}

/** The exchange hub (交换中心) as this installation sees it. */
export interface HubStatus {
  /** null: no hub set, exchange by package files only. */
  readonly address: string | null;
  /** connecting: set, but no call has been answered yet since it was set. */
  readonly state: 'off' | 'connecting' | 'connected' | 'offline';
  readonly offlineSince: string | null;
  readonly lastSyncAt: string | null;
  /** In Chinese, as the app shows it. */
  readonly lastError: string | null;
  readonly peers: readonly HubPeerStatus[];
}

export interface HubPeerStatus {
  readonly installationId: string;
  readonly name: string;
  /** Records sent to this office that the hub has not yet been given. */
  readonly waiting: number;
  /** Records from this office applied here after arriving through the hub. */
  readonly received: number;
  readonly lastReceivedAt: string | null;
  readonly error: string | null;
}

export const hubAddressMaxLength = 300;

/**
 * A package travels base64-encoded in one call: up to 48 MiB of base64 (36 MiB of package). Web
 * mode's body limit (main/core/web/webServer.ts) must stay above this.
 */
export const packageBase64MaxLength = 48 * 1024 * 1024;

export const exchangeChannels = {
  'exchange:identity': defineChannel<ExchangeIdentity>()({
    input: noInput,
    access: 'admin.exchange',
  }),
  'exchange:registerPeer': defineChannel<ExchangePeer>()({
    input: z.strictObject({
      card: z.string().trim().min(1).max(2000),
      unitId: identifier().nullable(),
    }),
    access: 'admin.exchange',
  }),
  'exchange:listPeers': defineChannel<readonly ExchangePeer[]>()({
    input: z.strictObject({ includeRevoked: z.boolean().optional() }),
    access: 'admin.exchange',
  }),
  'exchange:revokePeer': defineChannel<ExchangePeer>()({
    input: z.strictObject({ installationId: identifier() }),
    access: 'admin.exchange',
  }),
  'exchange:listQuarantine': defineChannel<readonly QuarantinedRecord[]>()({
    input: noInput,
    access: 'admin.exchange',
  }),
  'exchange:history': defineChannel<readonly ExchangeHistoryEntry[]>()({
    input: z.strictObject({
      beforePosition: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: 'admin.exchange',
  }),
  'exchange:importPackage': defineChannel<ImportOutcome>()({
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.string().max(packageBase64MaxLength),
    }),
    access: 'exchange.transfer',
  }),
  'exchange:hubStatus': defineChannel<HubStatus>()({
    input: noInput,
    access: 'admin.exchange',
    passive: true,
  }),
  /** An empty address turns the hub off. */
  'exchange:setHubAddress': defineChannel<HubStatus>()({
    input: z.strictObject({ address: z.string().trim().max(hubAddressMaxLength) }),
    access: 'admin.exchange',
  }),
  'exchange:hubSyncNow': defineChannel<HubStatus>()({
    input: noInput,
    access: 'admin.exchange',
  }),
};

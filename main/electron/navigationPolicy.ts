import { appHost, appScheme } from './appProtocol.ts';

/**
 * In-app navigation stays inside the bundle; anything else is refused. Compares scheme and host,
 * not `origin`: Node's URL gives every non-special scheme (app: included) the origin "null".
 */
export const isAppUrl = (url: string): boolean => {
  try {
    const { protocol, host, username, password } = new URL(url);
    return protocol === `${appScheme}:` && host === appHost && username === '' && password === '';
  } catch {
    return false;
  }
};

/** Only http(s) links may be handed to the system browser. */
export const isExternalWebUrl = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

export interface PermissionDetails {
  readonly requestingUrl?: string;
  readonly mediaTypes?: readonly string[];
}

/** Every permission is denied except the microphone, for the app's own pages (audio capture). */
export function isPermissionGranted(permission: string, details: PermissionDetails): boolean {
  if (permission !== 'media') return false;
  if (!details.requestingUrl || !isAppUrl(details.requestingUrl)) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'audio');
}

export interface PermissionCheckDetails {
  readonly mediaType?: string;
  readonly requestingUrl?: string;
  readonly embeddingOrigin?: string;
}

/**
 * The synchronous check Chromium makes before (and besides) a request: the same rule as
 * `isPermissionGranted`, one media type at a time. Video and `unknown` (what a device listing asks)
 * are denied, and so is a frame embedded in another origin.
 */
export function isPermissionCheckGranted(
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckDetails,
): boolean {
  if (permission !== 'media' || details.mediaType !== 'audio') return false;
  if (!isAppUrl(requestingOrigin) || details.embeddingOrigin !== undefined) return false;
  return details.requestingUrl === undefined || isAppUrl(details.requestingUrl);
}

/** The IPC sender must be the main frame of an app page (not null, not an iframe, not elsewhere). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export const isTrustedSender = (frame: SenderFrame | null | undefined): boolean =>
  frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);

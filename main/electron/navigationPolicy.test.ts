import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isExternalWebUrl,
  isPermissionCheckGranted,
  isPermissionGranted,
  isTrustedSender,
  type PermissionCheckDetails,
  type PermissionDetails,
  type SenderFrame,
} from './navigationPolicy.ts';

describe('isAppUrl', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle', true],
    ['app://bundle/index.html#/requests?id=1', true],
    ['app://bundle/assets/app.js', true],
    ['app://evil/index.html', false],
    ['app://bundle.evil/index.html', false],
    ['app://bundle:8080/index.html', false],
    ['app://user@bundle/index.html', false],
    ['app://user:pass@bundle/index.html', false],
    ['https://bundle/index.html', false],
    ['http://bundle/index.html', false],
    ['file:///app/index.html', false],
    ['appx://bundle/index.html', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['data:text/html,<p>x</p>', false],
    ['', false],
    ['not a url', false],
  ])('%j is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isExternalWebUrl', () => {
  it.each([
    ['https://www.gov.cn/', true],
    ['http://example.org/page?q=1', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://bundle/index.html', false],
    ['mailto:office@example.org', false],
    ['ftp://example.org/file', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['smb://server/share', false],
    ['workbench://open', false],
    ['//example.org/', false],
    ['example.org', false],
    ['', false],
  ])('%j is %s', (url, expected) => {
    expect(isExternalWebUrl(url)).toBe(expected);
  });
});

describe('isPermissionGranted', () => {
  const app = 'app://bundle/index.html';
  const cases: readonly (readonly [string, PermissionDetails, boolean])[] = [
    ['media', { requestingUrl: app, mediaTypes: ['audio'] }, true],
    ['media', { requestingUrl: 'app://bundle/#/transcripts', mediaTypes: ['audio'] }, true],
    ['media', { requestingUrl: app, mediaTypes: ['video'] }, false],
    ['media', { requestingUrl: app, mediaTypes: ['audio', 'video'] }, false],
    ['media', { requestingUrl: app, mediaTypes: [] }, false],
    ['media', { requestingUrl: app }, false],
    ['media', { requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] }, false],
    ['media', { requestingUrl: 'app://evil/index.html', mediaTypes: ['audio'] }, false],
    ['media', { requestingUrl: 'file:///index.html', mediaTypes: ['audio'] }, false],
    ['media', { mediaTypes: ['audio'] }, false],
    ['media', { requestingUrl: '', mediaTypes: ['audio'] }, false],
    ['camera', { requestingUrl: app, mediaTypes: ['audio'] }, false],
    ['microphone', { requestingUrl: app }, false],
    ['notifications', { requestingUrl: app }, false],
    ['geolocation', { requestingUrl: app }, false],
    ['clipboard-read', { requestingUrl: app }, false],
    ['clipboard-sanitized-write', { requestingUrl: app }, false],
    ['openExternal', { requestingUrl: app }, false],
    ['display-capture', { requestingUrl: app, mediaTypes: ['audio'] }, false],
    ['fullscreen', { requestingUrl: app }, false],
    ['pointerLock', { requestingUrl: app }, false],
    ['midiSysex', { requestingUrl: app }, false],
    ['hid', { requestingUrl: app }, false],
    ['serial', { requestingUrl: app }, false],
    ['usb', { requestingUrl: app }, false],
    ['unknown', { requestingUrl: app }, false],
  ];

  it.each(cases)('%s with %j is %s', (permission, details, expected) => {
    expect(isPermissionGranted(permission, details)).toBe(expected);
  });
});

describe('isPermissionCheckGranted', () => {
  const origin = 'app://bundle';
  const page = 'app://bundle/index.html#/transcripts';
  const cases: readonly (readonly [string, string, PermissionCheckDetails, boolean])[] = [
    ['media', origin, { mediaType: 'audio', requestingUrl: page }, true],
    ['media', origin, { mediaType: 'audio' }, true],
    ['media', origin, { mediaType: 'video', requestingUrl: page }, false],
    ['media', origin, { mediaType: 'unknown', requestingUrl: page }, false],
    ['media', origin, { requestingUrl: page }, false],
    ['media', origin, { mediaType: 'AUDIO', requestingUrl: page }, false],
    ['media', origin, { mediaType: 'audio', requestingUrl: 'https://evil.example/' }, false],
    ['media', origin, { mediaType: 'audio', embeddingOrigin: 'https://evil.example' }, false],
    ['media', 'https://evil.example', { mediaType: 'audio' }, false],
    ['media', 'app://evil', { mediaType: 'audio' }, false],
    ['media', 'file://', { mediaType: 'audio' }, false],
    ['media', '', { mediaType: 'audio' }, false],
    ['microphone', origin, { mediaType: 'audio' }, false],
    ['camera', origin, { mediaType: 'audio' }, false],
    ['display-capture', origin, { mediaType: 'audio' }, false],
    ['notifications', origin, {}, false],
    ['clipboard-read', origin, {}, false],
    ['hid', origin, {}, false],
    ['serial', origin, {}, false],
    ['usb', origin, {}, false],
    ['unknown', origin, { mediaType: 'audio' }, false],
  ];

  it.each(cases)('%s from %j with %j is %s', (permission, requestingOrigin, details, expected) => {
    expect(isPermissionCheckGranted(permission, requestingOrigin, details)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  const mainFrame: SenderFrame = { url: 'app://bundle/index.html', parent: null };
  const cases: readonly (readonly [string, SenderFrame | null | undefined, boolean])[] = [
    ['the app main frame', mainFrame, true],
    ['the app main frame on a route', { url: 'app://bundle/#/requests', parent: null }, true],
    ['a null frame (destroyed or navigated away)', null, false],
    ['an undefined frame', undefined, false],
    ['an app iframe', { url: 'app://bundle/index.html', parent: mainFrame }, false],
    ['a foreign iframe', { url: 'https://evil.example/', parent: mainFrame }, false],
    ['a foreign main frame', { url: 'https://evil.example/', parent: null }, false],
    ['another app host', { url: 'app://evil/index.html', parent: null }, false],
    ['a file page', { url: 'file:///index.html', parent: null }, false],
    ['a blank page', { url: 'about:blank', parent: null }, false],
    ['an empty url', { url: '', parent: null }, false],
    ['a frame whose parent is undefined', { url: 'app://bundle/', parent: undefined }, false],
  ];

  it.each(cases)('%s: %s', (_name, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});

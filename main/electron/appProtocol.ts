import { readFile } from 'node:fs/promises';
import { securityHeaders } from '../core/security/contentSecurityPolicy.ts';
import { contentTypeOf, resolveRendererFile } from '../core/security/rendererFiles.ts';

/** The renderer is served from app://bundle/, never from file://. */
export const appScheme = 'app';
export const appHost = 'bundle';
export const appOrigin = `${appScheme}://${appHost}`;

export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** protocol.handle's handler: only GET of files inside the built renderer, with the CSP. */
export async function handleAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || request.method !== 'GET') {
    return new Response('Not found', { status: 404, headers: securityHeaders });
  }
  // Work on the raw path so percent-encoded `..` cannot be normalised away before the check.
  const rawPath = request.url.slice(appOrigin.length).split(/[?#]/)[0] ?? '/';
  const file = resolveRendererFile(rendererDir, rawPath);
  if (file === null) return new Response('Not found', { status: 404, headers: securityHeaders });
  return new Response(await readFile(file), {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
  });
}

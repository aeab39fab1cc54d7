/**
 * The `app://pctopo/` origin the designer page is served from. A custom, standard, secure
 * scheme instead of file:// gives the page a real origin of its own (so the sender check and
 * the CSP's 'self' mean exactly "our bundle"), keeps file:// and its access to the whole disk
 * out of reach, and serves only files inside the renderer's build folder.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from './csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pctopo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, which must run before the app is ready. Vite's
 * build loads its bundle as `<script type="module" crossorigin>`, a CORS-mode request, which
 * Chromium only makes to CORS-enabled schemes; our responses carry no
 * Access-Control-Allow-Origin, so no other origin can read them.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

/**
 * Whether `url` is a page or asset of the app itself. Compared by scheme and host: WHATWG URL
 * gives non-special schemes an opaque "null" origin outside Chromium, so origins cannot be
 * compared here.
 */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `root` a request URL names, or null when the URL is not ours or would
 * leave `root` (encoded `..`, backslashes, NUL bytes, another host).
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = new URL(requestUrl);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = path.posix.normalize(pathname === '/' ? '/index.html' : pathname);
  if (relative.split('/').includes('..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${relative}`);
  return file.startsWith(base + path.sep) ? file : null;
}

export interface AssetReader {
  readFile(file: string): Promise<Uint8Array>;
}

const nodeReader: AssetReader = { readFile: (file) => fsp.readFile(file) };

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The handler given to protocol.handle(APP_SCHEME, …): read-only, GET only, inside `root` only. */
export function createAppProtocolHandler(root: string, reader: AssetReader = nodeReader) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppAsset(root, request.url);
    if (!file) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await reader.readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' },
    });
  };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppAsset,
} from '../../electron/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp.ts';

let root: string;
let outside: string;
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'pctopo-web-'));
  root = join(base, 'dist-web');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(outside, 'private');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('the app:// origin', () => {
  it('serves the entry page at app://pctopo/index.html', () => {
    expect(APP_ENTRY_URL).toBe('app://pctopo/index.html');
    expect(resolveAppAsset(root, 'app://pctopo/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://pctopo/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    ['an encoded parent folder', 'app://pctopo/%2e%2e/secret.txt'],
    ['an encoded slash and parent', 'app://pctopo/assets%2f..%2f..%2fsecret.txt'],
    ['a plain parent folder', 'app://pctopo/../secret.txt'],
  ])('never leaves the build folder for %s', (_what, url) => {
    const file = resolveAppAsset(root, url);
    expect(file === null || file.startsWith(join(root, '/'))).toBe(true);
  });

  it.each([
    ['a backslash', 'app://pctopo/assets%5c..%5c..%5csecret.txt'],
    ['a NUL byte', 'app://pctopo/index.html%00.js'],
    ['malformed escapes', 'app://pctopo/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('tells our pages from everything else', () => {
    expect(isAppUrl('app://pctopo/index.html')).toBe(true);
    expect(isAppUrl('app://pctopo.evil/index.html')).toBe(false);
    expect(isAppUrl('https://pctopo/index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('answers with the file, its type and the security headers', async () => {
    const handler = createAppProtocolHandler(root);
    const res = await handler(new Request('app://pctopo/assets/index-abc.js'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // No other origin may read what the app serves.
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 404 for a file outside the build or missing, and 405 for writes', async () => {
    const handler = createAppProtocolHandler(root);
    const escaped = await handler(new Request('app://pctopo/%2e%2e/secret.txt'));
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('private');
    expect((await handler(new Request('app://pctopo/missing.js'))).status).toBe(404);
    expect(
      (await handler(new Request('app://pctopo/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});

import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDesignerWindow, type BrowserWindowClass } from '../../electron/window.ts';
import { hardenContents, hardenSession, permissionAllowed } from '../../electron/hardening.ts';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from '../../electron/csp.ts';

function windowOptions(devTools = false): BrowserWindowConstructorOptions {
  let received: BrowserWindowConstructorOptions | undefined;
  class FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      received = options;
    }
  }
  createDesignerWindow(FakeWindow as unknown as BrowserWindowClass, {
    preloadPath: '/app/dist/electron/preload.cjs',
    title: 'Untitled - Persistent Chat Topology Designer',
    devTools,
  });
  return received!;
}

describe('the designer window', () => {
  it('isolates the page: context isolation and sandbox on, Node off everywhere', () => {
    expect(windowOptions().webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has developer tools only when asked (development builds)', () => {
    expect(windowOptions(false).webPreferences?.devTools).toBe(false);
    expect(windowOptions(true).webPreferences?.devTools).toBe(true);
  });

  it('is not shown before the page is ready, so no blank frame flashes', () => {
    expect(windowOptions().show).toBe(false);
  });
});

describe('what the page may not do', () => {
  function fakeContents() {
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, l: (e: { preventDefault(): void }) => void) => listeners.set(name, l),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => (openHandler = h),
    };
    const blocked: string[] = [];
    hardenContents(contents as any, (what) => blocked.push(what));
    const fire = (name: string) => {
      const preventDefault = vi.fn();
      listeners.get(name)!({ preventDefault });
      return preventDefault;
    };
    return { fire, openWindow: (url: string) => openHandler!({ url }), blocked };
  }

  it('cannot navigate away, be redirected or attach a webview', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate')).toHaveBeenCalled();
    expect(c.fire('will-redirect')).toHaveBeenCalled();
    expect(c.fire('will-attach-webview')).toHaveBeenCalled();
    expect(c.blocked).toEqual(['navigation', 'redirect', 'webview']);
  });

  it('cannot open windows, not even to our own origin', () => {
    const c = fakeContents();
    expect(c.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(c.openWindow('app://pctopo/index.html')).toEqual({ action: 'deny' });
  });

  it('gets no permission except writing text to the clipboard from our own page', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://pctopo/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'fullscreen',
    ]) {
      expect(permissionAllowed(p, 'app://pctopo/index.html')).toBe(false);
    }
  });

  it('installs the permission handlers, the CSP and a download block on the session', () => {
    let request: any;
    let check: any;
    let headers: any;
    let download: any;
    hardenSession({
      on: (_event, l) => (download = l),
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (l) => (headers = l) },
    });
    const stopDownload = vi.fn();
    download({ preventDefault: stopDownload });
    expect(stopDownload).toHaveBeenCalled();
    const granted = vi.fn();
    request(null, 'media', granted, { requestingUrl: 'app://pctopo/index.html' });
    expect(granted).toHaveBeenCalledWith(false);
    expect(check(null, 'notifications', 'app://pctopo')).toBe(false);
    const response = vi.fn();
    headers(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['kept'] } },
      response,
    );
    const sent = response.mock.calls[0]![0].responseHeaders;
    expect(sent['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(sent['content-security-policy']).toBeUndefined();
    expect(sent['X-Other']).toEqual(['kept']);
  });
});

describe('the content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
  });

  it('denies by default and closes frames, plugins, forms and <base>', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    for (const d of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directives[d]).toEqual(["'none'"]);
    }
  });

  it('lets no request leave the app', () => {
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('replaces a weaker policy from a response whatever the header case', () => {
    const out = withSecurityHeaders({
      'CONTENT-SECURITY-POLICY': 'default-src *',
      'x-content-type-options': 'x',
    });
    expect(Object.keys(out).filter((k) => k.toLowerCase() === 'content-security-policy')).toEqual([
      'Content-Security-Policy',
    ]);
    expect(out['X-Content-Type-Options']).toEqual(['nosniff']);
  });
});

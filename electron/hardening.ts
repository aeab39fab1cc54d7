/**
 * Everything the designer's web contents may not do: navigate anywhere, open windows, attach
 * webviews, or get permissions (camera, notifications, …). Applied to every web contents the
 * app ever creates, and to the default session, whose responses all carry the CSP.
 */
import { isAppUrl } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from './csp.ts';

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents touched here. */
export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's Session touched here. */
export interface SessionLike {
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * The only permission the page may use: writing plain text to the clipboard (copying a
 * finding). Everything else (media, geolocation, notifications, HID, serial, …) is refused.
 */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

export function hardenContents(
  contents: ContentsLike,
  onBlocked: (what: string) => void = () => undefined,
): void {
  // The designer is one page; any navigation (a dropped file, a link, a script) is refused.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    onBlocked('navigation');
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    onBlocked('redirect');
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview');
  });
  contents.setWindowOpenHandler(() => {
    onBlocked('new window');
    return { action: 'deny' };
  });
}

export function hardenSession(
  session: SessionLike,
  onBlocked: (what: string) => void = () => undefined,
): void {
  // Files leave the app only through the file API's dialogs and safe writes, never as a download.
  session.on('will-download', (event) => {
    event.preventDefault();
    onBlocked('download');
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  // Responses the app protocol does not produce itself (none today) still get the CSP.
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: {
        ...withSecurityHeaders(details.responseHeaders),
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    }),
  );
}

// Every global security hook of the Electron shell, in one place. main.ts
// imports this module first, so the hooks exist before any window or session.
// See Electron's security checklist and actualbudget/actual desktop-electron/security.ts.
import { app, protocol, session, type Session, type WebContents } from 'electron';

/** The renderer is served from app://werkagenda/ (see window.ts), never from file:// or http. */
export const appScheme = 'app';
export const appHost = 'werkagenda';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Our own files only: no inline script or style, no remote anything, no plugins, no framing. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Permissions the renderer may be granted. Deliberately empty: the app needs none. */
export const allowedPermissions: ReadonlySet<string> = new Set<string>();

/**
 * True only for a URL on our own app:// origin. Decided by parsing, never by
 * `includes`/`startsWith`, so `app://werkagenda.evil.example/`,
 * `app://werkagenda@evil/` or `https://evil/?app://werkagenda/` do not pass.
 */
export function isTrustedUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${appScheme}:` && parsed.hostname === appHost
    && parsed.port === '' && parsed.username === '' && parsed.password === '';
}

/** Navigation, redirects, new windows and <webview> are refused unless they stay on our origin. */
export function hardenWebContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny every permission not on the (empty) allow-list and put the CSP on every response. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(allowedPermissions.has(permission) && isTrustedUrl(webContents.getURL()));
  });
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    allowedPermissions.has(permission) && isTrustedUrl(requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // The app:// handler sets the CSP itself (window.ts); this covers anything else a session loads.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

let installed = false;

/** Runs once on import. Must happen before `app` is ready (the scheme registration requires it). */
export function installSecurity(): void {
  if (installed) return;
  installed = true;
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (ses) => hardenSession(ses));
  // Registered before main.ts's own whenReady callback, so it runs before any window exists.
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}

installSecurity();

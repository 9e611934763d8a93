import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './electron-fake';
import { FakeWebContents } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const security = await import('../../electron/security');
const { contentSecurityPolicy, isTrustedUrl, appEntryUrl } = security;

type Guard = (event: { url: string; preventDefault: () => void }) => void;

/** Fires a navigation-like event on hardened web contents; true when it was blocked. */
function blocked(contents: FakeWebContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  const listeners = contents.listeners.get(event) ?? [];
  expect(listeners.length).toBeGreaterThan(0);
  for (const listener of listeners) (listener as unknown as Guard)({ url, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

describe('isTrustedUrl', () => {
  it.each([
    'app://werkagenda/index.html',
    'app://werkagenda/',
    'app://werkagenda/agenda/1?tab=acties#knelpunten',
  ])('trusts our own origin: %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true);
  });

  it.each([
    'https://werkagenda/index.html',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://werkagenda.evil.example/index.html',
    'app://evil.example/?next=app://werkagenda/',
    'https://evil.example/app://werkagenda/index.html',
    'app://werkagenda@evil.example/',
    'app://user:pass@werkagenda/',
    'app://werkagenda:8080/',
    'app://other/index.html',
    'javascript:alert(1)//app://werkagenda/',
    'about:blank',
    'not a url',
    '',
  ])('does not trust %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('does not trust non-strings', () => {
    for (const value of [undefined, null, 42, {}, new URL('app://werkagenda/')]) expect(isTrustedUrl(value)).toBe(false);
  });

  it('trusts the entry URL the window loads', () => {
    expect(isTrustedUrl(appEntryUrl)).toBe(true);
  });
});

describe('content security policy', () => {
  const directives = new Map(contentSecurityPolicy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name ?? '', values] as const;
  }));

  it('allows only our own origin by default and for scripts and styles', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('has no unsafe-inline, unsafe-eval or wildcards', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });

  it('blocks plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('global hooks installed on import', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme before ready', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs only once', () => {
    security.installSecurity();
    expect(electron.app.count('web-contents-created')).toBe(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
  });

  describe('every web contents', () => {
    let contents: FakeWebContents;
    beforeAll(() => {
      contents = new FakeWebContents();
      electron.app.emit('web-contents-created', {}, contents);
    });

    it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other origins, allows our own', (event) => {
      expect(blocked(contents, event, 'https://evil.example/')).toBe(true);
      expect(blocked(contents, event, 'file:///etc/passwd')).toBe(true);
      expect(blocked(contents, event, 'app://werkagenda.evil.example/index.html')).toBe(true);
      expect(blocked(contents, event, 'app://werkagenda/index.html')).toBe(false);
      expect(blocked(contents, event, 'app://werkagenda/agenda/3')).toBe(false);
    });

    it('denies every new window, even to our own origin', () => {
      expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
      const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => { action: string };
      expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(handler({ url: 'app://werkagenda/index.html' })).toEqual({ action: 'deny' });
    });

    it('blocks <webview>', () => {
      expect(blocked(contents, 'will-attach-webview', 'app://werkagenda/index.html')).toBe(true);
    });
  });

  describe('the default session, once the app is ready', () => {
    const ses = electron.session.defaultSession;
    beforeAll(async () => {
      expect(ses.setPermissionRequestHandler).not.toHaveBeenCalled();
      electron.app.makeReady();
      await electron.app.whenReady();
      await Promise.resolve();
    });

    it('denies every permission request, also from our own page', () => {
      expect(ses.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
      const handler = ses.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
      const ours = new FakeWebContents();
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
        const callback = vi.fn();
        handler(ours, permission, callback);
        expect(callback).toHaveBeenCalledWith(false);
      }
    });

    it('answers every permission check with false', () => {
      const handler = ses.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, permission: string, origin: string) => boolean;
      expect(handler(null, 'media', 'app://werkagenda')).toBe(false);
      expect(handler(null, 'clipboard-read', 'https://evil.example')).toBe(false);
      const device = ses.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean;
      expect(device()).toBe(false);
    });

    it('puts the CSP on every response', () => {
      const listener = ses.webRequest.onHeadersReceived.mock.calls[0]![0] as (
        details: { responseHeaders: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void;
      const callback = vi.fn();
      listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
      expect(callback).toHaveBeenCalledWith({
        responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
      });
    });

    it('hardens sessions created later too', () => {
      const other = electron.createFakeSession();
      electron.app.emit('session-created', other);
      expect(other.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
      expect(other.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    });
  });
});

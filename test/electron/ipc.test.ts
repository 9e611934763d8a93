import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import * as electron from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const { invokeChannel, registerApi } = await import('../../electron/ipc');

type Handler = (event: { senderFrame: { url: string } | null }, channel: unknown, input: unknown) => Promise<Result<unknown>>;

function setup(invoke: (channel: string, input: unknown) => Promise<Result<unknown>> = async (channel, input) => ({ ok: true, value: { channel, input } })) {
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
  const core = { invoke: vi.fn(invoke) };
  const registration = registerApi(ipcMain, core);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  expect(ipcMain.handle.mock.calls[0]![0]).toBe('werkagenda:invoke');
  const handler = ipcMain.handle.mock.calls[0]![1] as Handler;
  return { ipcMain, core, registration, handler };
}

const fromApp = { senderFrame: { url: 'app://werkagenda/index.html' } };

describe('registerApi', () => {
  it('registers one handler on the werkagenda:invoke channel', () => {
    const { ipcMain, registration } = setup();
    expect(invokeChannel).toBe('werkagenda:invoke');
    registration.dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('werkagenda:invoke');
    // registerApi is handed ipcMain by main.ts; it never reaches for the global one.
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('passes a valid call from our window to the core and returns its Result', async () => {
    const { core, handler } = setup();
    const input = { id: '0b9a6b8e-5d4c-4f3e-9a2b-1c0d9e8f7a6b' };
    await expect(handler(fromApp, 'agenda.get', input)).resolves.toEqual({ ok: true, value: { channel: 'agenda.get', input } });
    expect(core.invoke).toHaveBeenCalledWith('agenda.get', input);
  });

  it('returns the core\'s error Result unchanged (the core validates the payload)', async () => {
    const error = { ok: false as const, error: { code: 'VALIDATION' as const, message: 'Ongeldige verwijzing.', field: 'id' } };
    const { handler } = setup(async () => error);
    await expect(handler(fromApp, 'agenda.get', { id: 'x' })).resolves.toEqual(error);
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://werkagenda.evil.example/index.html' } }],
    ['a file URL', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s without calling the core', async (_label, event) => {
    const { core, handler } = setup();
    const result = await handler(event, 'agenda.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNAUTHORIZED');
    expect(core.invoke).not.toHaveBeenCalled();
  });

  it.each(['agenda.drop', '', '__proto__', 'constructor', 'toString', 42, null, undefined, { channel: 'agenda.list' }])(
    'refuses unknown channel %j without calling the core',
    async (channel) => {
      const { core, handler } = setup();
      const result = await handler(fromApp, channel, {});
      expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Onbekende opdracht.' } });
      expect(core.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns an unexpected throw into an INTERNAL error without a stack trace', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handler } = setup(async () => {
      throw new Error('SQLITE_CORRUPT at /home/user/secret/path.ts:12');
    });
    const result = await handler(fromApp, 'agenda.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(JSON.stringify(result)).not.toContain('SQLITE_CORRUPT');
    }
    consoleError.mockRestore();
  });

  it('counts calls in flight; drain waits for them and then refuses new calls', async () => {
    const pending: Array<() => void> = [];
    const { core, handler, registration } = setup(() => new Promise((resolve) => pending.push(() => resolve({ ok: true, value: null }))));
    const first = handler(fromApp, 'agenda.list', {});
    const second = handler(fromApp, 'reference.get', {});
    await Promise.resolve();
    expect(registration.inFlight).toBe(2);

    let drained = false;
    const drain = registration.drain().then(() => {
      drained = true;
    });
    pending.shift()!();
    await first;
    await Promise.resolve();
    expect(drained).toBe(false);
    expect(registration.inFlight).toBe(1);

    pending.shift()!();
    await second;
    await drain;
    expect(drained).toBe(true);
    expect(registration.inFlight).toBe(0);

    const late = await handler(fromApp, 'agenda.list', {});
    expect(late.ok).toBe(false);
    expect(core.invoke).toHaveBeenCalledTimes(2);
  });

  it('drains at once when nothing is running', async () => {
    const { registration } = setup();
    await expect(registration.drain()).resolves.toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('web mode hands its token only to the printed address', () => {
  it('a browser without it gets a short Dutch page; the printed address opens the app and leaves no token in the address bar', async () => {
    const stranger = await app.browser.newContext({ locale: 'nl-NL' });
    const page = await stranger.newPage();
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(401);
    await page.getByRole('heading', { level: 1, name: 'Gebruik het adres dat bij het starten werd getoond' }).waitFor();
    expect(await page.content()).not.toContain(app.address.split('token=')[1]!);
    await expectAccessible(page, 'zonder toegangscode');
    await screenshot(page, 'web-zonder-toegangscode');

    await page.goto(app.address);
    await page.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();
    expect(page.url()).toBe(app.url);
    const cookies = await stranger.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // The page's scripts cannot read the token.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await stranger.close();
  });
});

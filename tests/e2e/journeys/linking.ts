import { expect, it } from 'vitest';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import { DEFAULT_SESSION } from '../../../sandbox/hub/server';
import type { Tab } from '../drivers/driver';
import { pollUntil } from '../drivers/poll';
import {
  clickButton,
  fieldValue,
  openPopup,
  testIdText,
  typeInto,
  visibleText,
  waitForStep,
  waitForText,
  walk,
} from './admin';
import { captureToken, ORG_HOME, startGuide } from './guide';
import type { JourneyWorld } from './world';

/** The extension APIs in its own pages (the popup), where evaluated callbacks run. */
declare const chrome: typeof ExtensionBrowser;

/** From a token in memory to a linked hub account: Connect, Fill hub form on both hub versions, hub first. */

/** The hub's form fields and their values, through the hub's open shadow root. */
export function hubFormValues(tab: Tab): Promise<Record<string, string>> {
  return tab.evaluate(() => {
    const values: Record<string, string> = {};
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement && element.name && element.closest('form')) {
          values[element.name] = element.value;
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    const hub = document.querySelector('stackone-hub');
    if (hub) visit(hub.shadowRoot ?? hub);
    return values;
  });
}

/** The vendor's page with the hub, once the hub shows its Okta form (what the admin sees before acting). */
export async function openHubPage(world: JourneyWorld, options: { legacy?: boolean } = {}): Promise<Tab> {
  const hubTab = await world.driver.open(world.hub.urls.embedded(options));
  await pollUntil(
    () => hubFormValues(hubTab),
    (values) => Object.keys(values).length > 0,
    { what: "the hub's Okta form", timeoutMs: 20_000 },
  );
  return hubTab;
}

/** The hub page's own status line, which shows the hub's `success` event. */
export function hubStatus(tab: Tab): Promise<string> {
  return tab.evaluate(() => document.getElementById('hub-status')?.textContent ?? '');
}

/** The admin clicks the hub's own Connect; the hub reports the account it created. */
async function clickHubConnect(world: JourneyWorld, hubTab: Tab): Promise<string> {
  await hubTab.bringToFront();
  await clickButton(hubTab, 'Connect');
  const status = await pollUntil(
    () => hubStatus(hubTab),
    (shown) => shown.startsWith('Connected: acc_'),
    { what: "the hub's success" },
  );
  expect(world.hub.accounts).toHaveLength(1);
  return status.slice('Connected: '.length);
}

/** Once linked, the extension holds the token nowhere, not even in memory. */
async function expectTokenGone(world: JourneyWorld, token: string): Promise<void> {
  await pollUntil(
    () => world.driver.readStorage(),
    (storage) => !JSON.stringify(storage).includes(token),
    { what: 'the token to be wiped' },
  );
}

/** The address of the tab in front, as the extension sees it. */
function activeTabUrl(world: JourneyWorld): Promise<string> {
  return world.driver.inExtension(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.url ?? '';
  });
}

/** Opens the hub page and, from the popup on its tab, takes its session as the admin would. */
export async function useHubSession(world: JourneyWorld): Promise<Tab> {
  const hubTab = await openHubPage(world);
  const popup = await openPopup(world.driver, hubTab);
  await clickButton(popup, 'Use hub session from this tab');
  await pollUntil(
    () => testIdText(popup, 'hub-session'),
    (shown) => shown?.includes(world.hub.backendOrigin) ?? false,
    { what: 'the hub session in the popup' },
  );
  // The session is a secret too: the popup shows it masked.
  expect(await testIdText(popup, 'hub-session')).not.toContain(DEFAULT_SESSION);
  await popup.close();
  return hubTab;
}

export function linkingJourneys(world: () => JourneyWorld): void {
  it('a hub address with a port is saved in the options page', async () => {
    const w = world();
    const options = await w.driver.openExtensionPage('options.html');
    // The loopback sandbox: an origin with a port, as http://localhost:3000 or https://hub.example.com:8443 are.
    await typeInto(options, 'Hub API base URL', w.hub.backendOrigin);
    await clickButton(options, 'Save');
    await waitForText(options, 'Saved.');
    const storage = await w.driver.readStorage();
    expect((storage.local.settings as { hubApiBaseUrl: string }).hubApiBaseUrl).toBe(w.hub.backendOrigin);
  });

  it('Connect: the guide captures the token, the popup links it with the hub session: one account', async () => {
    const w = world();
    const okta = await startGuide(w, ORG_HOME);
    await walk(okta, 'token-captured');
    const token = w.okta.createdTokens.at(-1)?.token ?? '';
    await useHubSession(w);

    const popup = await openPopup(w.driver, okta);
    await typeInto(popup, 'Event Hook Name (optional)', 'Acme provisioning');
    await clickButton(popup, 'Connect');
    await waitForText(popup, 'Connected', 20_000);
    const accountId = await testIdText(popup, 'account-id');
    expect(w.hub.accounts.map((account) => account.id)).toEqual([accountId]);
    // The hub UI on the sandbox page calls the backend too, always with its page's origin; the extension's
    // background sends its own origin (moz-extension://<uuid> in Firefox) or none.
    const extensionCalls = () =>
      w.hub.requests.filter((r) =>
        [undefined, w.driver.extensionOrigin].includes(r.headers.origin as string),
      );
    expect(extensionCalls().map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /hub/connectors?provider=okta',
      'GET /hub/connectors/int_okta_01',
      'POST /hub/accounts',
    ]);
    const post = extensionCalls().at(-1);
    expect(post?.headers.origin).toBe(w.driver.extensionOrigin);
    expect(post?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);
    expect(post?.body).toEqual({
      integration_id: 'int_okta_01',
      credentials: { okta_domain: 'acme.okta.com', api_token: token, event_hook_name: 'Acme provisioning' },
    });
    // The token is wiped, and the guide on the Okta tab says the org is linked.
    await okta.bringToFront();
    await waitForStep(okta, 'linked');
    await expectTokenGone(w, token);

    // A late click (another popup left open) has nothing to send and leaves the link as it is.
    const late = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'popup:connect' }));
    expect(late).toMatchObject({ status: 'linked' });
    expect(await testIdText(popup, 'account-id')).toBe(accountId);
    expect(w.hub.accounts).toHaveLength(1);
  });

  for (const legacy of [false, true]) {
    it(`Fill hub form on hub ${legacy ? '1.10.1 (legacy)' : '1.11.4'}: the extension fills the hub's form, the hub's Connect links`, async () => {
      const w = world();
      const { token } = await captureToken(w);
      const hubTab = await openHubPage(w, { legacy });
      const popup = await openPopup(w.driver, hubTab);
      await pollUntil(
        () => testIdText(popup, 'fill-finding'),
        (finding) => finding?.includes('Okta form with 3 fields') ?? false,
        { what: "the popup to find the hub's Okta form", timeoutMs: 20_000 },
      );
      expect(await testIdText(popup, 'fill-origin')).toBe(w.hub.appOrigin);
      await clickButton(popup, 'Fill hub form');
      await pollUntil(
        () => testIdText(popup, 'fill-result'),
        (result) => /^Filled \d fields?: /.test(result ?? ''),
        { what: 'the fill result' },
      );
      expect(await hubFormValues(hubTab)).toMatchObject({ okta_domain: 'acme.okta.com', api_token: token });

      const accountId = await clickHubConnect(w, hubTab);
      const credentials = { okta_domain: 'acme.okta.com', api_token: token };
      expect(w.hub.accounts[0]?.credentials).toEqual(credentials);
      const posts = w.hub.requests.filter((r) => r.method === 'POST' && r.path === '/hub/accounts');
      expect(posts.map((post) => post.body)).toEqual([{ integration_id: 'int_okta_01', credentials }]);
      // The hub has the token now: the extension says so and forgets it.
      await popup.bringToFront();
      await pollUntil(
        () => testIdText(popup, 'account-id'),
        (shown) => shown === accountId,
        { what: 'the popup to show the account' },
      );
      expect(await visibleText(popup)).not.toContain(token);
      await expectTokenGone(w, token);
    });
  }

  it('hub first: Get token from Okta opens the Tokens page, the token comes back into the hub form, the hub links', async () => {
    const w = world();
    // The admin has been on the org before: the extension saw it (its popup showed it there).
    const seenOrg = await w.driver.open(ORG_HOME);
    await (await openPopup(w.driver, seenOrg)).close();
    await seenOrg.close();

    const hubTab = await openHubPage(w);
    const popup = await openPopup(w.driver, hubTab);
    await pollUntil(
      () => fieldValue(popup, 'Okta org'),
      (value) => value === 'acme.okta.com',
      { what: 'the popup to offer the org it saw' },
    );
    await clickButton(popup, 'Get token from Okta');
    const okta = await w.driver.waitForTab((url) => url.startsWith('http://acme-admin.okta.com/'));
    // The extension put the Okta tab in front: the admin did not switch.
    await pollUntil(
      () => activeTabUrl(w),
      (url) => url.startsWith('http://acme-admin.okta.com/'),
      { what: 'the Okta tab in front' },
    );
    const seen = await walk(okta, 'token-captured');
    expect(seen[0]).toBe('submit-token'); // the guide opened Okta's dialog for the admin
    const token = w.okta.createdTokens.at(-1)?.token ?? '';
    // The extension brings the hub tab back with its Okta form filled; the admin clicks the hub's Connect.
    await pollUntil(
      () => activeTabUrl(w),
      (url) => url.startsWith(w.hub.appOrigin),
      { what: 'the hub tab to be brought back' },
    );
    await pollUntil(
      () => hubFormValues(hubTab),
      (values) => values.api_token === token,
      { what: "the hub's form to be filled" },
    );
    expect(await hubFormValues(hubTab)).toMatchObject({ okta_domain: 'acme.okta.com' });
    await clickHubConnect(w, hubTab);
    expect(w.hub.accounts[0]?.credentials).toMatchObject({ api_token: token });
    await expectTokenGone(w, token);
  });
}

import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { DEFAULT_SESSION, type RecordedRequest } from '../../sandbox/hub/server';
import { masked } from './journeys/guide';
import { useWorld, type World } from './support/env';
import {
  CONNECT_CALLS,
  extensionHubCalls,
  pasteTokenInPopup,
  readExtensionStorage,
  stopServiceWorker,
  takeHubSessionFromTab,
  useHubSessionInPopup,
} from './support/extension';

/*
 * "Connect from the popup" (issue 4), end to end: the built extension in Chromium, the Okta org replica,
 * the real hub UI pages (where the hub session is found) and the stub hub backend (which records every
 * call and creates the accounts). Everything is checked as the admin or the hub would notice it.
 */

/** The extension APIs as seen in its own pages, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

const OKTA_TOKENS_PAGE = 'http://acme-admin.okta.com/admin/access/api/tokens';

describe('Connect from the popup', () => {
  const currentWorld = useWorld();
  let world: World;
  let extensionOrigin: string;
  beforeEach(() => {
    world = currentWorld();
    extensionOrigin = `chrome-extension://${world.extensionId}`;
  });

  /** A value shaped like an Okta API token (`00` + 40), different in every test, swept for after it. */
  function fakeOktaToken(): string {
    const token = `00${randomBytes(40).toString('base64url').slice(0, 40)}`;
    world.secrets.add(token);
    // A live token of acme's, as the admin's would be: the hub checks it with Okta.
    world.okta.issueToken('acme.okta.com', token);
    return token;
  }

  const extensionCalls = () => extensionHubCalls(world);

  function accountPosts(): RecordedRequest[] {
    return extensionCalls().filter((r) => r.method === 'POST' && r.path === '/hub/accounts');
  }

  /** The popup on an Okta tab, with a token pasted as the admin would. */
  async function oktaTabWithPastedToken(token = fakeOktaToken()) {
    const okta = await world.open(OKTA_TOKENS_PAGE);
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, token);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
    return { okta, token };
  }

  async function connectFrom(okta: Page): Promise<Page> {
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Connect' }).click();
    return popup;
  }

  /** Sends exactly what a click on Connect sends, from an extension page (e.g. a popup left open). */
  function sendConnectClick(page: Page): Promise<{ status: string; kind?: string }> {
    return page.evaluate(() => chrome.runtime.sendMessage({ type: 'popup:connect' })) as Promise<{
      status: string;
      kind?: string;
    }>;
  }

  async function expectConnected(popup: Page): Promise<string> {
    await popup.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
    const accountId = (await popup.getByTestId('account-id').textContent()) ?? '';
    expect(world.hub.accounts.map((account) => account.id)).toEqual([accountId]);
    return accountId;
  }

  /** The token is nowhere but in memory while held, and nowhere at all once linked. */
  async function expectTokenOnlyInMemory(token: string, { held }: { held: boolean }) {
    const storage = await readExtensionStorage(world.context);
    expect(JSON.stringify(storage.local)).not.toContain(token);
    expect(JSON.stringify(storage.sync)).not.toContain(token);
    if (held) expect(JSON.stringify(storage.session)).toContain(token);
    else expect(JSON.stringify(storage.session)).not.toContain(token);
    expect(world.secrets.consoleOutput().join('\n')).not.toContain(token);
  }

  it.each([
    {
      shape: 'legacy',
      fields: 'standard',
      credentials: (token: string) => ({ okta_domain: 'acme.okta.com', api_token: token }),
    },
    {
      shape: 'falcon',
      fields: 'url',
      credentials: (token: string) => ({ okta_domain_url: 'https://acme.okta.com', api_token: token }),
    },
    {
      shape: 'legacy',
      fields: 'subdomain',
      credentials: (token: string) => ({ subdomain: 'acme', token }),
    },
    {
      shape: 'falcon',
      fields: 'unknown-keys',
      credentials: (token: string) => ({ okta_tenant_host: 'acme.okta.com', svc_credential: token }),
    },
  ] as const)(
    'fills a $shape config with $fields fields under its own keys, in the form each wants',
    async ({ shape, fields, credentials }) => {
      world.hub.setConnector({ shape, fields });
      const { okta, token } = await oktaTabWithPastedToken();
      await takeHubSessionFromTab(world, world.hub.urls.embedded());
      const popup = await connectFrom(okta);
      await expectConnected(popup);
      expect(accountPosts().map((post) => post.body)).toEqual([
        { integration_id: 'int_okta_01', credentials: credentials(token) },
      ]);
      await expectTokenOnlyInMemory(token, { held: false });
    },
  );

  it('links from the popup on the hub tab, right after taking its session: no trip back to Okta', async () => {
    const { okta, token } = await oktaTabWithPastedToken();
    await okta.close();
    const popup = await takeHubSessionFromTab(world, world.hub.urls.embedded(), { keepTab: true });
    expect(await popup.getByTestId('masked-token').textContent()).toBe(masked(token));
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expectConnected(popup);
    expect(accountPosts().map((post) => post.body)).toEqual([
      { integration_id: 'int_okta_01', credentials: { okta_domain: 'acme.okta.com', api_token: token } },
    ]);
    await expectTokenOnlyInMemory(token, { held: false });
  });

  it('takes the session from an auth-link tab and shows which hub and session it will use', async () => {
    const { okta, token } = await oktaTabWithPastedToken();
    const popup = await takeHubSessionFromTab(world, world.hub.urls.authLink());
    const shown = await popup.getByTestId('hub-session').textContent();
    expect(shown).toContain(world.hub.backendOrigin);
    expect(shown).toContain('hub-…demo');
    expect(shown).not.toContain(DEFAULT_SESSION);
    await expectConnected(await connectFrom(okta));
    expect(accountPosts()[0]?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);
    await expectTokenOnlyInMemory(token, { held: false });
  });

  it('takes the session from an auth-link URL pasted into the popup, for the hub API set in the options', async () => {
    const options = await world.open(`${extensionOrigin}/options.html`);
    await options.getByLabel('Hub API base URL').fill(world.hub.backendOrigin);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();

    const { okta, token } = await oktaTabWithPastedToken();
    const popup = await world.popupFor(okta);
    for (const unusable of ['https://', world.hub.urls.plain()]) {
      await popup.getByLabel('Hub session or hub link').fill(unusable);
      await popup.getByRole('button', { name: 'Use session' }).click();
      await expect
        .poll(() => popup.getByRole('alert').textContent())
        .toContain('This link carries no hub session');
    }
    expect(await popup.getByTestId('hub-session').count()).toBe(0);
    await popup.getByLabel('Hub session or hub link').fill(world.hub.urls.authLink());
    await popup.getByRole('button', { name: 'Use session' }).click();
    await expect
      .poll(() => popup.getByTestId('hub-session').textContent())
      .toContain(world.hub.backendOrigin);
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expectConnected(popup);
    expect(accountPosts()[0]?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);
    await expectTokenOnlyInMemory(token, { held: false });
  });

  it("does not take another site's ?token= from a page that does not show the hub", async () => {
    const page = await world.open(`${world.hub.urls.plain()}?token=${DEFAULT_SESSION}`);
    const popup = await world.popupFor(page);
    await useHubSessionInPopup(popup);
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('No hub session on this tab');
    expect(await popup.getByTestId('hub-session').count()).toBe(0);
    expect((await readExtensionStorage(world.context)).session.hubSession ?? null).toBeNull();
  });

  it('a token captured after a link can be linked too', async () => {
    const { okta } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    await expectConnected(await connectFrom(okta));
    const next = fakeOktaToken();
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, next);
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => world.hub.accounts.length, { timeout: 15_000 }).toBe(2);
    await popup.getByText('Connected', { exact: true }).waitFor();
    expect(await popup.getByTestId('account-id').textContent()).toBe(world.hub.accounts[1]?.id);
    expect(world.hub.accounts[1]?.credentials).toMatchObject({ api_token: next });
  });

  it('opens without calling the hub: nothing reaches the backend until Connect', async () => {
    const { okta } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    const before = extensionCalls().length;
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Connect' }).waitFor();
    const clickedAt = Date.now();
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expectConnected(popup);
    // The hub's record, read after the click's own requests arrived (the positive control): every request since
    // the popup opened came after the click, and they are exactly what Connect sends.
    const since = extensionCalls().slice(before);
    expect(since.filter((request) => request.receivedAt < clickedAt)).toEqual([]);
    expect(since.map((request) => `${request.method} ${request.path}`)).toEqual(CONNECT_CALLS);
  });

  it('asks which Okta integration to use when the hub offers several', async () => {
    world.hub.setConnector({ integrations: 2 });
    const { okta } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    const popup = await connectFrom(okta);
    const choice = popup.getByRole('radio', { name: 'Okta (EU cell)' });
    await choice.waitFor();
    expect(await popup.getByRole('button', { name: 'Connect' }).isDisabled()).toBe(true);
    await choice.check();
    expect(world.hub.accounts).toEqual([]);
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expectConnected(popup);
    expect(accountPosts().map((post) => (post.body as { integration_id: string }).integration_id)).toEqual([
      'int_okta_02',
    ]);
  });

  it('a hub offering Okta\'s OAuth 2.0 and API Key (both named Okta): links the API Key one, no "pick one"', async () => {
    world.hub.setConnector({ authMethods: 'both' });
    const { okta, token } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    const popup = await connectFrom(okta);
    await expectConnected(popup);
    expect(await popup.getByRole('radio').count()).toBe(0);
    expect(accountPosts().map((post) => post.body)).toEqual([
      { integration_id: 'int_okta_01', credentials: { okta_domain: 'acme.okta.com', api_token: token } },
    ]);
    // The OAuth 2.0 form was read, and nothing was sent to it.
    expect(extensionCalls().some((call) => call.path === '/hub/connectors/int_okta_oauth')).toBe(true);
  });

  it('a hub whose form asks for the method first: Connect chooses API Key', async () => {
    world.hub.setConnector({ authMethods: 'chooser' });
    const { okta, token } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    await expectConnected(await connectFrom(okta));
    expect(world.hub.accounts[0]?.credentials).toEqual({
      auth_method: 'api_key',
      okta_domain: 'acme.okta.com',
      api_token: token,
    });
  });

  it("after switching to another hub session the popup forgets the previous hub's list and asks the new hub", async () => {
    const other = 'other-vendor-hub-session';
    world.hub.sessions.add(other);
    world.hub.setConnector({ integrations: 2 }); // the first hub: two Okta integrations
    world.hub.setConnector({ integrations: 1 }, { session: other }); // the second hub: one
    const { okta } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    const popup = await connectFrom(okta);
    await popup.getByRole('radio', { name: 'Okta (EU cell)' }).waitFor();

    // The admin takes the session of another hub's page.
    const hubTab = await world.open(world.hub.urls.embedded({ session: other }));
    await hubTab.locator('stackone-hub').waitFor({ state: 'attached' });
    const hubPopup = await world.popupFor(hubTab);
    await useHubSessionInPopup(hubPopup);
    await expect.poll(() => hubPopup.getByTestId('hub-session').textContent()).toContain('othe…sion');
    await expect.poll(() => hubPopup.getByRole('radio').count()).toBe(0);

    // The popup left open on Okta follows: no list, and Connect asks the new hub.
    await expect.poll(() => popup.getByRole('radio').count()).toBe(0);
    const before = world.hub.requests.length;
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expectConnected(popup);
    const asked = world.hub.requests.slice(before).filter((call) => call.method !== 'OPTIONS');
    expect(new Set(asked.map((call) => call.headers['x-hub-session-token']))).toEqual(new Set([other]));
    expect(accountPosts().map((post) => (post.body as { integration_id: string }).integration_id)).toEqual([
      'int_okta_01',
    ]);
  });

  describe('faults: a clear message, the token still held, nothing sent twice', () => {
    /** Connects and waits for the popup's error; the token must still be held afterwards. */
    async function connectExpectingError(okta: Page, token: string): Promise<{ popup: Page; error: string }> {
      const popup = await connectFrom(okta);
      const alert = popup.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      const error = (await alert.innerText()).trim();
      expect(await popup.getByTestId('masked-token').textContent()).toBe(masked(token));
      expect(error).toContain('Your token is still held');
      expect(world.hub.accounts).toEqual([]);
      await expectTokenOnlyInMemory(token, { held: true });
      return { popup, error };
    }

    async function readyToConnect() {
      const ready = await oktaTabWithPastedToken();
      await takeHubSessionFromTab(world, world.hub.urls.embedded());
      return ready;
    }

    it('an expired hub session: says so and how to get a fresh one; a fresh session then links', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.sessions.clear(); // the session expired at the hub
      const { popup, error } = await connectExpectingError(okta, token);
      expect(error).toMatch(/hub session expired or invalid/i);
      expect(error).toContain('Open the hub again to get a fresh session');
      expect(accountPosts()).toEqual([]);

      world.hub.sessions.add('hub-session-fresh');
      await takeHubSessionFromTab(world, world.hub.urls.embedded({ session: 'hub-session-fresh' }));
      await popup.bringToFront();
      await popup.getByRole('button', { name: 'Connect' }).click();
      await expectConnected(popup);
      expect(accountPosts().map((post) => post.headers['x-hub-session-token'])).toEqual([
        'hub-session-fresh',
      ]);
    });

    it('a 403 on the account request counts as an invalid session', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'POST', path: '/hub/accounts', status: 403 });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toMatch(/hub session expired or invalid \(403\)/i);
      expect(accountPosts()).toHaveLength(1);
    });

    it.each([400, 422])("a %i shows the hub's message and the provider's response", async (status) => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({
        method: 'POST',
        path: '/hub/accounts',
        status,
        body: {
          statusCode: status,
          message: 'Okta rejected the API token',
          provider_response: 'E0000011: Invalid token provided',
        },
      });
      const { popup, error } = await connectExpectingError(okta, token);
      expect(error).toContain('Okta rejected the API token');
      expect(error.split('E0000011: Invalid token provided')).toHaveLength(2); // shown, and once
      expect(accountPosts()).toHaveLength(1);
      // Nothing was lost: once the cause is fixed, the same token links.
      await popup.getByRole('button', { name: 'Connect' }).click();
      await expectConnected(popup);
    });

    it('a 429 is retried after the Retry-After the hub asked for, then links once', async () => {
      const { okta } = await readyToConnect();
      world.hub.failNext({ method: 'POST', path: '/hub/accounts', retryAfterSeconds: 2 });
      await expectConnected(await connectFrom(okta));
      const [refused, retried] = accountPosts();
      expect(accountPosts()).toHaveLength(2);
      // Measured where Retry-After applies, between the hub's 429 and the next try as the hub received them
      // (the backoff alone would have waited at most 0.5 s); the popup's opening is not in it.
      expect((retried?.receivedAt ?? 0) - (refused?.receivedAt ?? 0)).toBeGreaterThanOrEqual(2000);
    });

    it('a 429 that does not end: a bounded number of tries, then a clear error', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'GET', path: '/hub/connectors', retryAfterSeconds: 1, times: 10 });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('The hub is limiting requests (429, 3 attempts)');
      expect(extensionCalls().filter((r) => r.path === '/hub/connectors?provider=okta')).toHaveLength(3);
    });

    it.each([
      ['GET', '/hub/connectors?provider=okta'],
      ['GET', '/hub/connectors/int_okta_01'],
      ['POST', '/hub/accounts'],
    ])('%s %s answering 503 twice: retried with backoff, then links once', async (method, path) => {
      const { okta } = await readyToConnect();
      world.hub.failNext({ method, path, status: 503, times: 2 });
      await expectConnected(await connectFrom(okta));
      expect(extensionCalls().filter((r) => r.method === method && r.path === path)).toHaveLength(3);
      expect(accountPosts()).toHaveLength(method === 'POST' ? 3 : 1);
    });

    it('a hub that stays unavailable: three tries, then a clear error', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'GET', path: '/hub/connectors', status: 502, times: 10 });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('The hub is not available right now (502, 3 attempts)');
    });

    it('a 500 on the account request is not repeated: the admin is told to check the hub', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'POST', path: '/hub/accounts', status: 500 });
      const { popup, error } = await connectExpectingError(okta, token);
      expect(error).toContain('may have created the account anyway');
      expect(accountPosts()).toHaveLength(1);
      expect(await popup.getByRole('button', { name: 'Connect' }).isDisabled()).toBe(true);
    });

    it('a hub that does not answer in time is asked again, and the retry links', async () => {
      const { okta } = await readyToConnect();
      world.hub.failNext({ method: 'GET', path: '/hub/connectors?provider=okta', hang: true });
      const popup = await connectFrom(okta);
      await popup.getByText('Connected', { exact: true }).waitFor({ timeout: 25_000 });
      expect(extensionCalls().filter((r) => r.path === '/hub/connectors?provider=okta')).toHaveLength(2);
      expect(world.hub.accounts).toHaveLength(1);
    }, 40_000);

    it('an account request that gets no answer is not sent again: the outcome is reported as unknown', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'POST', path: '/hub/accounts', hang: true });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('The hub may have created the account');
      expect(error).toContain('no answer came within 15 s');
      expect(accountPosts()).toHaveLength(1);
    }, 40_000);

    it('a connection reset on a read is retried, and the retry links', async () => {
      const { okta } = await readyToConnect();
      world.hub.failNext({ method: 'GET', path: '/hub/connectors?provider=okta', reset: true });
      const popup = await connectFrom(okta);
      await popup.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
      expect(extensionCalls().filter((r) => r.path === '/hub/connectors?provider=okta')).toHaveLength(2);
      expect(world.hub.accounts).toHaveLength(1);
    });

    it('an account the hub created but whose answer was lost: one account, reported as unknown, token kept, no resend', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({ method: 'POST', path: '/hub/accounts', succeedThenDrop: true });
      const popup = await connectFrom(okta);
      const alert = popup.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.innerText()).toContain('The hub may have created the account');
      expect(await popup.getByTestId('masked-token').textContent()).toBe(masked(token));
      expect(world.hub.accounts).toHaveLength(1);
      expect(accountPosts()).toHaveLength(1);
      expect(await popup.getByRole('button', { name: 'Connect' }).isDisabled()).toBe(true);
      await expectTokenOnlyInMemory(token, { held: true });
    });

    it('malformed JSON: names what was wrong', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({
        method: 'GET',
        path: '/hub/connectors?provider=okta',
        status: 200,
        rawBody: '{"integrations": [',
      });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('GET /hub/connectors');
      expect(error).toContain('not JSON');
    });

    it('an answer of an unexpected shape: names the part that was wrong', async () => {
      const { okta, token } = await readyToConnect();
      world.hub.failNext({
        method: 'GET',
        path: '/hub/connectors/int_okta_01',
        status: 200,
        body: {
          config: { key: 'okta', name: 'Okta', type: 'custom', configFields: [{ label: 'Okta Domain URL' }] },
        },
      });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('GET /hub/connectors/int_okta_01');
      expect(error).toMatch(/configFields\[0\]\.key is missing/);
      expect(accountPosts()).toEqual([]);
    });

    it('a required hub field the extension cannot fill is named, and nothing is sent', async () => {
      const { okta, token } = await readyToConnect();
      const [domain, apiToken] = world.hub.fields();
      world.hub.failNext({
        method: 'GET',
        path: '/hub/connectors/int_okta_01',
        status: 200,
        body: {
          config: {
            key: 'okta',
            name: 'Okta',
            type: 'custom',
            configFields: [
              domain,
              apiToken,
              {
                key: 'region_code',
                label: 'Data Residency Region',
                type: 'text',
                required: true,
                readOnly: false,
                secret: false,
                placeholder: 'eu-1',
              },
            ],
          },
          hub_settings: {},
        },
      });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('Data Residency Region');
      expect(accountPosts()).toEqual([]);
    });

    it("a hub field whose rule our value does not meet is named with the hub's own rule, and nothing is sent", async () => {
      const { okta, token } = await readyToConnect();
      const [domain, apiToken] = world.hub.fields();
      const euOnly = {
        ...domain,
        validation: {
          type: 'html-pattern',
          pattern: '^[a-z0-9-]+\\.okta-emea\\.com$',
          error: 'Enter an org of the EU cell, e.g. your-org.okta-emea.com',
        },
      };
      world.hub.failNext({
        method: 'GET',
        path: '/hub/connectors/int_okta_01',
        status: 200,
        body: { config: { key: 'okta', name: 'Okta', type: 'custom', configFields: [euOnly, apiToken] } },
      });
      const { error } = await connectExpectingError(okta, token);
      expect(error).toContain('would not accept');
      expect(error).toContain('Okta Domain URL');
      expect(error).toContain('Enter an org of the EU cell, e.g. your-org.okta-emea.com');
      expect(accountPosts()).toEqual([]);
    });
  });

  it('a double click sends one account request and creates one account', async () => {
    const { okta, token } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    world.hub.failNext({ method: 'POST', path: '/hub/accounts', delayMs: 1500 });
    const popup = await world.popupFor(okta);
    const connect = popup.getByRole('button', { name: 'Connect' });
    await connect.waitFor();
    // Two clicks in one task: the second lands before the popup can re-render the button disabled.
    await connect.evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await expectConnected(popup);
    await popup.waitForTimeout(500);
    expect(accountPosts()).toHaveLength(1);
    expect(world.hub.accounts).toHaveLength(1);
    await expectTokenOnlyInMemory(token, { held: false });
  });

  it('a service worker stopped mid-request: at most one account, the outcome reported as unknown, no silent resend', async () => {
    const { okta, token } = await oktaTabWithPastedToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    world.hub.failNext({ method: 'POST', path: '/hub/accounts', delayMs: 2000 });
    const popup = await connectFrom(okta);
    await popup.getByText('Linking…').waitFor();
    await expect.poll(() => accountPosts().length).toBe(1);
    await stopServiceWorker(world.context, world.extensionId);

    // The admin clicks Connect again right away (this is the message a click sends): the restarted
    // worker must see the interrupted request, not a fresh start. (The case where that click is the
    // very event that wakes the worker is covered in utils/background/link-service.test.ts: here the helper's
    // own tab events wake it first.)
    const again = await sendConnectClick(popup);
    expect(again).toMatchObject({ status: 'failed', kind: 'outcome-unknown' });

    // Both the popup that was waiting and a reopened one say so, with the token still held.
    for (const shown of [popup, await world.popupFor(okta)]) {
      await expect
        .poll(() => shown.getByRole('alert').innerText(), { timeout: 10_000 })
        .toContain('interrupted before the hub answered');
      expect(await shown.getByText('Linking…').count()).toBe(0);
      expect(await shown.getByTestId('masked-token').textContent()).toBe(masked(token));
      expect(await shown.getByRole('button', { name: 'Connect' }).isDisabled()).toBe(true);
    }
    await popup.waitForTimeout(2500); // past the hub's delay: whatever it was going to do is done
    expect(world.hub.accounts.length).toBeLessThanOrEqual(1);
    expect(accountPosts()).toHaveLength(1);

    // Only once the admin says they checked the hub is a new request sent.
    const reopened = await world.popupFor(okta);
    const accountsBefore = world.hub.accounts.length;
    await reopened.getByRole('button', { name: 'I checked the hub: link again anyway' }).click();
    await reopened.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
    expect(accountPosts()).toHaveLength(2);
    expect(world.hub.accounts).toHaveLength(accountsBefore + 1);
    await expectTokenOnlyInMemory(token, { held: false });
  });
});

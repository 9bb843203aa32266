/*
 * "Fill hub form" end to end: the built extension in real Chromium fills the REAL hub web component
 * (@stackone/hub 1.11.4 and hub-legacy 1.10.1) on the sandbox's vendor page; the admin then clicks the hub's
 * own Connect and the stub backend receives the account. Pages that hide, fade or cover the form, or frame
 * the hub, are refused with the reason; nothing is filled without the click.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import type { ConfigShape, EmbeddedPageOptions, FieldVariant } from '../../sandbox/hub/server';
import { useWorld } from './support/env';
import { pasteTokenInPopup, readExtensionStorage, resetExtensionState, tabIdOf } from './support/extension';
import { hubFormValues as formValues, hubConnectPointer, hubField } from './support/hub-form';

/** The extension APIs as seen in its own pages, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

const TOKEN = '00Fh7Qz2Lm9Xc4Vb8Nw1Rt6Yp3Ks5Jd0Ga2He4Ui_-';
const ORG_HOST = 'acme.okta.com';
const FILL = 'Fill hub form';

const currentWorld = useWorld();
let world: ReturnType<typeof currentWorld>;

beforeEach(async () => {
  world = currentWorld();
  await pasteToken();
});

/** Holds a token as the admin would without walking the guide: pasted in the popup on an Okta tab. */
async function pasteToken(): Promise<void> {
  world.secrets.add(TOKEN);
  world.okta.issueToken('acme.okta.com', TOKEN);
  const okta = await world.open(`http://acme-admin.okta.com/admin/dashboard`);
  const popup = await world.popupFor(okta);
  await pasteTokenInPopup(popup, TOKEN);
  await popup.getByTestId('masked-token').waitFor();
  await popup.close();
  await okta.close();
}

/** The hub page with the hub's Okta form on screen, and the popup acting on its tab. */
async function openHubWithPopup(options: EmbeddedPageOptions = {}) {
  const page = await world.open(world.hub.urls.embedded(options));
  await hubField(page).first().waitFor({ timeout: 20_000 });
  const popup = await world.popupFor(page);
  return { page, popup };
}

function hubConnect(page: Page) {
  return page.getByRole('button', { name: 'Connect', exact: true });
}

const accountPosts = () =>
  world.hub.requests.filter((request) => request.method === 'POST' && request.path === '/hub/accounts');

async function expectFinding(popup: Page, text: string) {
  await expect
    .poll(() => popup.getByTestId('fill-finding').textContent(), { timeout: 20_000 })
    .toContain(text);
}

/**
 * Clicks "Fill hub form", then the hub's own Connect; returns the account the stub backend created.
 * `afterFill` looks at the popup between the two (once linked, the popup shows Connected instead).
 */
async function fillAndConnect(page: Page, popup: Page, afterFill?: () => Promise<void>) {
  await popup.getByRole('button', { name: FILL }).click();
  await expect.poll(() => popup.getByTestId('fill-result').textContent()).toMatch(/^Filled \d fields?: /);
  await afterFill?.();
  await page.bringToFront();
  // The page points at the hub's own Connect; the admin clicks the hub's button, not ours.
  await expect.poll(() => hubConnectPointer(page).textContent()).toBe('Click Connect to finish');
  await expect.poll(() => hubConnect(page).isEnabled(), { timeout: 5_000 }).toBe(true);
  await hubConnect(page).click();
  await expect
    .poll(() => page.locator('#hub-status').textContent(), { timeout: 10_000 })
    .toMatch(/^Connected: acc_/);
  await expect.poll(() => page.locator('okta-link-hub-pointer').count()).toBe(0);
  expect(accountPosts()).toHaveLength(1);
  expect(world.hub.accounts).toHaveLength(1);
  const account = world.hub.accounts[0] as (typeof world.hub.accounts)[number];
  // The hub has the token now: the extension says so and forgets it.
  await expect.poll(() => popup.getByTestId('account-id').textContent()).toBe(account.id);
  expect(await popup.getByText('Connected', { exact: true }).count()).toBe(1);
  expect(JSON.stringify(await readExtensionStorage(world.context))).not.toContain(TOKEN);
  return account;
}

interface ShapeCase {
  shape: ConfigShape;
  fields: FieldVariant;
  legacyHub?: boolean;
  found: string;
  credentials: Record<string, string>;
}

const STANDARD = { okta_domain: ORG_HOST, api_token: TOKEN };
const cases: ShapeCase[] = [
  { shape: 'legacy', fields: 'standard', found: 'Okta form with 3 fields', credentials: STANDARD },
  {
    shape: 'falcon',
    fields: 'url',
    found: 'Okta form with 3 fields',
    credentials: { okta_domain_url: `https://${ORG_HOST}`, api_token: TOKEN },
  },
  {
    shape: 'falcon',
    fields: 'subdomain',
    found: 'Okta form with 2 fields',
    credentials: { subdomain: 'acme', token: TOKEN },
  },
  {
    shape: 'legacy',
    fields: 'subdomain',
    found: 'Okta form with 2 fields',
    credentials: { subdomain: 'acme', token: TOKEN },
  },
  {
    shape: 'legacy',
    fields: 'unknown-keys',
    found: 'Okta form with 3 fields',
    credentials: { okta_tenant_host: ORG_HOST, svc_credential: TOKEN },
  },
  // hub-legacy (1.10.1): no <label> elements, the labels are nearby text.
  {
    shape: 'legacy',
    fields: 'subdomain',
    legacyHub: true,
    found: 'Okta form with 2 fields',
    credentials: { subdomain: 'acme', token: TOKEN },
  },
  {
    shape: 'falcon',
    fields: 'unknown-keys',
    legacyHub: true,
    found: 'Okta form with 3 fields',
    credentials: { okta_tenant_host: ORG_HOST, svc_credential: TOKEN },
  },
];

describe('after "Fill hub form" the hub’s own Connect links the account with the right credentials', () => {
  for (const { shape, fields, legacyHub, found, credentials } of cases) {
    it(`${legacyHub ? 'hub 1.10.1' : 'hub 1.11.4'}, ${shape} config, "${fields}" fields`, async () => {
      world.hub.setConnector({ shape, fields });
      const { page, popup } = await openHubWithPopup({ legacy: legacyHub });
      expect(await popup.getByTestId('fill-origin').textContent()).toBe(world.hub.appOrigin);
      await expectFinding(popup, found);

      const account = await fillAndConnect(page, popup);
      expect(account.credentials).toEqual(credentials);
      expect(accountPosts()[0]?.body).toEqual({ integration_id: 'int_okta_01', credentials });
      // The token went into the page's form only: not into anything the popup shows or stores.
      expect(await popup.locator('body').innerText()).not.toContain(TOKEN);
    });
  }

  it('fills the Event Hook Name typed in the popup', async () => {
    const { page, popup } = await openHubWithPopup();
    await expectFinding(popup, 'Okta form with 3 fields');
    await popup.getByLabel('Event Hook Name (optional)').fill('StackOne Events');
    const account = await fillAndConnect(page, popup, async () => {
      expect(await popup.getByTestId('fill-result').textContent()).toBe(
        "Filled 3 fields: review them and click the hub's Connect.",
      );
    });
    expect(account.credentials).toEqual({ ...STANDARD, event_hook_name: 'StackOne Events' });
  });
});

describe("the hub's own success wipes the token", () => {
  it("also when the vendor nests the hub in its own web component's shadow root", async () => {
    const { page, popup } = await openHubWithPopup({ nested: true });
    expect(await page.evaluate(() => document.querySelector('stackone-hub'))).toBeNull();
    await expectFinding(popup, 'Okta form with 3 fields');
    // fillAndConnect waits for the popup's "Connected": the hub's success reached the extension.
    const account = await fillAndConnect(page, popup);
    expect(account.credentials).toEqual(STANDARD);
  });
});

describe("a hub offering Okta's OAuth 2.0 and API Key methods", () => {
  it('refuses the OAuth 2.0 form, saying to choose API Key, and fills once the admin picks API Key', async () => {
    world.hub.setConnector({ authMethods: 'both' });
    const page = await world.open(world.hub.urls.embedded());
    const entries = page.getByRole('button', { name: /Okta/ });
    await entries.first().waitFor({ timeout: 20_000 });
    const popup = await world.popupFor(page);
    await expectFinding(popup, 'The hub lists Okta more than once (OAuth 2.0 and API Key)');

    // The admin picks the first "Okta": it is the OAuth 2.0 one.
    await page.bringToFront();
    await entries.first().click();
    await hubField(page, 'client_secret').waitFor();
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expectFinding(popup, "The hub shows Okta's OAuth 2.0 form");
    await expectFinding(popup, 'choose API Key');
    await popup.getByRole('button', { name: FILL }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toContain('choose API Key');
    expect(await formValues(page)).toEqual({ okta_domain: '', client_id: '', client_secret: '' });

    await page.bringToFront();
    await page.getByRole('button', { name: 'Back' }).click();
    await entries.nth(1).click();
    await hubField(page, 'api_token').waitFor();
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expectFinding(popup, 'Okta form with 3 fields');
    const account = await fillAndConnect(page, popup);
    expect(account.credentials).toEqual(STANDARD);
    expect(accountPosts().map((post) => post.body)).toEqual([
      { integration_id: 'int_okta_01', credentials: STANDARD },
    ]);
  });

  it('a form that asks for the method first: refused until the admin chooses API Key in the hub', async () => {
    world.hub.setConnector({ authMethods: 'chooser' });
    const { page, popup } = await openHubWithPopup();
    const expected = 'The hub asks how to connect Okta: choose API Key in its "Authentication Method" field';
    await expectFinding(popup, expected);
    await popup.getByRole('button', { name: FILL }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toContain(expected);
    expect(await formValues(page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });

    // Choosing OAuth 2.0 does not help: still refused.
    await page.bringToFront();
    const chooser = page.getByRole('button', { name: /Authentication Method/ });
    await chooser.click();
    await page.getByRole('button', { name: 'OAuth 2.0', exact: true }).click();
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expectFinding(popup, expected);
    await popup.getByRole('button', { name: FILL }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toContain(expected);
    expect(await formValues(page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });

    await page.bringToFront();
    await chooser.click();
    await page.getByRole('button', { name: 'API Key', exact: true }).click();
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expectFinding(popup, 'Okta form with 3 fields');
    const account = await fillAndConnect(page, popup);
    expect(account.credentials).toEqual({ auth_method: 'api_key', ...STANDARD });
  });
});

describe("the hub form's Okta domain", () => {
  it('what the admin typed there reaches the extension (for "Okta org"), never the token', async () => {
    const { page, popup } = await openHubWithPopup();
    await hubField(page, 'okta_domain').fill('acme.okta.com');
    const inspection = (await popup.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'popup:inspect-hub-form', tabId }),
      await tabIdOf(world.context, page),
    )) as { ok: boolean; orgDomainValue?: string };
    expect(inspection).toMatchObject({ ok: true, orgDomainValue: 'acme.okta.com' });
    expect(JSON.stringify(inspection)).not.toContain(TOKEN);
  });
});

describe('nothing is filled without the click', () => {
  it('opening the popup on the hub page reads the form and leaves it empty', async () => {
    const { page, popup } = await openHubWithPopup();
    await expectFinding(popup, 'Okta form with 3 fields');
    await popup.waitForTimeout(1_500);
    expect(await formValues(page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    expect(await hubConnect(page).isEnabled()).toBe(false);
    expect(accountPosts()).toHaveLength(0);
  });

  it('keeps what the admin typed unless they confirm replacing it', async () => {
    const { page, popup } = await openHubWithPopup();
    await hubField(page, 'okta_domain').fill('acme.oktapreview.com');
    await expectFinding(popup, 'Okta form with 3 fields');
    await popup.getByRole('button', { name: FILL }).click();
    await expect
      .poll(() => popup.getByTestId('fill-result').textContent())
      .toBe(
        "Filled 1 field: review it and click the hub's Connect. Left Okta Domain URL as you had it: the field already holds something else.",
      );
    expect(await hubField(page, 'okta_domain').inputValue()).toBe('acme.oktapreview.com');

    await popup.getByRole('button', { name: 'Replace what is in Okta Domain URL' }).click();
    await expect.poll(() => hubField(page, 'okta_domain').inputValue()).toBe(ORG_HOST);
    await page.bringToFront();
    await hubConnect(page).click();
    await expect
      .poll(() => page.locator('#hub-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Connected: /);
    expect(world.hub.accounts[0]?.credentials).toEqual(STANDARD);
  });
});

describe('refusals, each with its reason', () => {
  /** `framed`: the hub is in the page's `#hub-frame`; its form is read there, across origins if need be. */
  async function expectRefused(options: EmbeddedPageOptions, reason: string, framed = false) {
    const page = await world.open(world.hub.urls.embedded(options));
    const hub = framed ? page.frameLocator('#hub-frame') : page;
    await hubField(hub).first().waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await world.popupFor(page);
    await expectFinding(popup, reason);
    // The admin clicks anyway: the fill checks the page again and refuses; the form, wherever it is, stays empty.
    await popup.getByRole('button', { name: FILL }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toContain(reason);
    expect(await formValues(hub)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    expect(accountPosts()).toHaveLength(0);
    return popup;
  }

  it('a transparent hub over a decoy', async () => {
    await expectRefused({ attack: 'transparent' }, "The hub's form is transparent on this page (opacity 0%)");
  });

  it('a hub covered by an opaque element', async () => {
    await expectRefused(
      { attack: 'covered' },
      `Something on this page lies over the hub's "Okta Domain URL" field`,
    );
  });

  it('a hidden hub', async () => {
    await expectRefused({ attack: 'hidden' }, `The hub's "Okta Domain URL" field is hidden on this page`);
  });

  it('a hub in a cross-origin frame', async () => {
    const popup = await expectRefused(
      { frame: 'cross-origin' },
      `The hub is inside a frame from ${world.hub.backendOrigin}, not this page`,
      true,
    );
    expect(await popup.getByTestId('fill-origin').textContent()).toBe(world.hub.appOrigin);
  });

  it('a hub in a sandboxed frame', async () => {
    await expectRefused({ frame: 'sandboxed' }, 'The hub is inside a sandboxed frame', true);
  });

  it('the hub showing another connector', async () => {
    world.hub.setConnector({ integrations: 1, others: 1 });
    const page = await world.open(world.hub.urls.embedded());
    const popup = await world.popupFor(page);
    await expectFinding(popup, 'The hub lists its integrations: choose Okta in the hub first.');
    await page.bringToFront();
    await page.getByRole('button', { name: /Google Workspace/ }).click();
    await hubField(page, 'api_key').waitFor();
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expectFinding(popup, "The hub shows the Google Workspace form, not Okta's.");
    await popup.getByRole('button', { name: FILL }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toContain('Google Workspace');
    expect(await hubField(page, 'api_key').inputValue()).toBe('');
  });

  it('an expired hub session', async () => {
    const page = await world.open(world.hub.urls.embedded({ session: 'expired-session' }));
    await page.getByText('No configured integrations available.').waitFor({ timeout: 20_000 });
    const popup = await world.popupFor(page);
    await expectFinding(popup, 'its session has probably expired');
  });

  it('a page without the hub', async () => {
    const page = await world.open(world.hub.urls.plain());
    const popup = await world.popupFor(page);
    await expectFinding(popup, 'There is no hub on this page.');
  });
});

describe('trusting a page', () => {
  it('remembers the origin after a fill the admin marked as trusted, and the options page lists it', async () => {
    const { page, popup } = await openHubWithPopup();
    await expectFinding(popup, 'Okta form with 3 fields');
    await popup.getByLabel('Trust this page for filling').check();
    await fillAndConnect(page, popup);
    const storage = await readExtensionStorage(world.context);
    expect((storage.local.settings as { trustedHubOrigins: string[] }).trustedHubOrigins).toEqual([
      world.hub.appOrigin,
    ]);
    expect(JSON.stringify(storage.local)).not.toContain(TOKEN);
    expect(JSON.stringify(storage.sync)).not.toContain(TOKEN);

    // Trusted, the next visit (with a token held again) still fills only on the click.
    world.hub.reset();
    await pasteToken();
    const again = await openHubWithPopup();
    await expect
      .poll(() => again.popup.locator('body').innerText())
      .toContain('You trust this page for filling');
    await again.popup.waitForTimeout(1_000);
    expect(await formValues(again.page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });

    const options = await world.context.newPage();
    await options.goto(`chrome-extension://${world.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').innerText()).toContain(world.hub.appOrigin);
  });
});

describe('without a token', () => {
  it('offers Get token from Okta instead of a fill, and fills nothing', async () => {
    await resetExtensionState(world.context);
    const { page, popup } = await openHubWithPopup();
    await popup.getByRole('button', { name: 'Get token from Okta' }).waitFor();
    expect(await popup.getByTestId('hub-origin').textContent()).toBe(world.hub.appOrigin);
    expect(await popup.getByRole('button', { name: FILL }).count()).toBe(0);
    expect(await formValues(page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  });
});

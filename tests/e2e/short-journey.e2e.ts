/*
 * The short journey from Okta (spec.md "The user's journey", issue 12.1): Start sends the tab straight to the
 * org's Tokens page with the guide running there; "Show me the way" is the tour from the page the admin is on;
 * after `linked`, either begins a new journey on the same org. The admin's actions are counted as they are
 * made (scripts/demo/admin.ts), clicks on the guide's highlights included.
 */
import type { Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { Admin } from '../../scripts/demo/admin';
import { translatorIn } from '../../utils/i18n/catalogues.fixture';
import { GUIDE_ALIVE_FLAG } from '../../utils/messages/guide-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import { masked, TOKENS_PAGE } from './journeys/guide';
import { useWorld, type World } from './support/env';
import {
  readExtensionStorage,
  serviceWorkerOf,
  stopServiceWorker,
  takeHubSessionFromTab,
} from './support/extension';
import { clickHighlighted, followGuide, OVERLAY, waitForStep } from './support/guide';
import { hubField } from './support/hub-form';

/** The extension APIs as seen in its worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

describe('Start goes straight to the Tokens page; Show me the way teaches the way', () => {
  const currentWorld = useWorld();
  let world: World;
  let admin: Admin;
  beforeEach(() => {
    world = currentWorld();
    admin = new Admin(world.context, world.extensionId);
  });

  /**
   * Holds the Tokens page's answer until `release()`: meanwhile the tab still shows the page being left.
   * `requested` settles once the browser asked for it (the navigation has begun).
   */
  async function holdTokensPage() {
    let release = () => {};
    let markRequested = () => {};
    const requested = new Promise<void>((resolve) => {
      markRequested = resolve;
    });
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handler = async (route: Route) => {
      markRequested();
      await held;
      await route.continue();
    };
    await world.context.route(TOKENS_PAGE, handler, { times: 1 });
    return { requested, release };
  }

  it.each([
    ['the org dashboard', 'http://acme.okta.com/app/UserHome'],
    ['the Admin Console', 'http://acme-admin.okta.com/admin/dashboard'],
  ])(
    'from %s: the Tokens page with Okta’s dialog opened for the admin, nothing added to the page left',
    async (_, url) => {
      const okta = await world.open(url);
      await admin.beginOn(okta);
      const hold = await holdTokensPage();
      const popup = await admin.openPopup(okta);
      await admin.click(popup.getByRole('button', { name: 'Start' }), 'Start (popup)');
      await hold.requested;
      // The page being left stays on screen while the Tokens page loads: no guide is injected into it.
      await okta.waitForTimeout(500);
      expect(okta.url()).toBe(url);
      expect(await guideShownIn(okta)).toEqual({ overlay: false, guideAlive: false });
      hold.release();

      await expect.poll(() => okta.url(), { timeout: 15_000 }).toBe(TOKENS_PAGE);
      // The guide opened Okta's Create-token dialog (Okta's own button, once) and filled it.
      await waitForStep(okta, 'submit-token');
      expect((await readExtensionStorage(world.context)).session.guides).toMatchObject({
        [String(await tabIdOfGuide())]: { mode: 'direct', orgDomain: 'acme.okta.com', dialogOpened: true },
      });
      await expect
        .poll(() => popup.getByTestId('guide-progress').textContent())
        .toBe(translatorIn('en').t(GUIDE_STEPS['submit-token'].copy.title));

      await admin.closePopup(popup);
      const seen = await admin.followGuide(okta, 'token-captured');
      expect(seen).toEqual(['submit-token', 'token-captured']);
      const token = world.okta.createdTokens.at(-1)?.token ?? '';
      world.secrets.add(token);
      const check = await world.popupFor(okta);
      await expect.poll(() => check.getByTestId('masked-token').textContent()).toBe(masked(token));
      expect(admin.count().total).toBe(3); // icon, Start, Okta's Create token
    },
  );

  it('keeps working when the service worker is stopped while the Tokens page loads', async () => {
    const okta = await world.open('http://acme.okta.com/app/UserHome');
    const hold = await holdTokensPage();
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Start' }).click();
    await hold.requested;
    const before = await readExtensionStorage(world.context);
    expect(Object.values(before.session.guides as object)).toEqual([
      expect.objectContaining({ mode: 'direct', leavingPage: expect.any(Boolean) }),
    ]);
    await stopServiceWorker(world.context, world.extensionId);
    hold.release();
    await expect.poll(() => okta.url(), { timeout: 15_000 }).toBe(TOKENS_PAGE);
    await waitForStep(okta, 'submit-token');
  });

  it('follows Okta when it asks the admin to sign in on the way, then lands on the Tokens page', async () => {
    world.okta.setOrgOptions('acme', { requireSignIn: true });
    const okta = await world.open('http://acme.okta.com/app/UserHome');
    await okta.waitForURL(/\/login\/login\.htm/);
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Start' }).click();
    await okta.bringToFront();
    // Okta sends the Tokens page's request to its sign-in page; the guide carries on there.
    await okta.waitForURL(/\/login\/login\.htm\?fromURI=/);
    await waitForStep(okta, 'sign-in');
    await okta.getByLabel('Username').fill('admin@acme.example');
    await clickHighlighted(okta); // the password field
    await okta.keyboard.type('correct horse');
    await okta.keyboard.press('Enter');
    await expect.poll(() => okta.url(), { timeout: 15_000 }).toBe(TOKENS_PAGE);
    await waitForStep(okta, 'submit-token'); // the first arrival on the Tokens page: the dialog opened
  });

  it('Show me the way: the tour from the page the admin is on, the tab staying there', async () => {
    const url = 'http://acme-admin.okta.com/admin/dashboard';
    const okta = await world.open(url);
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Show me the way' }).click();
    await okta.bringToFront();
    await waitForStep(okta, 'open-security');
    expect(okta.url()).toBe(url);
    expect(Object.values((await readExtensionStorage(world.context)).session.guides as object)).toEqual([
      expect.objectContaining({ mode: 'tour' }),
    ]);
    const seen = await followGuide(okta, 'create-token');
    expect(seen).toEqual(['open-security', 'open-api', 'open-tokens-tab', 'create-token']);
  });

  it('from Okta with a hub session known: Start, the token, Connect; then a new journey on the same org', async () => {
    const hubPopup = await takeHubSessionFromTab(world, world.hub.urls.embedded(), { keepTab: true });
    await hubPopup.close();

    const okta = await world.open('http://acme.okta.com/app/UserHome');
    admin.nameTab(okta, 'Okta tab');
    await admin.beginOn(okta);
    let popup = await admin.openPopup(okta);
    await admin.click(popup.getByRole('button', { name: 'Start' }), 'Start (popup)');
    await admin.closePopup(popup);
    await expect.poll(() => okta.url(), { timeout: 15_000 }).toBe(TOKENS_PAGE);
    await admin.followGuide(okta, 'token-captured');
    const first = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(first);

    popup = await admin.openPopup(okta);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(first));
    expect(await popup.getByTestId('token-destination').textContent()).toContain(world.hub.backendOrigin);
    await admin.click(popup.getByRole('button', { name: 'Connect' }), 'Connect (popup)');
    await popup.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
    // The popup's Connect takes the icon again: 4 with the overlay's own Connect (the benchmark's journey).
    expect(admin.count().total).toBeLessThanOrEqual(5);
    await okta.bringToFront();
    await waitForStep(okta, 'linked');

    // The admin closes Okta's reveal dialog; the popup offers both ways again.
    await okta.locator('[data-se="token-reveal-ok"]').click();
    await expect.poll(() => popup.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Show me the way' }).isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'Start' }).click();
    await okta.bringToFront();
    await waitForStep(okta, 'submit-token'); // a new journey: its dialog opened for the admin
    await followGuide(okta, 'token-captured');
    const second = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(second);
    expect(second).not.toBe(first);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(second));
    await popup.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => world.hub.accounts.length, { timeout: 15_000 }).toBe(2);
    await okta.bringToFront();
    await waitForStep(okta, 'linked');
  });

  it('from Okta without a hub session: Start, the token, then Fill hub form on the hub tab', async () => {
    const hub = await world.open(world.hub.urls.embedded());
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    admin.nameTab(hub, 'hub tab');
    const okta = await world.open('http://acme.okta.com/app/UserHome');
    admin.nameTab(okta, 'Okta tab');
    await admin.beginOn(okta);
    const popup = await admin.openPopup(okta);
    await admin.click(popup.getByRole('button', { name: 'Start' }), 'Start (popup)');
    await admin.closePopup(popup);
    await expect.poll(() => okta.url(), { timeout: 15_000 }).toBe(TOKENS_PAGE);
    await admin.followGuide(okta, 'token-captured');
    const token = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(token);

    const hubPopup = await admin.openPopup(hub);
    expect(await hubPopup.getByTestId('token-destination').textContent()).toContain(world.hub.appOrigin);
    await admin.click(hubPopup.getByRole('button', { name: 'Fill hub form' }), 'Fill hub form (popup)');
    await expect.poll(() => hubPopup.getByTestId('fill-result').textContent()).toMatch(/^Filled 2 fields/);
    await admin.closePopup(hubPopup);
    await admin.click(hub.getByRole('button', { name: 'Connect', exact: true }), "hub's Connect");
    await expect
      .poll(() => hub.locator('#hub-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Connected: acc_/);
    expect(world.hub.accounts[0]?.credentials).toMatchObject({ api_token: token });
    expect(admin.count().total).toBeLessThanOrEqual(7);
  });

  /**
   * Whether the page in `page`'s tab shows our overlay or runs a guide (the flag the guide sets in the
   * extension's isolated world), read through the extension: playwright waits for a held navigation to end.
   */
  async function guideShownIn(page: Page): Promise<{ overlay: boolean; guideAlive: boolean }> {
    const tabId = await tabIdOfGuide();
    const worker = await serviceWorkerOf(world.context);
    expect(page.url()).not.toBe(TOKENS_PAGE);
    return worker.evaluate(
      async ({ tabId, tag, flag }) => {
        const [probe] = await chrome.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          func: (tag: string, flag: string) => ({
            overlay: document.querySelector(tag) !== null,
            guideAlive: (globalThis as Record<string, unknown>)[flag] === true,
          }),
          args: [tag, flag],
        });
        return probe?.result as { overlay: boolean; guideAlive: boolean };
      },
      { tabId, tag: OVERLAY, flag: GUIDE_ALIVE_FLAG },
    );
  }

  /** The tab the (one) guide runs in. */
  async function tabIdOfGuide(): Promise<number> {
    const guides = (await readExtensionStorage(world.context)).session.guides as Record<string, unknown>;
    return Number(Object.keys(guides)[0]);
  }
});

/*
 * The journey from the hub (spec.md "From the hub", issue 12.4): on a tab showing the hub's Okta form, the
 * popup offers "Get token from Okta"; the org's Tokens page opens in a new tab with the guide; once the token
 * is captured, the hub tab comes back with its form filled (every Fill-hub-form safety rule applies) and the
 * admin clicks the hub's own Connect. Each failure branch ends with a clear message and nothing lost. The
 * admin's actions are counted as they are made (scripts/demo/admin.ts).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION } from '../../sandbox/hub/server';
import { Admin } from '../../scripts/demo/admin';
import { TOKENS_PAGE } from './journeys/guide';
import { useWorld, type World } from './support/env';
import { activeTabUrl, newTabAt, readExtensionStorage, seenByThePopup, tabIdOf } from './support/extension';
import { followGuide, waitForStep } from './support/guide';
import { hubConnectPointer, hubField, hubFormValues } from './support/hub-form';

const GET_TOKEN = 'Get token from Okta';

describe('Get token from Okta, started on the hub tab', () => {
  const currentWorld = useWorld();
  let world: World;
  let admin: Admin;
  beforeEach(() => {
    world = currentWorld();
    admin = new Admin(world.context, world.extensionId);
  });

  /** The admin used the extension on these orgs before (the popup showed them), the last one most recently. */
  async function orgsSeenBefore(...orgs: string[]): Promise<void> {
    for (const org of orgs) await seenByThePopup(world, `http://${org}.okta.com/app/UserHome`);
  }

  /** The vendor's page with the hub's Okta form on screen: where this journey begins. */
  async function openHub(url = world.hub.urls.embedded()): Promise<{ hub: Page; hubTabId: number }> {
    const hub = await world.open(url);
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    const hubTabId = await tabIdOf(world.context, hub);
    admin.nameTab(hub, 'hub tab');
    await admin.beginOn(hub);
    return { hub, hubTabId };
  }

  /** Clicks Get token from Okta in the popup; the Okta tab it opens, once it shows the Tokens page. */
  async function getTokenFrom(popup: Page): Promise<Page> {
    const before = new Set(world.context.pages());
    await admin.click(popup.getByRole('button', { name: GET_TOKEN }), `${GET_TOKEN} (popup)`);
    const okta = await newTabAt(world.context, before, TOKENS_PAGE);
    admin.nameTab(okta, 'Okta tab');
    return okta;
  }

  /** The admin follows the guide to the captured token, each move (a click on what it highlights) counted. */
  async function walkToToken(okta: Page): Promise<string> {
    // The extension put the Okta tab in front; the admin did not switch.
    expect(await isActiveTab(okta)).toBe(true);
    await admin.beginOn(okta);
    // The guide opened Okta's dialog for the admin: Okta's Create token is their next click.
    await waitForStep(okta, 'submit-token');
    await admin.followGuide(okta, 'token-captured');
    const token = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(token);
    return token;
  }

  /** The journey's tab, already at Create token, walked on to the capture. */
  async function walkToTokenFrom(okta: Page): Promise<string> {
    await admin.followGuide(okta, 'token-captured');
    const token = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(token);
    return token;
  }

  async function isActiveTab(page: Page): Promise<boolean> {
    return (await activeTabUrl(world.context)) === page.url();
  }

  /** The hub tab came back by itself with its form filled; the admin clicks the hub's own Connect. */
  async function connectOnTheHub(hub: Page, token: string): Promise<void> {
    await expect.poll(() => isActiveTab(hub), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => hubFormValues(hub), { timeout: 10_000 })
      .toEqual({ okta_domain: 'acme.okta.com', api_token: token, event_hook_name: '' });
    await admin.beginOn(hub);
    // The page points at the hub's own Connect; the admin clicks the hub's button.
    await expect.poll(() => hubConnectPointer(hub).textContent()).toBe('Click Connect to finish');
    const connect = hub.getByRole('button', { name: 'Connect', exact: true });
    await expect.poll(() => connect.isEnabled(), { timeout: 5_000 }).toBe(true);
    await admin.click(connect, "hub's Connect");
    await expect
      .poll(() => hub.locator('#hub-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Connected: acc_/);
    expect(world.hub.accounts).toHaveLength(1);
    expect(world.hub.accounts[0]?.credentials).toMatchObject({ api_token: token });
    // The hub has it: the extension forgot it.
    await expect
      .poll(async () => JSON.stringify(await readExtensionStorage(world.context)))
      .not.toContain(token);
  }

  it('with the org known: 4 actions from the hub to linked', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await admin.openPopup(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    expect(await popup.getByTestId('hub-origin').textContent()).toBe(world.hub.appOrigin);

    const okta = await getTokenFrom(popup);
    await expect
      .poll(() => popup.getByTestId('journey-status').textContent())
      .toContain('Getting a token from acme.okta.com');
    const token = await walkToToken(okta);
    await connectOnTheHub(hub, token);
    expect(world.hub.accounts[0]?.credentials).toEqual({ okta_domain: 'acme.okta.com', api_token: token });

    const after = await world.popupFor(hub);
    await after.getByText('Connected', { exact: true }).waitFor();
    expect(await after.getByTestId('account-id').textContent()).toBe(world.hub.accounts[0]?.id);
    expect(admin.count().total).toBeLessThanOrEqual(4);
  });

  it('with another org suggested: the org as the admin types it over the suggestion', async () => {
    await orgsSeenBefore('acme', 'globex');
    const { hub } = await openHub();
    const popup = await admin.openPopup(hub);
    const field = popup.getByLabel('Okta org');
    await expect.poll(() => field.inputValue()).toBe('globex.okta.com');
    await admin.type(field, 'acme', 'the Okta org');
    const okta = await getTokenFrom(popup);
    const token = await walkToToken(okta);
    await connectOnTheHub(hub, token);
    // Typing over a suggestion takes a click, a select-all and the org: 7. With nothing to suggest the caret
    // is already in the field, the spec's "org typed" (≤ 5), held by the benchmark's journey of that name.
    expect(admin.count().total).toBe(7);
  });

  it('pre-fills "Okta org" with the Okta domain the admin typed in the hub’s own form', async () => {
    await orgsSeenBefore('acme', 'globex');
    const { hub } = await openHub();
    await hubField(hub, 'okta_domain').fill('acme.okta.com');
    const popup = await admin.openPopup(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const okta = await getTokenFrom(popup);
    const token = await walkToToken(okta);
    await connectOnTheHub(hub, token);
    expect(admin.count().total).toBeLessThanOrEqual(4);
  });

  it('a hub asking for the auth method first: the journey starts once API Key is chosen, then fills the form', async () => {
    world.hub.setConnector({ authMethods: 'chooser' });
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByTestId('hub-note').textContent()).toContain('choose API Key');
    // Not on a form the token cannot go into: the popup says to choose API Key first, and nothing opens.
    expect(await popup.getByRole('button', { name: GET_TOKEN }).isDisabled()).toBe(true);
    await popup.close();

    await hub.bringToFront();
    await hub.getByRole('button', { name: /Authentication Method/ }).click();
    await hub.getByRole('button', { name: 'API Key', exact: true }).click();
    const again = await admin.openPopup(hub);
    await expect.poll(() => again.getByRole('button', { name: GET_TOKEN }).isEnabled()).toBe(true);
    const okta = await getTokenFrom(again);
    const token = await walkToToken(okta);
    await expect.poll(() => isActiveTab(hub), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => hubFormValues(hub), { timeout: 10_000 })
      .toMatchObject({ okta_domain: 'acme.okta.com', api_token: token });
    await hub.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect
      .poll(() => hub.locator('#hub-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Connected: acc_/);
    expect(world.hub.accounts[0]?.credentials).toEqual({
      auth_method: 'api_key',
      okta_domain: 'acme.okta.com',
      api_token: token,
    });
  });

  it('the hub tab went to another page of the same origin before the capture: nothing filled, Fill hub form offered', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const okta = await getTokenFrom(popup);
    // Same origin, another page drawing a hub (user content, another form): not the page the admin clicked on.
    await hub.goto(world.hub.urls.embedded({ legacy: true }));
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    const token = await walkToToken(okta);

    const hubPopup = await world.popupFor(hub);
    await expect
      .poll(() => hubPopup.getByTestId('journey-status').textContent(), { timeout: 10_000 })
      .toContain('the hub page changed since you clicked Get token from Okta');
    expect(await hubFormValues(hub)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    // The admin's own Fill hub form, with its checks and notices, is what is offered instead.
    await expect.poll(() => hubPopup.getByRole('button', { name: 'Fill hub form' }).count()).toBe(1);
    expect(await hubPopup.getByText(/First fill on this page/).count()).toBe(1);
    expect(JSON.stringify(await readExtensionStorage(world.context))).toContain('fill-refused');
    world.secrets.add(token);
  });

  it('refuses an org that is not an Okta org, saying why, keeping what was typed and opening nothing', async () => {
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    const field = popup.getByLabel('Okta org');
    for (const typed of ['acme.okta.com.evil.test', 'example.com']) {
      await field.fill(typed);
      await popup.getByRole('button', { name: GET_TOKEN }).click();
      await expect
        .poll(() => popup.getByRole('alert').textContent())
        .toContain(`“${typed}” is not an Okta org.`);
      expect(await field.inputValue()).toBe(typed);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(world.context.pages().map((page) => page.url())).not.toContainEqual(
      expect.stringContaining('okta.com/'),
    );
    const storage = await readExtensionStorage(world.context);
    // Nothing started from this tab, and its hub session was not taken.
    expect(storage.session.hubJourney ?? null).toBeNull();
    expect(storage.session.hubSession ?? null).toBeNull();
  });

  it('the Okta tab closed before the capture: the hub tab’s popup offers to reopen it, and the journey goes on', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const okta = await getTokenFrom(popup);
    await waitForStep(okta, 'submit-token');
    await okta.close();

    const again = await world.popupFor(hub);
    await expect
      .poll(() => again.getByTestId('journey-status').textContent())
      .toContain('The Okta tab was closed before the token was captured');
    const before = new Set(world.context.pages());
    await again.getByRole('button', { name: 'Reopen the Okta tab' }).click();
    const oktaAgain = await newTabAt(world.context, before, TOKENS_PAGE);
    const token = await walkToToken(oktaAgain);
    await connectOnTheHub(hub, token);
  });

  it('the hub tab closed before the capture: Connect with the session taken at the start', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const okta = await getTokenFrom(popup);
    await hub.close();
    const token = await walkToToken(okta);

    const oktaPopup = await world.popupFor(okta);
    await expect
      .poll(() => oktaPopup.getByTestId('journey-status').textContent())
      .toContain('was closed, so nothing was filled');
    await oktaPopup.getByRole('button', { name: 'Connect' }).click();
    await oktaPopup.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
    expect(world.hub.accounts).toHaveLength(1);
    expect(world.hub.accounts[0]?.credentials).toMatchObject({ api_token: token });
    const post = world.hub.requests.find(
      (request) => request.method === 'POST' && request.path === '/hub/accounts',
    );
    expect(post?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);
  });

  it('the hub tab went to another site before the capture: nothing is filled there, Connect instead', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const okta = await getTokenFrom(popup);
    // The same hub, served from another origin: the click authorised the page it was made on, not this one.
    const elsewhere = world.hub.urls.embedded().replace('//localhost:', '//127.0.0.1:');
    await hub.goto(elsewhere);
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    const token = await walkToToken(okta);

    const oktaPopup = await world.popupFor(okta);
    await expect
      .poll(() => oktaPopup.getByTestId('journey-status').textContent())
      .toContain(`The hub tab left ${world.hub.appOrigin}, so nothing was filled there.`);
    expect(await hubFormValues(hub)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    expect(await isActiveTab(hub)).toBe(false);
    await oktaPopup.getByRole('button', { name: 'Connect' }).click();
    await oktaPopup.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
    expect(world.hub.accounts[0]?.credentials).toMatchObject({ api_token: token });
  });

  it('a token captured in another tab of the org fills nothing: only the journey’s own tab counts', async () => {
    await orgsSeenBefore('acme');
    const { hub } = await openHub();
    const popup = await world.popupFor(hub);
    await expect.poll(() => popup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');
    const journeyTab = await getTokenFrom(popup);
    await waitForStep(journeyTab, 'submit-token');

    const other = await world.open(TOKENS_PAGE);
    const otherPopup = await world.popupFor(other);
    await otherPopup.getByRole('button', { name: 'Start' }).click();
    await other.bringToFront();
    await followGuide(other, 'token-captured');
    const elsewhere = world.okta.createdTokens.at(-1)?.token ?? '';
    world.secrets.add(elsewhere);

    // The positive control: the admin forgets that token, and the journey's own tab captures the next one, which
    // fills the hub tab. Had the other tab's capture counted, it would have taken the journey (filled the hub, or
    // settled it) already, and the hub would hold that token instead.
    const forget = await world.popupFor(other);
    await forget.getByText('More options').click();
    await forget.getByRole('button', { name: 'Forget token' }).click();
    await expect
      .poll(async () => {
        const { capturedTokens } = (await readExtensionStorage(world.context)).session;
        return Object.keys((capturedTokens ?? {}) as object).length;
      })
      .toBe(0);
    await journeyTab.reload();
    await journeyTab.bringToFront();
    await waitForStep(journeyTab, 'create-token');
    const own = await walkToTokenFrom(journeyTab);
    expect(own).not.toBe(elsewhere);
    await expect.poll(() => hubFormValues(hub), { timeout: 20_000 }).toMatchObject({ api_token: own });
    expect(world.hub.accounts).toEqual([]);
  });
});

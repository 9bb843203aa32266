/*
 * Two things a hub page's own script can do after the admin's Fill hub form. (1) "Connected" only on the hub backend's word: after Fill hub form, a page script dispatching the hub's `success`
 * event (a fake account id) neither wipes the token nor shows Connected; the popup says the hub page reported
 * success. The hub's real success afterwards (the admin's click on the hub's Connect) is confirmed and links.
 * (2) A page hiding the token field once the first field is filled: each field is checked again right before it
 * is filled, so the token goes nowhere and what was filled is undone.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useWorld } from './support/env';
import { pasteTokenInPopup, readExtensionStorage } from './support/extension';
import { hubField, hubFormValues } from './support/hub-form';

const TOKEN = '00Qa7Wz2Lm9Xc4Vb8Nw1Rt6Yp3Ks5Jd0Ga2He4Ui_x';

describe("the hub's success event", () => {
  const currentWorld = useWorld();
  let world: ReturnType<typeof currentWorld>;
  beforeEach(async () => {
    world = currentWorld();
    world.secrets.add(TOKEN);
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, TOKEN);
    await popup.getByTestId('masked-token').waitFor();
    await popup.close();
    await okta.close();
  });

  const outcome = async () =>
    (await readExtensionStorage(world.context)).session.linkOutcome as
      | { status?: string; kind?: string }
      | undefined;
  const held = async () => JSON.stringify(await readExtensionStorage(world.context)).includes(TOKEN);

  async function filledHub(): Promise<{ page: Page; popup: Page }> {
    const page = await world.open(world.hub.urls.embedded());
    await hubField(page).first().waitFor({ timeout: 20_000 });
    const popup = await world.popupFor(page);
    await popup.getByRole('button', { name: 'Fill hub form' }).click();
    await expect.poll(() => popup.getByTestId('fill-result').textContent()).toMatch(/^Filled \d fields?: /);
    return { page, popup };
  }

  it("dispatched by a page script: no Connected, the token kept; the hub's real success then links", async () => {
    const { page, popup } = await filledHub();
    await page.evaluate(() => {
      document
        .querySelector('stackone-hub')
        ?.dispatchEvent(new CustomEvent('success', { detail: { id: 'acc_forged', provider: 'okta' } }));
    });
    // The event that proves it was heard and judged: the outcome "reported, not confirmed".
    await expect.poll(outcome, { timeout: 10_000 }).toMatchObject({ status: 'failed', kind: 'unconfirmed' });
    expect(await held()).toBe(true);
    await expect
      .poll(() => popup.getByTestId('hub-reported').textContent())
      .toContain('The hub page reported success, but the hub did not confirm the account');
    expect(await popup.getByText('Connected', { exact: true }).count()).toBe(0);

    await page.bringToFront();
    const connect = page.getByRole('button', { name: 'Connect', exact: true });
    await expect.poll(() => connect.isEnabled(), { timeout: 5_000 }).toBe(true);
    await connect.click();
    await expect.poll(outcome, { timeout: 10_000 }).toMatchObject({ status: 'linked' });
    const account = world.hub.accounts[0];
    await expect.poll(() => popup.getByTestId('account-id').textContent()).toBe(account?.id);
    expect(await held()).toBe(false);
  });

  it('a page hiding the token field mid-fill: the token is not filled, the fill undone, the reason said', async () => {
    const page = await world.open(world.hub.urls.embedded({ attack: 'hide-on-fill' }));
    await hubField(page).first().waitFor({ timeout: 20_000 });
    const popup = await world.popupFor(page);
    await popup.getByRole('button', { name: 'Fill hub form' }).click();
    await expect
      .poll(() => popup.getByTestId('fill-result').textContent())
      .toContain('what was filled was undone');
    expect(await hubFormValues(page)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    expect((await readExtensionStorage(world.context)).session.filledHubTabs ?? {}).toEqual({});
  });
});

import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { useWorld, type World } from './support/env';
import { openMoreOptions, openOptions, pasteTokenInPopup, readExtensionStorage } from './support/extension';
import { hubField } from './support/hub-form';

describe('the popup reads the org from the tab it acts on', () => {
  const currentWorld = useWorld();
  let world: World;
  beforeEach(() => {
    world = currentWorld();
  });

  it('shows the org domain, not the -admin host, on the Admin Console', async () => {
    const page = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(page);
    await expect.poll(() => popup.getByTestId('org-domain').textContent()).toBe('acme.okta.com');
    expect(await popup.getByTestId('preview-badge').count()).toBe(0);
    await expect.poll(() => popup.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);
  });

  it('flags a preview org', async () => {
    const page = await world.open('http://dev-123-admin.oktapreview.com/admin/dashboard');
    const popup = await world.popupFor(page);
    await expect.poll(() => popup.getByTestId('org-domain').textContent()).toBe('dev-123.oktapreview.com');
    expect(await popup.getByTestId('preview-badge').textContent()).toBe('Preview org');
  });

  it.each(['http://www.okta.com/', 'http://login.okta.com/'])(
    'says %s is not an Okta org page, with no Start',
    async (url) => {
      const page = await world.open(url);
      const popup = await world.popupFor(page);
      await expect
        .poll(() => popup.locator('.org-refusal').textContent())
        .toContain('This is not an Okta org page.');
      expect(await popup.getByRole('button', { name: 'Start' }).count()).toBe(0);
      expect(await popup.getByTestId('org-domain').count()).toBe(0);
    },
  );

  it('refuses a look-alike host serving a copy of the console', async () => {
    const page = await world.open('http://acme-admin.okta.com.evil.test/admin/dashboard');
    await page.locator('text=Dashboard').first().waitFor();
    const popup = await world.popupFor(page);
    await expect
      .poll(() => popup.locator('.org-refusal').textContent())
      .toContain('This is not an Okta org page.');
    expect(await popup.getByRole('button', { name: 'Start' }).count()).toBe(0);
  });

  it('remembers the org it showed (its domain, nothing else of the page); options list it and clear it', async () => {
    const page = await world.open('http://acme-admin.okta.com/admin/access/api/tokens?q=secret#people');
    const popup = await world.popupFor(page);
    await popup.getByTestId('org-domain').waitFor();
    await expect
      .poll(async () => (await readExtensionStorage(world.context)).local.recentOktaOrgs)
      .toEqual([{ orgDomain: 'acme.okta.com', protocol: 'http:' }]);

    const hub = await world.open(world.hub.urls.embedded());
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    const hubPopup = await world.popupFor(hub);
    await expect.poll(() => hubPopup.getByLabel('Okta org').inputValue()).toBe('acme.okta.com');

    const options = await openOptions(world.context, world.extensionId);
    await expect.poll(() => options.getByTestId('recent-orgs').innerText()).toBe('acme.okta.com');
    await options.getByRole('button', { name: 'Clear recent Okta orgs' }).click();
    await options.getByText('None. They are offered in "Okta org"', { exact: false }).waitFor();
    expect((await readExtensionStorage(world.context)).local.recentOktaOrgs ?? []).toEqual([]);
  });
});

describe('the popup in each state: accessible, and usable from the keyboard', () => {
  const currentWorld = useWorld();
  let world: World;
  beforeEach(() => {
    world = currentWorld();
  });

  async function expectAccessible(popup: Page): Promise<void> {
    expect(await seriousViolations(popup)).toEqual([]);
    await openMoreOptions(popup);
    expect(await seriousViolations(popup)).toEqual([]);
  }

  it('on the hub form: Get token from Okta from the keyboard alone', async () => {
    const hub = await world.open(world.hub.urls.embedded());
    await hubField(hub).first().waitFor({ timeout: 20_000 });
    const popup = await world.popupFor(hub);
    await popup.getByRole('button', { name: 'Get token from Okta' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    // The Okta org field is the first thing to fill (with no org to suggest, the caret starts there); Enter
    // there is the click.
    for (let presses = 0; presses < 10; presses++) {
      if (await popup.evaluate(() => document.activeElement?.id === 'okta-org')) break;
      await popup.keyboard.press('Tab');
    }
    await popup.keyboard.type('http://acme.okta.com');
    const before = new Set(world.context.pages());
    await popup.keyboard.press('Enter');
    await expect
      .poll(() =>
        world.context
          .pages()
          .some((page) => !before.has(page) && page.url().includes('/admin/access/api/tokens')),
      )
      .toBe(true);
    await popup.getByTestId('journey-status').waitFor();
    await expectAccessible(popup);
  });

  it('on Okta with a token: the token, where it goes, Connect; and with no hub session, the way to one', async () => {
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await expectAccessible(popup);
    const token = `00${'a'.repeat(36)}wxyz`;
    world.secrets.add(token);
    world.okta.issueToken('acme.okta.com', token);
    await pasteTokenInPopup(popup, token);
    await popup.getByTestId('next-step').waitFor();
    await expectAccessible(popup);
  });
});

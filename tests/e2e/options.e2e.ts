import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION } from '../../sandbox/hub/server';
import { useWorld, type World } from './support/env';
import { openMoreOptions, openOptions, pasteTokenInPopup, readExtensionStorage } from './support/extension';
import { followGuide } from './support/guide';

/*
 * The options page of the built extension: its labelled settings with their defaults, its validation
 * messages, a hub session saved from it (held in memory only) and "Test hub session" against the stub hub.
 */

describe('the options page', () => {
  const currentWorld = useWorld({ defaultHubApi: true });
  let world: World;
  beforeEach(() => {
    world = currentWorld();
  });

  async function options(): Promise<Page> {
    const page = await openOptions(world.context, world.extensionId);
    await page.getByLabel('Hub API base URL').waitFor();
    return page;
  }

  const save = (page: Page) => page.getByRole('button', { name: 'Save' }).click();

  it('shows the three labelled settings with their defaults', async () => {
    const page = await options();
    expect(await page.getByLabel('Hub API base URL').inputValue()).toBe('https://api.stackone.com');
    expect(await page.getByLabel('Token name').inputValue()).toBe('StackOne Integration');
    expect(await page.getByLabel('Hub session token').inputValue()).toBe('');
    expect(await page.getByLabel('Hub session token').getAttribute('type')).toBe('password');
  });

  it.each([
    [
      'http://api.stackone.com',
      'The hub API base URL must use https:// (plain http only for 127.0.0.1 or localhost).',
    ],
    ['api.stackone.com', 'The hub API base URL must be a full address starting with https://.'],
  ])('refuses %s as the hub API base URL, saying why, and saves nothing', async (input, message) => {
    const page = await options();
    await page.getByLabel('Hub API base URL').fill(input);
    await save(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(message);
    expect(await page.getByLabel('Hub API base URL').getAttribute('aria-invalid')).toBe('true');
    expect((await readExtensionStorage(world.context)).local).toEqual({});
  });

  it('refuses an empty token name, saying how to fix it', async () => {
    const page = await options();
    await page.getByLabel('Token name').fill('   ');
    await save(page);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Give the token a name, e.g. "StackOne Integration".');
    expect(await page.getByLabel('Token name').getAttribute('aria-invalid')).toBe('true');
    expect((await readExtensionStorage(world.context)).local).toEqual({});
  });

  it('saves the settings in storage.local, the session in memory only, and the guide uses the name', async () => {
    const page = await options();
    await page.getByLabel('Hub API base URL').fill(`${world.hub.backendOrigin}/`);
    await page.getByLabel('Token name').fill('Hub link (service account)');
    await page.getByLabel('Hub session token').fill(DEFAULT_SESSION);
    await save(page);
    await page.getByText('Saved.').waitFor();
    // The session is shown only masked, with the hub it is for; the field is cleared.
    const inUse = page.getByTestId('hub-session-in-use');
    expect(await inUse.textContent()).toBe(`In use: hub-…demo for ${world.hub.backendOrigin}`);
    expect(await page.getByLabel('Hub session token').inputValue()).toBe('');
    expect(await page.locator('body').innerText()).not.toContain(DEFAULT_SESSION);

    const storage = await readExtensionStorage(world.context);
    expect(storage.local.settings).toMatchObject({
      hubApiBaseUrl: world.hub.backendOrigin,
      tokenName: 'Hub link (service account)',
    });
    expect(JSON.stringify(storage.local)).not.toContain(DEFAULT_SESSION);
    expect(JSON.stringify(storage.sync)).not.toContain(DEFAULT_SESSION);
    expect(JSON.stringify(storage.session)).toContain(DEFAULT_SESSION);

    await page.reload();
    expect(await page.getByLabel('Hub API base URL').inputValue()).toBe(world.hub.backendOrigin);
    expect(await page.getByLabel('Token name').inputValue()).toBe('Hub link (service account)');

    const okta = await world.open('http://acme-admin.okta.com/admin/access/api/tokens');
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Start' }).click();
    await okta.bringToFront();
    await followGuide(okta, 'submit-token');
    expect(await okta.locator('input[name="name"]').inputValue()).toBe('Hub link (service account)');
  });

  it('tests the saved hub session against the hub: accepted, then refused once it expired', async () => {
    const page = await options();
    const testSession = page.getByRole('button', { name: 'Test hub session' });
    await testSession.click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('No hub session to test.');

    await page.getByLabel('Hub API base URL').fill(world.hub.backendOrigin);
    await page.getByLabel('Hub session token').fill(DEFAULT_SESSION);
    await save(page);
    await page.getByText('Saved.').waitFor();
    const before = world.hub.requests.length;
    await testSession.click();
    await expect.poll(() => page.getByText('The hub accepted this session.').count()).toBe(1);
    const calls = world.hub.requests.slice(before);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /hub/settings']);
    expect(calls[0]?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);

    world.hub.sessions.clear(); // the session expired at the hub
    await testSession.click();
    await expect
      .poll(() => page.locator('p.error').textContent())
      .toContain('Hub session expired or invalid (401)');
  });

  it('"Recent tokens": a forgotten token shows as revoked in Okta, masked only; Clear empties the record; the option turns revocation off', async () => {
    const token = `00${'r'.repeat(36)}wxyz`;
    world.secrets.add(token);
    world.okta.issueToken('acme.okta.com', token);
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, token);
    await popup.getByTestId('masked-token').waitFor();
    await openMoreOptions(popup);
    await popup.getByRole('button', { name: 'Forget token' }).click();
    await expect.poll(() => world.okta.acceptsToken('acme.okta.com', token)).toBe(false);

    const page = await options();
    const recent = page.getByTestId('recent-tokens');
    await expect.poll(() => recent.textContent()).toContain('00rr…wxyz for acme.okta.com');
    expect(await recent.textContent()).toContain('revoked in Okta (forgotten)');
    expect(await page.locator('body').innerText()).not.toContain(token);
    await page.getByRole('button', { name: 'Clear recent tokens' }).click();
    await page.getByText('No token ended in the last 7 days.').waitFor();
    expect((await readExtensionStorage(world.context)).local.tokenRecords).toBeUndefined();

    const option = page.getByLabel('Revoke unused tokens');
    expect(await option.isChecked()).toBe(true);
    await option.uncheck();
    await expect
      .poll(async () => (await readExtensionStorage(world.context)).local.settings)
      .toMatchObject({ revokeUnusedTokens: false });
  });
});

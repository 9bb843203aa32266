import { beforeEach, describe, expect, it } from 'vitest';
import { useWorld, type World } from './support/env';

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
});

import { describe, expect, it } from 'vitest';
import { useWorld } from './support/env';
import { serviceWorkerOf, stopServiceWorker } from './support/extension';
import { followGuide, guideButton, OVERLAY, startGuideOn, waitForStep } from './support/guide';

describe('the guide walks an admin from the dashboard to a captured token', () => {
  const world = useWorld();

  it('pre-fills the name only when the field is empty, and the page registers it', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/access/api/tokens');
    await followGuide(page, 'create-token');
    await page.locator('[data-se="create-token"]').click();
    await waitForStep(page, 'name-token');
    expect(await page.locator('input[name="name"]').inputValue()).toBe('StackOne Integration');
    // The admin renames it; the guide leaves their name alone.
    await page.locator('input[name="name"]').fill('Hub link (service account)');
    await guideButton(page, 'Continue').click();
    await waitForStep(page, 'choose-network');
    await page.locator('select[name="clientIpRestriction"]').selectOption('IN_ANY_ZONE');
    await waitForStep(page, 'submit-token');
    expect(await page.locator('select[name="clientIpRestriction"]').inputValue()).toBe('IN_ANY_ZONE');
    await page.locator('.o-form-button-bar input[type="submit"]').click();
    await waitForStep(page, 'token-captured');
    expect(world().okta.createdTokens.at(-1)).toMatchObject({
      name: 'Hub link (service account)',
      networkChoice: 'IN_ANY_ZONE',
    });
  });

  it('derives the step from the page: jumping ahead and going back', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    await page.goto('http://acme-admin.okta.com/admin/access/api/tokens');
    await waitForStep(page, 'create-token');
    await page.locator('[role="tab"][data-se="tab-authorization-servers"]').click();
    await waitForStep(page, 'open-tokens-tab');
    await page.goBack();
    await waitForStep(page, 'create-token');
    await page.goBack();
    await waitForStep(page, 'open-security');
  });

  it.each([
    ['open-security', 'http://acme-admin.okta.com/admin/dashboard'],
    ['open-tokens-tab', 'http://acme-admin.okta.com/admin/oauth2/as'],
    ['create-token', 'http://acme-admin.okta.com/admin/access/api/tokens'],
  ])('resumes at %s after a reload', async (step, url) => {
    const { page } = await startGuideOn(world(), url);
    await waitForStep(page, step);
    await page.reload();
    await waitForStep(page, step);
  });

  it('resumes after the service worker is stopped mid-flow', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await followGuide(page, 'open-tokens-tab');
    const worker = await serviceWorkerOf(world().context);
    await worker.evaluate(() => {
      (self as unknown as { beforeStop: boolean }).beforeStop = true;
    });
    await stopServiceWorker(world().context, world().extensionId);
    await page.locator('[role="tab"][data-se="tab-tokens"]').click();
    await waitForStep(page, 'create-token');
    // A full navigation needs the (restarted) worker to inject the guide again.
    await page.reload();
    await waitForStep(page, 'create-token');
    const restarted = await serviceWorkerOf(world().context);
    expect(
      await restarted.evaluate(() => (self as unknown as { beforeStop?: boolean }).beforeStop ?? false),
    ).toBe(false);
    await followGuide(page, 'token-captured');
  });

  it('stops cleanly: the overlay goes and does not come back on navigation', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    await guideButton(page, 'Stop guide').click();
    await page.waitForSelector(OVERLAY, { state: 'detached' });
    await page.reload();
    await page.locator('odyssey-react-web-component').waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    expect(await page.locator(OVERLAY).count()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../utils/okta/steps-ids';
import { masked } from './journeys/guide';
import { useWorld } from './support/env';
import { readExtensionStorage, serviceWorkerOf, stopServiceWorker } from './support/extension';
import {
  clickHighlighted,
  expectCalloutUsableUnderDialog,
  expectNoEarlyMissing,
  followGuide,
  guideButton,
  guideText,
  humanPause,
  OVERLAY,
  startGuideOn,
  waitForStep,
} from './support/guide';

/** The dialog's steps the admin need not act on: the guide fills the name and the network choice itself. */
const PASSED_THROUGH: readonly string[] = ['name-token', 'choose-network'];

describe('the guide walks an admin from the dashboard to a captured token', () => {
  const world = useWorld();

  it('shows every step in order, clicking only what it highlights, and captures the token Okta shows', async () => {
    const { page, changes } = await startGuideOn(world(), 'http://acme.okta.com/app/UserHome');
    const seen = await followGuide(page, 'token-captured');
    // The dialog's name and network need no click of the admin's: the guide fills them and passes them by.
    expect(seen).toEqual(STEP_IDS.slice(1, -1).filter((step) => !PASSED_THROUGH.includes(step)));
    expect(changes.map((change) => change.step)).not.toContain('name-token');
    expect(changes.map((change) => change.step)).not.toContain('choose-network');
    expectNoEarlyMissing(changes);
    const created = world().okta.createdTokens.at(-1);
    expect(created?.name).toBe('StackOne Integration');
    expect(created?.networkChoice).toBe('ANYWHERE');
    const token = created?.token ?? '';
    await expect.poll(() => guideText(page)).toContain('held in memory only');
    // Said once, and clear of Okta's reveal dialog (its field, Copy, "Ok, got it").
    const text = await guideText(page);
    expect(text.match(/memory only/g)).toHaveLength(1);
    await expectCalloutUsableUnderDialog(page);

    const popup = await world().popupFor(page);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
    expect(await popup.locator('body').innerText()).not.toContain(token);

    const storage = await readExtensionStorage(world().context);
    expect(JSON.stringify(storage.local)).not.toContain(token);
    expect(JSON.stringify(storage.sync)).not.toContain(token);
    expect(JSON.stringify(storage.session)).toContain(token);
  });

  it('fills the form so Okta registers it, shows what it holds, and never overrides the admin’s choice', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/access/api/tokens');
    await followGuide(page, 'submit-token');
    const name = page.locator('input[name="name"]');
    const network = page.locator('select[name="clientIpRestriction"]');
    expect(await name.inputValue()).toBe('StackOne Integration');
    expect(await network.inputValue()).toBe('ANYWHERE');
    await expect.poll(() => guideText(page)).toContain('Name: StackOne Integration · Calls from: Any IP');
    await expectCalloutUsableUnderDialog(page);

    // The admin renames it and picks zones: the guide asks for what Okta needs, and keeps their choices.
    await name.fill('Hub link (service account)');
    await network.selectOption('IN_ZONES');
    await waitForStep(page, 'choose-network');
    expect(await guideText(page)).toContain('Pick at least one zone');
    await page.locator('select[name="zones"]').selectOption('nzo1corporatevpn0000');
    await waitForStep(page, 'submit-token');
    await network.selectOption('IN_ANY_ZONE');
    await expect
      .poll(() => guideText(page))
      .toContain('Name: Hub link (service account) · Calls from: In any network zone defined in Okta');
    await page.waitForTimeout(300);
    expect(await network.inputValue()).toBe('IN_ANY_ZONE');

    await clickHighlighted(page); // Okta's own Create token, the admin's click
    await waitForStep(page, 'token-captured');
    expect(world().okta.createdTokens.at(-1)).toMatchObject({
      name: 'Hub link (service account)',
      networkChoice: 'IN_ANY_ZONE',
    });
  });

  it('asks for a name when the admin clears it, and points at Create token again once there is one', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/access/api/tokens');
    await followGuide(page, 'submit-token');
    await page.locator('input[name="name"]').fill('');
    await waitForStep(page, 'name-token');
    await page.locator('input[name="name"]').fill('Mine');
    await waitForStep(page, 'submit-token');
    expect(await page.locator('input[name="name"]').inputValue()).toBe('Mine');
  });

  it('Start goes straight to the Tokens page and opens Okta’s dialog: one click to a captured token', async () => {
    const { page, changes } = await startGuideOn(world(), 'http://acme.okta.com/app/UserHome', 'Start');
    await page.waitForURL('http://acme-admin.okta.com/admin/access/api/tokens');
    const seen = await followGuide(page, 'token-captured');
    expect(seen).toEqual(['submit-token', 'token-captured']);
    // Create token was never offered to the admin's click: the guide clicked Okta's own button.
    expect(changes.filter((change) => change.target === 'found').map((change) => change.step)).not.toContain(
      'create-token',
    );
    expectNoEarlyMissing(changes);
  });

  it('Start: a dialog the admin closes is not opened again; Create token is highlighted, also after a reload', async () => {
    const { page } = await startGuideOn(
      world(),
      'http://acme-admin.okta.com/admin/access/api/tokens',
      'Start',
    );
    await waitForStep(page, 'submit-token');
    await humanPause(page);
    await page.getByRole('button', { name: 'Cancel' }).click(); // the admin closes Okta's dialog
    await waitForStep(page, 'create-token');
    await page.reload();
    await waitForStep(page, 'create-token');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    const seen = await followGuide(page, 'token-captured');
    expect(seen).toEqual(['create-token', 'submit-token', 'token-captured']);
    expect(world().okta.createdTokens).toHaveLength(1);
  });

  it('in Start’s direct mode, a page off the way offers the Tokens page first', async () => {
    const { page } = await startGuideOn(
      world(),
      'http://acme-admin.okta.com/admin/access/api/tokens',
      'Start',
    );
    await waitForStep(page, 'submit-token');
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    const shortcut = page.locator(OVERLAY).getByRole('link', { name: 'Take me there' });
    expect(await shortcut.getAttribute('class')).toBe('primary');
    expect(await shortcut.getAttribute('href')).toBe('http://acme-admin.okta.com/admin/access/api/tokens');
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
    const { page, changes } = await startGuideOn(world(), url);
    await waitForStep(page, step);
    await page.reload();
    await waitForStep(page, step);
    expectNoEarlyMissing(changes);
  });

  it('says nothing is missing before the grace on a console that renders late, on every load', async () => {
    world().okta.setOrgOptions('acme', { renderDelayMs: 5500 });
    const { page, changes } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    await page.reload();
    await waitForStep(page, 'open-security');
    expectNoEarlyMissing(changes);
    expect(changes.some((change) => change.target === 'missing')).toBe(true); // 5.5 s is past the grace
  });

  it('resumes after the step-up re-authentication and captures the token', async () => {
    world().okta.setOrgOptions('acme', { stepUp: true });
    const { page, changes } = await startGuideOn(
      world(),
      'http://acme-admin.okta.com/admin/access/api/tokens',
    );
    await followGuide(page, 'submit-token');
    await clickHighlighted(page);
    await page.waitForURL(/acme\.okta\.com\/login\/step-up/);
    await waitForStep(page, 'submit-token'); // the guide followed the admin to the org host
    await clickHighlighted(page); // the password field
    await page.keyboard.type('correct horse');
    await page.keyboard.press('Enter');
    await page.waitForURL(/acme-admin\.okta\.com\/admin\/access\/api\/tokens/);
    await waitForStep(page, 'token-captured');
    expectNoEarlyMissing(changes);
    const popup = await world().popupFor(page);
    const token = world().okta.createdTokens.at(-1)?.token ?? '';
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
  });

  it('resumes after the service worker is stopped mid-flow', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await followGuide(page, 'open-tokens-tab');
    const worker = await serviceWorkerOf(world().context);
    await worker.evaluate(() => {
      (self as unknown as { beforeStop: boolean }).beforeStop = true;
    });
    await stopServiceWorker(world().context, world().extensionId);
    await clickHighlighted(page);
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

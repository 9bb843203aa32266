import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OrgOptions } from '../../sandbox/okta/options';
import { masked } from './journeys/guide';
import { seriousViolations } from './support/axe';
import { useWorld, type World } from './support/env';
import {
  clickHighlighted,
  expectCalloutUsableUnderDialog,
  expectNoEarlyMissing,
  followGuide,
  guideText,
  humanPause,
  startGuideOn,
  waitForStep,
} from './support/guide';

/*
 * The guide on every Admin Console the sandbox serves (sandbox/okta/README.md): Okta's Odyssey components
 * (combobox or NativeSelect, the dialog in a shadow root, late rendering, Japanese and German without data-se)
 * and Courage's Chosen dropdown, plus re-authentication mid-flow. Each walk starts on the admin dashboard and
 * clicks only what the guide highlights, at the centre of its ring, to a captured token.
 */

async function walkToCapturedToken(world: World, org: string, options: Partial<OrgOptions>) {
  world.okta.setOrgOptions(org, options);
  const { page, changes } = await startGuideOn(world, `http://${org}-admin.okta.com/admin/dashboard`);
  const seen = await followGuide(page, 'submit-token');
  expect(seen).toEqual(['open-security', 'open-api', 'open-tokens-tab', 'create-token', 'submit-token']);
  return { page, changes };
}

async function submitAndCapture(
  world: World,
  page: Page,
  changes: Parameters<typeof expectNoEarlyMissing>[0],
) {
  await clickHighlighted(page); // Okta's own Create token: the admin's click
  await waitForStep(page, 'token-captured');
  expectNoEarlyMissing(changes);
  const created = world.okta.createdTokens.at(-1);
  expect(created).toMatchObject({ name: 'StackOne Integration', networkChoice: 'ANYWHERE' });
  const popup = await world.popupFor(page);
  const token = created?.token ?? '';
  await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
  await page.bringToFront();
  return token;
}

describe('the guide on Okta’s Odyssey console', () => {
  const world = useWorld();

  it.each<[string, string, Partial<OrgOptions>]>([
    ['with its Select (an ARIA combobox)', 'ody', { adminConsole: 'odyssey' }],
    ['with a NativeSelect', 'odynat', { adminConsole: 'odyssey', networkControl: 'native-select' }],
    ['in Japanese, without data-se', 'odyja', { adminConsole: 'odyssey', variant: 'japanese' }],
    ['in German, without data-se', 'odyde', { adminConsole: 'odyssey', variant: 'german' }],
  ])('%s: to a captured token, the callout readable and clear of the dialog', async (_, org, options) => {
    const { page, changes } = await walkToCapturedToken(world(), org, options);
    await expectCalloutUsableUnderDialog(page);
    expect(await seriousViolations(page)).toEqual([]);
    await submitAndCapture(world(), page, changes);
    await expectCalloutUsableUnderDialog(page); // over Okta's reveal dialog too
  });

  it('a dialog that opens on another network choice: the guide sets Any IP in the combobox, the admin only clicks Create token', async () => {
    const { page, changes } = await walkToCapturedToken(world(), 'odyzone', {
      adminConsole: 'odyssey',
      networkDefault: 'IN_ANY_ZONE',
    });
    await submitAndCapture(world(), page, changes); // the token was created with Any IP
  });

  it('with the dialog in an open shadow root', async () => {
    const { page, changes } = await walkToCapturedToken(world(), 'odyshadow', {
      adminConsole: 'odyssey',
      dialogInShadowRoot: true,
    });
    await expectCalloutUsableUnderDialog(page);
    await submitAndCapture(world(), page, changes);
  });

  it('rendering 5.5 s late: nothing says missing before the grace on any page', async () => {
    const { page, changes } = await walkToCapturedToken(world(), 'odyslow', {
      adminConsole: 'odyssey',
      renderDelayMs: 5500,
    });
    await submitAndCapture(world(), page, changes);
  });

  it('a re-authentication in a pop-up window: the guide waits, then captures the token', async () => {
    const { page, changes } = await walkToCapturedToken(world(), 'odypop', {
      adminConsole: 'odyssey',
      reauth: 'popup',
    });
    const opening = page.waitForEvent('popup');
    await clickHighlighted(page);
    const popup = await opening;
    await expect.poll(() => guideText(page)).toContain('Okta is creating the token');
    await popup.getByLabel('Password').fill('correct horse');
    await humanPause(popup);
    await popup.getByRole('button', { name: 'Verify' }).click();
    await waitForStep(page, 'token-captured');
    expectNoEarlyMissing(changes);
    expect(world().okta.createdTokens.at(-1)).toMatchObject({ networkChoice: 'ANYWHERE' });
  });

  it('a re-authentication by a sign-in page mid-flow: the guide carries on from there', async () => {
    world().okta.setOrgOptions('odyre', { adminConsole: 'odyssey', reauth: 'sign-in-on-open' });
    const { page, changes } = await startGuideOn(
      world(),
      'http://odyre-admin.okta.com/admin/access/api/tokens',
    );
    await followGuide(page, 'create-token');
    await clickHighlighted(page);
    await page.waitForURL(/^http:\/\/odyre\.okta\.com\/login\/login\.htm/);
    await waitForStep(page, 'sign-in');
    await page.getByLabel('Username').fill('alex.admin');
    await clickHighlighted(page); // the password field
    await page.keyboard.type('pw');
    await page.keyboard.press('Enter');
    await page.waitForURL('http://odyre-admin.okta.com/admin/access/api/tokens');
    await followGuide(page, 'submit-token');
    await submitAndCapture(world(), page, changes);
  });
});

describe('the guide on Courage consoles', () => {
  const world = useWorld();

  it.each<[string, string, Partial<OrgOptions>]>([
    ['with a Chosen dropdown', 'chz', { networkControl: 'custom-dropdown' }],
    [
      'in Japanese with Chosen, without data-se',
      'chzja',
      { variant: 'japanese', networkControl: 'custom-dropdown' },
    ],
    ['in German, without data-se', 'cde', { variant: 'german' }],
    [
      'with a Chosen dropdown opening on another network choice (the guide sets Any IP)',
      'chzzone',
      { networkControl: 'custom-dropdown', networkDefault: 'IN_ANY_ZONE' },
    ],
  ])('%s: to a captured token', async (_, org, options) => {
    const { page, changes } = await walkToCapturedToken(world(), org, options);
    await expectCalloutUsableUnderDialog(page);
    await submitAndCapture(world(), page, changes);
  });
});

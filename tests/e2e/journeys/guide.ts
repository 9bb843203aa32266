import { expect, it } from 'vitest';
import type { Tab } from '../drivers/driver';
import { pollUntil } from '../drivers/poll';
import {
  clickButton,
  clickHighlighted,
  guideText,
  openPopup,
  overlayState,
  testIdText,
  typeInto,
  waitForStep,
  walk,
} from './admin';
import type { JourneyWorld } from './world';

/** From an Okta page to a token in memory: the short path, the tour, sign-in on the way, re-auth at the end. */

export const ORG_HOME = 'http://acme.okta.com/app/UserHome';
export const DASHBOARD = 'http://acme-admin.okta.com/admin/dashboard';
export const TOKENS_PAGE = 'http://acme-admin.okta.com/admin/access/api/tokens';

export const masked = (token: string) => `${token.slice(0, 4)}…${token.slice(-4)}`;

/** Opens `url` in a new tab and presses `button` ("Start", "Show me the way") in the popup for it. */
export async function startGuide(world: JourneyWorld, url: string, button = 'Start'): Promise<Tab> {
  const tab = await world.driver.open(url);
  const popup = await openPopup(world.driver, tab);
  await clickButton(popup, button);
  await popup.close();
  await tab.bringToFront();
  return tab;
}

/** The token Okta created last; the guide said it holds it, and the popup shows it masked, only masked. */
export async function expectCaptured(world: JourneyWorld, tab: Tab): Promise<string> {
  const created = world.okta.createdTokens.at(-1);
  expect(created).toMatchObject({ name: 'StackOne Integration', networkChoice: 'ANYWHERE' });
  const token = created?.token ?? '';
  await pollUntil(
    () => guideText(tab),
    (text) => text.includes('held in memory only'),
    { what: 'the guide to say it holds the token' },
  );
  const popup = await openPopup(world.driver, tab);
  await pollUntil(
    () => testIdText(popup, 'masked-token'),
    (shown) => shown === masked(token),
    { what: 'the masked token in the popup' },
  );
  const storage = await world.driver.readStorage();
  expect(JSON.stringify(storage.session)).toContain(token);
  await popup.close();
  return token;
}

/** A token captured the shortest way: the guide started on the Tokens page, walked to the capture. */
export async function captureToken(world: JourneyWorld): Promise<{ tab: Tab; token: string }> {
  const tab = await startGuide(world, TOKENS_PAGE);
  await walk(tab, 'token-captured');
  return { tab, token: await expectCaptured(world, tab) };
}

function waitForUrl(tab: Tab, url: string | RegExp) {
  return pollUntil(
    async () => tab.url(),
    (current) => (typeof url === 'string' ? current === url : url.test(current)),
    { what: `the tab to show ${url}` },
  );
}

/**
 * The walk of the short path (Start, Get token from Okta): the guide opened Okta's dialog and filled it, so the
 * admin's only click there is Okta's own Create token.
 */
export const SHORT_PATH = ['submit-token', 'token-captured'];

/** The tour: Admin → Security → API → Tokens tab → Create token, one highlight at a time, then the dialog. */
export const TOUR_FROM_ORG_HOME = [
  'open-admin',
  'open-security',
  'open-api',
  'open-tokens-tab',
  'create-token',
  ...SHORT_PATH,
];

export function guideJourneys(world: () => JourneyWorld): void {
  for (const [from, url] of [
    ['the org host', ORG_HOME],
    ['the Admin Console dashboard', DASHBOARD],
  ] as const) {
    it(`short path from ${from}: Start goes straight to the Tokens page and opens Okta's dialog; one click of the admin's captures the token`, async () => {
      const tab = await startGuide(world(), url);
      await waitForUrl(tab, TOKENS_PAGE);
      expect(await walk(tab, 'token-captured')).toEqual(SHORT_PATH);
      await expectCaptured(world(), tab);
    });
  }

  for (const [from, url, firstSteps] of [
    ['the org host', ORG_HOME, TOUR_FROM_ORG_HOME.slice(0, 5)],
    ['the Admin Console dashboard', DASHBOARD, TOUR_FROM_ORG_HOME.slice(1, 5)],
  ] as const) {
    it(`tour from ${from}: Show me the way highlights each place in turn, then Create token, then captures`, async () => {
      const tab = await startGuide(world(), url, 'Show me the way');
      expect(await walk(tab, 'token-captured')).toEqual([...firstSteps, ...SHORT_PATH]);
      await expectCaptured(world(), tab);
    });
  }

  it('a console whose network values are numeric ids, opening on a zone choice with Any IP last: Okta receives Any IP', async () => {
    world().okta.setOrgOptions('acme', {
      networkValues: 'numeric',
      networkOrder: 'any-ip-last',
      networkDefault: 'IN_ANY_ZONE',
    });
    const tab = await startGuide(world(), TOKENS_PAGE);
    expect(await walk(tab, 'token-captured')).toEqual(SHORT_PATH);
    expect(world().okta.createdTokens.at(-1)).toMatchObject({
      networkChoice: 'ANYWHERE',
      networkValue: '40',
    });
    await expectCaptured(world(), tab);
  });

  it('sign-in: signed out, the guide waits at the sign-in form and carries on once signed in', async () => {
    world().okta.setOrgOptions('acme', { requireSignIn: true });
    const tab = await world().driver.open(ORG_HOME);
    await waitForUrl(tab, /^http:\/\/acme\.okta\.com\/login\/login\.htm/);
    const popup = await openPopup(world().driver, tab);
    await clickButton(popup, 'Start');
    await popup.close();
    await tab.bringToFront();
    await waitForStep(tab, 'sign-in');
    await typeInto(tab, 'Username', 'alex.admin');
    await clickHighlighted(tab); // the password field
    await tab.type('correct horse');
    await tab.press('Enter');
    await pollUntil(
      () => overlayState(tab),
      (state) => state !== null && state.step !== 'sign-in',
      { what: 'the guide to carry on after the sign-in' },
    );
    await walk(tab, 'token-captured');
    await expectCaptured(world(), tab);
  });

  it('re-auth: Okta asks the admin to verify before it creates the token; the guide follows and captures', async () => {
    world().okta.setOrgOptions('acme', { stepUp: true });
    const tab = await startGuide(world(), TOKENS_PAGE);
    await walk(tab, 'submit-token');
    await clickHighlighted(tab); // Okta's Create token
    await waitForUrl(tab, /^http:\/\/acme\.okta\.com\/login\/step-up/);
    await waitForStep(tab, 'submit-token'); // the guide followed the admin to the org host
    await clickHighlighted(tab); // the password field
    await tab.type('correct horse');
    await tab.press('Enter');
    await waitForUrl(tab, TOKENS_PAGE);
    await waitForStep(tab, 'token-captured');
    await expectCaptured(world(), tab);
  });
}

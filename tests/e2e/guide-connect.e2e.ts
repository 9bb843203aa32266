import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION } from '../../sandbox/hub/server';
import { ChromiumTab } from './drivers/chromium';
import { useWorld, type World } from './support/env';
import {
  CONNECT_CALLS,
  extensionHubCalls,
  readExtensionStorage,
  takeHubSessionFromTab,
} from './support/extension';
import {
  followGuide,
  guideButton,
  guideText,
  humanPause,
  OVERLAY,
  startGuideOn,
  waitForStep,
} from './support/guide';
import { deepDom } from './support/secrets';

/*
 * Connect from the overlay (issue 12.3) and a new journey after `linked` (issue 11.6): the token the guide
 * captured goes to the hub from a button on the Okta page — only on the admin's own click — and Start on the
 * same org afterwards begins again instead of saying "linked".
 */

const ACME_TOKENS = 'http://acme-admin.okta.com/admin/access/api/tokens';

async function captureToken(world: World): Promise<{ page: Page; token: string }> {
  const { page } = await startGuideOn(world, ACME_TOKENS);
  await followGuide(page, 'token-captured');
  const token = world.okta.createdTokens.at(-1)?.token ?? '';
  world.secrets.add(token);
  return { page, token };
}

describe('Connect from the overlay', () => {
  const world = useWorld();

  it('says where the token will go, links it on the admin’s click, and a page script cannot click it', async () => {
    const { page, token } = await captureToken(world());
    await takeHubSessionFromTab(world());
    await page.bringToFront();
    const connect = guideButton(page, 'Connect');
    await connect.waitFor();
    expect(await guideText(page)).toContain(world().hub.backendOrigin);

    // A script of the page clicking the button (an untrusted click) sends nothing.
    const before = extensionHubCalls(world()).length;
    const scriptClicked = await page.evaluate((tag) => {
      const button = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (candidate) => candidate.textContent === 'Connect',
      );
      button?.click();
      return button !== undefined;
    }, OVERLAY);
    expect(scriptClicked).toBe(true);

    await humanPause(page);
    const clickedAt = Date.now();
    await connect.click();
    await waitForStep(page, 'linked');
    // The admin's click is the positive control: once its requests are recorded, the hub's record since the
    // page script's click holds exactly one Connect, all of it after the admin's click. A request the script's
    // click caused would be there before it, or a second Connect, however slow the hub.
    const since = extensionHubCalls(world()).slice(before);
    expect(since.filter((request) => request.receivedAt < clickedAt)).toEqual([]);
    expect(since.map((request) => `${request.method} ${request.path}`)).toEqual(CONNECT_CALLS);
    expect(world().hub.accounts).toHaveLength(1);
    const accountId = world().hub.accounts[0]?.id ?? 'no account';
    expect(await guideText(page)).toContain(accountId);
    expect(JSON.stringify(await readExtensionStorage(world().context))).not.toContain(token);
    // The page saw where the token went, never the hub session itself: its whole DOM, through our overlay's
    // open shadow root (which page.content() leaves out), read where the account id shows.
    const dom = await deepDom(new ChromiumTab(page));
    expect(dom).toContain(accountId);
    expect(dom).not.toContain(DEFAULT_SESSION);
  });

  it('shows why the hub refused, and keeps the token for another try', async () => {
    const { page, token } = await captureToken(world());
    await takeHubSessionFromTab(world());
    world().hub.sessions.clear(); // the hub session expired meanwhile
    await page.bringToFront();
    await humanPause(page);
    await guideButton(page, 'Connect').click();
    await expect.poll(() => guideText(page)).toContain('Hub session expired or invalid');
    expect(world().hub.accounts).toHaveLength(0);
    expect(JSON.stringify((await readExtensionStorage(world().context)).session)).toContain(token);
  });

  it('after linked, Start on the same org begins a new journey', async () => {
    const { page } = await captureToken(world());
    await takeHubSessionFromTab(world());
    await page.bringToFront();
    await humanPause(page);
    await guideButton(page, 'Connect').click();
    await waitForStep(page, 'linked');
    await page.getByRole('button', { name: 'Ok, got it' }).click(); // the admin closes Okta's reveal
    await guideButton(page, 'Close guide').click();
    await page.waitForSelector(OVERLAY, { state: 'detached' });

    const popup = await world().popupFor(page);
    await popup.getByRole('button', { name: 'Start' }).click();
    await page.bringToFront();
    await waitForStep(page, 'submit-token'); // a new journey: Okta's dialog opened for the admin
    const seen = await followGuide(page, 'token-captured');
    expect(seen).not.toContain('linked');
    expect(world().okta.createdTokens).toHaveLength(2);
  });
});

import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { useWorld, type World } from './support/env';
import { pasteTokenInPopup, serviceWorkerOf, stopServiceWorker } from './support/extension';

/*
 * The token's 15 minutes: once they are over it is gone from memory even if nothing happens meanwhile and
 * Chrome has stopped the idle worker. The test moves the clock by rewriting the held token's deadline and the
 * alarm's time to a few seconds ahead, as if 15 minutes had nearly passed; after that the extension is on
 * its own, and the reader page that watches its memory sends it no events.
 */

declare const chrome: typeof Browser;

const TOKEN = '00ExpiryTestToken_abcdefghijklmnopqrstuvwx';
const FIFTEEN_MINUTES = 15 * 60 * 1000;

describe('when the token has been held for 15 minutes', () => {
  const currentWorld = useWorld();
  let world: World;
  beforeEach(() => {
    world = currentWorld();
    world.secrets.add(TOKEN);
  });

  async function pasteToken(): Promise<Page> {
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, TOKEN);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe('00Ex…uvwx');
    await popup.close();
    return okta;
  }

  /** What the extension holds in memory, read from a page of ours that runs none of our code. */
  async function heldInMemory(reader: Page): Promise<string> {
    return reader.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  }

  it('is wiped by the expiry alarm while the worker sleeps, and the popup asks for a new one', async () => {
    const okta = await pasteToken();
    const worker = await serviceWorkerOf(world.context);
    const deadline = await worker.evaluate(async () => {
      const alarm = await chrome.alarms.get('token-expiry');
      const { capturedToken } = await chrome.storage.session.get('capturedToken');
      return { alarm: alarm?.scheduledTime, expiresAt: (capturedToken as { expiresAt: number }).expiresAt };
    });
    expect(deadline.alarm).toBe(deadline.expiresAt);
    expect(deadline.expiresAt - Date.now()).toBeGreaterThan(FIFTEEN_MINUTES - 60_000);

    // The clock jumps to 3 s before the deadline; from here on, no event but the alarm can wipe the token.
    await worker.evaluate(async () => {
      const { capturedToken } = await chrome.storage.session.get('capturedToken');
      const expiresAt = Date.now() + 3000;
      await chrome.storage.session.set({ capturedToken: { ...(capturedToken as object), expiresAt } });
      await chrome.alarms.create('token-expiry', { when: expiresAt });
    });
    await stopServiceWorker(world.context, world.extensionId);
    const reader = await world.context.newPage();
    await reader.goto(`chrome-extension://${world.extensionId}/manifest.json`);
    expect(await heldInMemory(reader)).toContain(TOKEN);
    await expect.poll(() => heldInMemory(reader), { timeout: 20_000 }).not.toContain(TOKEN);

    const popup = await world.popupFor(okta);
    await popup.getByLabel('Or paste an API token').waitFor({ state: 'attached' });
    expect(await popup.getByTestId('masked-token').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Connect' }).count()).toBe(0);
  });
});

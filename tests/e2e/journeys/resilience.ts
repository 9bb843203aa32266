import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import type { Driver, Tab } from '../drivers/driver';
import { pollUntil } from '../drivers/poll';
import { watchForSecrets } from '../support/secrets';
import {
  clickButton,
  fieldValue,
  OVERLAY,
  openPopup,
  testIdText,
  typeInto,
  waitForStep,
  waitForText,
  walk,
} from './admin';
import { DASHBOARD, masked, ORG_HOME, startGuide, TOKENS_PAGE, TOUR_FROM_ORG_HOME } from './guide';
import { openHubPage } from './linking';
import type { JourneyWorld } from './world';

/** What must hold whatever the browser does: background stopped, browser restarted, time passing, no Start. */

/** The extension APIs in its own pages, where `inExtension` callbacks run. */
declare const chrome: typeof ExtensionBrowser;

/**
 * Pastes a token in the popup on an Okta tab, as an admin can without the guide. The token is a live one of
 * acme's in the Okta sandbox, so the hub's check and a revocation meet a real token.
 */
export async function pasteToken(world: JourneyWorld, driver: Driver, token: string): Promise<Tab> {
  world.secrets.add(token);
  world.okta.issueToken('acme.okta.com', token);
  const okta = await driver.open(DASHBOARD);
  const popup = await openPopup(driver, okta);
  await typeInto(popup, 'Or paste an API token', token);
  await clickButton(popup, 'Use token');
  await pollUntil(
    () => testIdText(popup, 'masked-token'),
    (shown) => shown === masked(token),
    { what: 'the pasted token, masked' },
  );
  await popup.close();
  return okta;
}

/** The shape of the page as a person's browser holds it: every element, in order, into open shadow roots. */
function domShape(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => {
    const shape: string[] = [];
    const visit = (root: Document | ShadowRoot, depth: string) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const attributes = element
          .getAttributeNames()
          .filter((name) => name !== 'value')
          .sort()
          .join(',');
        shape.push(`${depth}${element.tagName.toLowerCase()}[${attributes}]`);
        if (element.shadowRoot) visit(element.shadowRoot, `${depth}>`);
      }
    };
    visit(document, '');
    return shape;
  });
}

/** Clicks the centre of an element the test knows (never in a walk: here the admin works by hand). */
async function clickSelector(tab: Tab, selector: string): Promise<void> {
  const point = await pollUntil(
    () =>
      tab.evaluate((css) => {
        const element = document.querySelector(css);
        if (!element) return null;
        const rect = element.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, selector),
    (found) => found !== null,
    { what: `${selector} on ${tab.url()}` },
  );
  await tab.click(point as { x: number; y: number });
}

/** The Admin Console visited and a token created by hand, the DOM's shape taken at each stop. */
async function visitConsoleByHand(driver: Driver): Promise<string[][]> {
  const shapes: string[][] = [];
  const tab = await driver.open(DASHBOARD);
  for (const url of [DASHBOARD, TOKENS_PAGE]) {
    await tab.goto(url);
    await pollUntil(
      () => tab.evaluate(() => document.querySelector('odyssey-react-web-component') !== null),
      Boolean,
      { what: 'the console shell' },
    );
    await new Promise((resolve) => setTimeout(resolve, 800)); // past the sandbox's late rendering
    shapes.push(await domShape(tab));
  }
  // The admin creates a token by hand: the extension must neither add anything nor capture it.
  await clickSelector(tab, '[data-se="create-token"]');
  await typeInto(tab, 'What do you want your token to be named?', 'By hand');
  await clickSelector(tab, '.o-form-button-bar input[type="submit"]');
  await pollUntil(
    () => tab.evaluate(() => document.querySelector('[data-se="token-value"]') !== null),
    Boolean,
    { what: 'the revealed token' },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  shapes.push(await domShape(tab));
  await tab.close();
  return shapes;
}

/**
 * Console lines that report a problem in a page: Chromium's console errors, warnings and page errors, and
 * Firefox's on its stdout, leaving out the browser's own chatter there (its remote agent and actors, which
 * run as chrome:// and resource:// code or report a failed actor message).
 */
function pageProblems(lines: string[]): string[] {
  return lines.filter(
    (line) =>
      /^\[(console error|console warning|error) |^\[firefox stdout\] (console\.(error|warn)|JavaScript (error|warning)):/.test(
        line,
      ) && !/chrome:\/\/|resource:\/\/|JSWindowActor/.test(line),
  );
}

export function resilienceJourneys(world: () => JourneyWorld): void {
  it('the background stopped before each of the admin’s moves: the guide resumes, and Connect still links once', async () => {
    const w = world();
    // The tour crosses the most pages (org host, Admin Console, its in-page navigations, the dialog).
    const tab = await startGuide(w, ORG_HOME, 'Show me the way');
    const stoppedAt: string[] = [];
    const seen = await walk(tab, 'token-captured', {
      beforeEachMove: async (step) => {
        stoppedAt.push(step);
        await w.driver.stopBackground();
        await tab.bringToFront();
      },
    });
    expect(seen).toEqual(TOUR_FROM_ORG_HOME);
    expect(stoppedAt).toEqual(seen.slice(0, -1));

    // The token survives a stop (storage.session), and a stop before Connect does not matter either.
    const token = w.okta.createdTokens.at(-1)?.token ?? '';
    await w.driver.stopBackground();
    expect(JSON.stringify((await w.driver.readStorage()).session)).toContain(token);
    const hubTab = await openHubPage(w);
    const hubPopup = await openPopup(w.driver, hubTab);
    await clickButton(hubPopup, 'Use hub session from this tab');
    await waitForText(hubPopup, w.hub.backendOrigin);
    await w.driver.stopBackground();

    const popup = await openPopup(w.driver, tab);
    await clickButton(popup, 'Connect');
    await waitForText(popup, 'Connected', 20_000);
    expect(w.hub.accounts).toHaveLength(1);
    await tab.bringToFront();
    await waitForStep(tab, 'linked');
    expect(JSON.stringify(await w.driver.readStorage())).not.toContain(token);
  }, 120_000);

  it('nothing of the extension on an Okta page before Start: the same DOM as without it', async () => {
    const w = world();
    const without = await w.kind.launch({ okta: w.okta, withExtension: false });
    try {
      const reference = await visitConsoleByHand(without);
      const referenceProblems = pageProblems(without.consoleOutput());
      w.okta.reset();
      w.driver.clearRecords();
      const observed = await visitConsoleByHand(w.driver);
      // The token the admin created by hand was revealed, then its tab closed: whatever could capture it had its
      // chance while the tab was open, and nothing of the extension kept it.
      const byHand = w.okta.createdTokens.at(-1)?.token ?? '';
      expect(byHand).toMatch(/^00/);
      expect(JSON.stringify(await w.driver.readStorage())).not.toContain(byHand);
      expect(observed.map((shape) => shape.length)).toEqual(reference.map((shape) => shape.length));
      expect(observed).toEqual(reference);
      expect(observed.flat().some((entry) => entry.includes(OVERLAY))).toBe(false);
      expect(pageProblems(w.driver.consoleOutput())).toEqual(referenceProblems);
    } finally {
      await without.close();
    }
  });

  it('a browser restart drops the token, by design, while settings survive', async () => {
    const w = world();
    const token = '00RestartTestToken_abcdefghijklmnopqrstuvw';
    const profileDir = mkdtempSync(path.join(tmpdir(), 'ola-kept-profile-'));
    try {
      const first = await w.kind.launch({ okta: w.okta, profileDir });
      try {
        await pasteToken(w, first, token);
        const options = await first.openExtensionPage('options.html');
        await typeInto(options, 'Token name', 'Okta for Acme HR');
        await clickButton(options, 'Save');
        await waitForText(options, 'Saved.');
        expect(JSON.stringify((await first.readStorage()).session)).toContain(token);
        expect(await leaksIn(w, first, token)).toEqual([]);
      } finally {
        await first.close();
      }

      const second = await w.kind.launch({ okta: w.okta, profileDir });
      try {
        const okta = await second.open(DASHBOARD);
        expect(JSON.stringify(await second.readStorage())).not.toContain(token);
        const popup = await openPopup(second, okta);
        await pollUntil(() => popup.centreOfRole('button', 'Start'), Boolean, { what: 'Start' });
        expect(await testIdText(popup, 'masked-token')).toBeNull();
        const options = await second.openExtensionPage('options.html');
        await pollUntil(
          () => fieldValue(options, 'Token name'),
          (value) => value === 'Okta for Acme HR',
          { what: 'the saved token name' },
        );
        expect(await leaksIn(w, second, token)).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 90_000);

  // A sleeping background is woken by the alarm, and may wipe through its start-up check or its alarm listener;
  // the next test holds the background awake, so that only the listener can.
  it('the token is wiped at its 15-minute deadline by the alarm, while the background sleeps', async () => {
    const w = world();
    const token = '00ExpiryTestToken_abcdefghijklmnopqrstuvwx';
    const okta = await pasteToken(w, w.driver, token);
    const deadline = await w.driver.inExtension(async () => {
      const alarm = await chrome.alarms.get('token-expiry:acme.okta.com');
      const { capturedTokens } = await chrome.storage.session.get('capturedTokens');
      const held = (capturedTokens as Record<string, { expiresAt: number }>)['acme.okta.com'];
      return { alarm: alarm?.scheduledTime, expiresAt: held?.expiresAt ?? 0 };
    });
    expect(deadline.alarm).toBe(deadline.expiresAt);
    expect(deadline.expiresAt - Date.now()).toBeGreaterThan(15 * 60 * 1000 - 60_000);

    // The clock jumps to 4 s before the deadline; from here on, no event but the alarm can wipe the token.
    await w.driver.inExtension(async () => {
      const { capturedTokens } = await chrome.storage.session.get('capturedTokens');
      const tokens = capturedTokens as Record<string, object>;
      const expiresAt = Date.now() + 4000;
      await chrome.storage.session.set({
        capturedTokens: { ...tokens, 'acme.okta.com': { ...tokens['acme.okta.com'], expiresAt } },
      });
      await chrome.alarms.create('token-expiry:acme.okta.com', { when: expiresAt });
    });
    await w.driver.stopBackground();
    const held = () =>
      w.driver.inExtension(async () => JSON.stringify(await chrome.storage.session.get(null)));
    await pollUntil(held, (memory) => !memory.includes(token), {
      what: 'the alarm to wipe the token',
      timeoutMs: 25_000,
    });

    const popup = await openPopup(w.driver, okta);
    // No token: the popup offers Start again, for a new one.
    await pollUntil(() => popup.centreOfRole('button', 'Start'), Boolean, { what: 'Start' });
    expect(await testIdText(popup, 'masked-token')).toBeNull();
    expect(await popup.centreOfRole('button', 'Connect')).toBeNull();
  });
  it('a running background wipes the token at its deadline through its own alarm listener, with no restart', async () => {
    const w = world();
    const token = '00AwakeExpiryToken_abcdefghijklmnopqrstuvw';
    await pasteToken(w, w.driver, token);
    const awake = keepBackgroundAwake(w.driver);
    try {
      const instance = await pollUntil(
        () => w.driver.backgroundInstance(),
        (id) => id !== null,
        {
          what: 'the background to run',
        },
      );
      // The deadline 3 s away: the background running now started before it, so its start-up check kept the token.
      await w.driver.inExtension(async () => {
        const { capturedTokens } = await chrome.storage.session.get('capturedTokens');
        const tokens = capturedTokens as Record<string, object>;
        const expiresAt = Date.now() + 3000;
        await chrome.storage.session.set({
          capturedTokens: { ...tokens, 'acme.okta.com': { ...tokens['acme.okta.com'], expiresAt } },
        });
        await chrome.alarms.create('token-expiry:acme.okta.com', { when: expiresAt });
      });
      const held = () =>
        w.driver.inExtension(async () => JSON.stringify(await chrome.storage.session.get(null)));
      await pollUntil(held, (memory) => !memory.includes(token), {
        what: "the background's alarm listener to wipe the token",
        timeoutMs: 25_000,
      });
      // The same run of the background, all along: no start-up did it.
      expect(await w.driver.backgroundInstance()).toBe(instance);
    } finally {
      await awake.stop();
    }
  });
}

/**
 * Holds the background awake, as a busy one is: a message every 300 ms that it refuses at once (no type of
 * ours), so nothing but the refusal runs and no token is read on the way.
 */
function keepBackgroundAwake(driver: Driver): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    while (running) {
      await driver
        .inExtension(() => chrome.runtime.sendMessage({ type: 'test:keep-awake' }).catch(() => null))
        .catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
    },
  };
}

/** The token sweep over a browser the world did not launch itself. */
function leaksIn(world: JourneyWorld, driver: Driver, token: string): Promise<string[]> {
  const sweep = watchForSecrets({ driver, okta: world.okta, hub: world.hub });
  sweep.add(token);
  return sweep.findLeaks();
}

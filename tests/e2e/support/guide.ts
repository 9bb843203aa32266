import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ChromiumTab } from '../drivers/chromium';
import * as admin from '../journeys/admin';
import type { World } from './env';

/**
 * Acting on the guide as an admin would, for the Chromium-only tests (playwright pages): read its step, click
 * what it highlights. The moves are the journeys' (journeys/admin.ts), through the Chromium driver's tab.
 */

export const OVERLAY = admin.OVERLAY;
/** The contract's grace (spec.md): nothing says "missing" sooner on a page. */
export const MISSING_GRACE_MS = 4000;

export async function currentStep(page: Page): Promise<{ step: string | null; target: string | null }> {
  return (await admin.overlayState(new ChromiumTab(page))) ?? { step: null, target: null };
}

export function waitForStep(page: Page, step: string, target: 'found' | 'missing' = 'found'): Promise<void> {
  return admin.waitForStep(new ChromiumTab(page), step, target);
}

/** A person's pause before a click: they read, then move the mouse. */
export function humanPause(_page?: Page): Promise<void> {
  return admin.humanPause();
}

/** Clicks the middle of the highlight ring, after a human-like pause: whatever the admin would hit there. */
export function clickHighlighted(page: Page): Promise<void> {
  return admin.clickHighlighted(new ChromiumTab(page));
}

/** The guide's own buttons (Take me there, Connect, Stop guide), inside its shadow root. */
export function guideButton(page: Page, name: string) {
  return page.locator(OVERLAY).getByRole('button', { name });
}

export function guideText(page: Page): Promise<string> {
  return page.locator(OVERLAY).locator('section').innerText();
}

/**
 * Follows the guide from wherever it is to `until`, clicking only what it highlights, at the ring's centre,
 * recording every step seen. In the create-token dialog the guide fills in the form itself: the admin's only
 * click there is Okta's own "Create token".
 */
export async function followGuide(
  page: Page,
  until: string,
  seen: string[] = [],
  options: admin.WalkOptions = {},
): Promise<string[]> {
  seen.push(...(await admin.walk(new ChromiumTab(page), until, options)));
  return seen;
}

/** The popup's two ways to start: the tour from where the admin is, or straight to the Tokens page. */
export type StartButton = 'Show me the way' | 'Start';

/**
 * Opens `url` in a new tab and starts the guide from the popup for it, as the admin would: by default with
 * "Show me the way" (the tour from that page); `Start` sends the tab straight to the Tokens page. Every change
 * of the overlay's step and target on that tab is recorded in `changes`.
 */
export async function startGuideOn(
  world: World,
  url: string,
  way: StartButton = 'Show me the way',
): Promise<{ page: Page; popup: Page; changes: TargetChange[] }> {
  const page = await world.context.newPage();
  const changes = await recordTargetChanges(page);
  await page.goto(url);
  const popup = await world.popupFor(page);
  await popup.getByRole('button', { name: way }).click();
  await page.bringToFront();
  return { page, popup, changes };
}

export interface TargetChange {
  url: string;
  /** Milliseconds since that document started loading (its time origin). */
  at: number;
  step: string | null;
  target: string | null;
}

/**
 * Records every change of the overlay's `data-step`/`data-target` on every document `page` loads, with the
 * time since that document started: to check that nothing says "missing" before the grace on any page.
 * Call before the page's first navigation.
 */
export async function recordTargetChanges(page: Page): Promise<TargetChange[]> {
  const changes: TargetChange[] = [];
  await page.exposeFunction('__olaRecordTarget', (change: TargetChange) => {
    changes.push(change);
  });
  await page.addInitScript((tag) => {
    const send = (globalThis as unknown as { __olaRecordTarget: (change: unknown) => void })
      .__olaRecordTarget;
    const seen = (host: Element) =>
      send({
        url: location.href,
        at: performance.now(),
        step: host.getAttribute('data-step'),
        target: host.getAttribute('data-target'),
      });
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target as Element;
        if (record.type === 'attributes' && node.localName === tag) seen(node);
        for (const added of record.addedNodes)
          if ((added as Element).localName === tag) seen(added as Element);
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-step', 'data-target'],
    });
  }, OVERLAY);
  return changes;
}

/** No page said "missing" before the grace, counted from that page's own start. */
export function expectNoEarlyMissing(changes: readonly TargetChange[]): void {
  const early = changes.filter((change) => change.target === 'missing' && change.at < MISSING_GRACE_MS);
  expect(early, 'no "missing" before the grace on any page').toEqual([]);
}

/** What the admin's screen reader and mouse meet while Okta's create-token dialog is open. */
async function overlayUnderDialog(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const callout = host?.shadowRoot?.querySelector('.callout');
    const box = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    // Dialogs may sit in open shadow roots: look through every one.
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of (roots[i] as Document).querySelectorAll('*')) {
        if (element.shadowRoot && element !== host) roots.push(element.shadowRoot);
      }
    }
    const controls = roots.flatMap((root) =>
      Array.from(root.querySelectorAll('[role="dialog"] :is(button, input, select, [role="combobox"])')),
    );
    let hidden = false;
    for (let node: Element | null = host ?? null; node; node = node.parentElement) {
      if (node.getAttribute('aria-hidden') === 'true') hidden = true;
    }
    return {
      hidden,
      callout: callout ? box(callout) : null,
      controls: controls.filter((c) => c.getBoundingClientRect().width > 0).map(box),
    };
  }, OVERLAY);
}

/**
 * While Okta's dialog is open, the callout stays in the screen-reader tree (no `aria-hidden` on it or its
 * ancestors) and covers none of the dialog's controls (its field, its buttons), wherever the dialog lives.
 */
export async function expectCalloutUsableUnderDialog(page: Page): Promise<void> {
  const { hidden, callout, controls } = await overlayUnderDialog(page);
  expect(hidden, 'the callout is hidden from assistive technology').toBe(false);
  expect(callout).not.toBeNull();
  expect(controls.length).toBeGreaterThan(1);
  for (const control of controls) {
    const apart =
      !callout ||
      callout.right <= control.left ||
      control.right <= callout.left ||
      callout.bottom <= control.top ||
      control.bottom <= callout.top;
    expect(apart, `the callout covers a dialog control at ${JSON.stringify(control)}`).toBe(true);
  }
  // The screen-reader tree: the callout is in it, named, while the page's modal hides the rest of the page.
  const tree = await page.locator(OVERLAY).ariaSnapshot();
  // Named in the console's language: every language's name holds the product's.
  expect(tree).toContain('Okta Link Assistant');
}

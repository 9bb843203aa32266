import type { Page } from 'playwright-core';
import { ChromiumTab } from '../drivers/chromium';
import * as admin from '../journeys/admin';
import type { World } from './env';

/**
 * Acting on the guide as an admin would, for the Chromium-only tests (playwright pages): the same moves as
 * the journeys' (journeys/admin.ts), through the Chromium driver's tab.
 */

export const OVERLAY = admin.OVERLAY;

export async function currentStep(page: Page): Promise<{ step: string | null; target: string | null }> {
  return (await admin.overlayState(new ChromiumTab(page))) ?? { step: null, target: null };
}

export function waitForStep(page: Page, step: string, target: 'found' | 'missing' = 'found'): Promise<void> {
  return admin.waitForStep(new ChromiumTab(page), step, target);
}

/** Clicks the middle of the highlight ring: whatever the admin would hit there. */
export function clickHighlighted(page: Page): Promise<void> {
  return admin.clickHighlighted(new ChromiumTab(page));
}

/** The guide's own buttons (Continue, Take me there, Stop guide), inside its shadow root. */
export function guideButton(page: Page, name: string) {
  return page.locator(OVERLAY).getByRole('button', { name });
}

export function guideText(page: Page): Promise<string> {
  return page.locator(OVERLAY).locator('section').innerText();
}

/**
 * Follows the guide from wherever it is to `until`, clicking only what it highlights (and its Continue
 * button where the current guide still asks the admin to confirm), recording every step seen.
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

/** Opens `url` in a new tab and presses Start in the popup for it, as the admin would. */
export async function startGuideOn(world: World, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await world.open(url);
  const popup = await world.popupFor(page);
  await popup.getByRole('button', { name: 'Start' }).click();
  await page.bringToFront();
  return { page, popup };
}

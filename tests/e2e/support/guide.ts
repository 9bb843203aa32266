import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { World } from './env';

/** Acting on the guide as an admin would: read its step, click what it highlights. */

export const OVERLAY = 'okta-link-assistant';

export async function currentStep(page: Page): Promise<{ step: string | null; target: string | null }> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    return {
      step: host?.getAttribute('data-step') ?? null,
      target: host?.getAttribute('data-target') ?? null,
    };
  }, OVERLAY);
}

export async function waitForStep(
  page: Page,
  step: string,
  target: 'found' | 'missing' = 'found',
): Promise<void> {
  await page.waitForSelector(`${OVERLAY}[data-step="${step}"][data-target="${target}"]`, {
    state: 'attached',
    timeout: 15_000,
  });
}

/** Clicks the middle of the highlight ring: whatever the admin would hit there. */
export async function clickHighlighted(page: Page): Promise<void> {
  const point = await page.evaluate((tag) => {
    const ring = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.ring');
    if (!ring) return null;
    const rect = ring.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, OVERLAY);
  expect(point, 'a highlight ring is shown').not.toBeNull();
  if (point) await page.mouse.click(point.x, point.y);
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
 * button where the admin confirms a choice), recording every step seen.
 */
export async function followGuide(
  page: Page,
  until: string,
  seen: string[] = [],
  options: { beforeEachMove?: (step: string) => Promise<void> } = {},
): Promise<string[]> {
  for (let moves = 0; moves < 20; moves++) {
    await page.waitForSelector(`${OVERLAY}[data-target="found"]`, { state: 'attached', timeout: 15_000 });
    const { step } = await currentStep(page);
    if (step && seen.at(-1) !== step) seen.push(step);
    if (step === until) return seen;
    await options.beforeEachMove?.(step ?? '');
    if (step === 'name-token' || step === 'choose-network') {
      await guideButton(page, 'Continue').click();
    } else {
      await clickHighlighted(page);
    }
    await page
      .waitForFunction(
        ({ tag, before }) => document.querySelector(tag)?.getAttribute('data-step') !== before,
        { tag: OVERLAY, before: step },
        { timeout: 15_000 },
      )
      .catch((error: Error) => {
        throw new Error(
          `The guide stayed at ${step} after the admin's move on ${page.url()}: ${error.message}`,
        );
      });
  }
  throw new Error(`The guide never reached ${until}; saw ${seen.join(' → ')}`);
}

/**
 * Opens `url` in a new tab and starts the guide from the popup for it, as the admin would: by default with
 * "Show me the way" (the tour from that page); `Start` sends the tab straight to the Tokens page.
 */
export async function startGuideOn(
  world: World,
  url: string,
  way: 'Show me the way' | 'Start' = 'Show me the way',
): Promise<{ page: Page; popup: Page }> {
  const page = await world.open(url);
  const popup = await world.popupFor(page);
  await popup.getByRole('button', { name: way }).click();
  await page.bringToFront();
  return { page, popup };
}

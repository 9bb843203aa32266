import type { Driver, Point, Tab } from '../drivers/driver';
import { pollUntil } from '../drivers/poll';

/**
 * The admin's hands and eyes, in either browser: read the guide's step, click what it highlights at the
 * centre of its ring, press buttons found by their accessible name, type into labelled fields. Every click
 * comes after a short human-like pause, and the walk never clicks an element it knows from the page's markup.
 */

export const OVERLAY = 'okta-link-assistant';

/** 150–300 ms: about the quickest a person moves to the next thing and clicks it. */
export function humanPause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 150));
}

export interface OverlayState {
  step: string | null;
  target: string | null;
}

export function overlayState(tab: Tab): Promise<OverlayState | null> {
  return tab.evaluate((tag) => {
    const host = document.querySelector(tag);
    return host ? { step: host.getAttribute('data-step'), target: host.getAttribute('data-target') } : null;
  }, OVERLAY);
}

export async function waitForStep(
  tab: Tab,
  step: string,
  target: 'found' | 'missing' = 'found',
  timeoutMs = 15_000,
): Promise<void> {
  await pollUntil(
    () => overlayState(tab),
    (state) => state?.step === step && state.target === target,
    { what: `the guide at ${step} (${target}) on ${tab.url()}`, timeoutMs },
  );
}

/** The guide's text as the admin reads it (its shadow root's callout). */
export function guideText(tab: Tab): Promise<string> {
  return tab.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('section')?.innerText ?? '',
    OVERLAY,
  );
}

/** The centre of the guide's highlight ring, when it shows one. */
function ringCentre(tab: Tab): Promise<Point | null> {
  return tab.evaluate((tag) => {
    const ring = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.ring');
    if (!ring) return null;
    const rect = ring.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, OVERLAY);
}

/** Clicks the middle of the highlight ring: whatever the admin would hit there. */
export async function clickHighlighted(tab: Tab): Promise<void> {
  await humanPause();
  const point = await ringCentre(tab);
  if (!point) throw new Error(`The guide shows no highlight ring on ${tab.url()}`);
  await tab.click(point);
}

/**
 * The centre of a closed "More options" (the popup's ways that are not the one it offers first), when the
 * page has one.
 */
function closedMoreOptions(tab: Tab): Promise<Point | null> {
  return tab.evaluate(() => {
    const summary = [...document.querySelectorAll('details:not([open]) > summary')].find(
      (candidate) => candidate.textContent?.trim() === 'More options',
    );
    if (!summary) return null;
    const rect = summary.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/**
 * Resolves once the page has not changed for `quietMs` (at most `maxMs`): the admin's pause before a click,
 * spent reading a page that has finished laying itself out, so the click lands where the control now is.
 */
function pageSettled(tab: Tab, quietMs: number, maxMs = 3000): Promise<void> {
  // No named functions in evaluated code: tsx (the demo) would wrap them in a helper the page lacks.
  return tab.evaluate(
    ([quiet, max]) => {
      let observer: MutationObserver | undefined;
      return new Promise<void>((resolve) => {
        let timer = window.setTimeout(resolve, quiet);
        window.setTimeout(resolve, max);
        observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = window.setTimeout(resolve, quiet);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      }).then(() => observer?.disconnect());
    },
    [quietMs, maxMs] as const,
  );
}

/**
 * Looks for a control as an admin does, until it shows: on the page, else under a closed "More options",
 * which the admin then opens. Returns the point to click, taken after the admin's pause on a settled page.
 */
async function lookFor(tab: Tab, find: () => Promise<Point | null>, what: string, timeoutMs = 15_000) {
  return (await pollUntil(
    async () => {
      if (await find()) {
        await pageSettled(tab, 150 + Math.random() * 150);
        return find();
      }
      if (await closedMoreOptions(tab)) {
        await pageSettled(tab, 150 + Math.random() * 150);
        const more = await closedMoreOptions(tab);
        if (more) await tab.click(more);
      }
      return null;
    },
    (found) => found !== null,
    { what: `${what} on ${tab.url()}`, timeoutMs },
  )) as Point;
}

/** Finds a control by role and accessible name (waiting for it to show), and clicks its centre. */
async function clickRole(
  tab: Tab,
  role: 'button' | 'link' | 'checkbox',
  name: string,
  timeoutMs = 15_000,
): Promise<void> {
  const point = await lookFor(
    tab,
    () => tab.centreOfRole(role, name),
    `a ${role} named "${name}"`,
    timeoutMs,
  );
  await tab.click(point);
}

export function clickButton(tab: Tab, name: string, timeoutMs?: number): Promise<void> {
  return clickRole(tab, 'button', name, timeoutMs);
}

/** The centre of the form field labelled `label` (its `<label>`, or `aria-label`), when it is on the page. */
function fieldCentre(tab: Tab, label: string): Promise<Point | null> {
  return tab.evaluate((wanted) => {
    const byLabel = [...document.querySelectorAll('label')].find(
      (candidate) => candidate.textContent?.trim() === wanted,
    )?.control;
    const field = byLabel ?? document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(wanted)}"]`);
    // A field the admin cannot see (e.g. under a closed "More options") is not there for them.
    if (!field?.checkVisibility()) return null;
    field.scrollIntoView({ block: 'nearest' });
    const rect = field.getBoundingClientRect();
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    // Only where a click would reach it (not while it moves into place, nor under something else).
    const hit = document.elementFromPoint(centre.x, centre.y);
    return hit !== null && (hit === field || field.contains(hit)) ? centre : null;
  }, label);
}

/** What the field labelled `label` holds, or null when there is no such field. */
export function fieldValue(tab: Tab, label: string): Promise<string | null> {
  return tab.evaluate((wanted) => {
    const control = [...document.querySelectorAll('label')].find(
      (candidate) => candidate.textContent?.trim() === wanted,
    )?.control;
    return control && 'value' in control ? String(control.value) : null;
  }, label);
}

/** Clicks into the field labelled `label`, selects what it holds, and types over it, key by key. */
export async function typeInto(tab: Tab, label: string, text: string): Promise<void> {
  const point = await lookFor(tab, () => fieldCentre(tab, label), `a field labelled "${label}"`);
  await tab.click(point);
  await tab.evaluate(() => (document.activeElement as HTMLInputElement | null)?.select?.());
  await tab.type(text);
}

/** The page's visible text (the popup, the options page, a hub page's status). */
export function visibleText(tab: Tab): Promise<string> {
  return tab.evaluate(() => document.body?.innerText ?? '');
}

export function waitForText(tab: Tab, text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  return pollUntil(
    () => visibleText(tab),
    (shown) => (typeof text === 'string' ? shown.includes(text) : text.test(shown)),
    { what: `"${text}" on ${tab.url()}`, timeoutMs },
  );
}

/** The text of the element with this `data-testid`, or null when there is none. */
export function testIdText(tab: Tab, testId: string): Promise<string | null> {
  return tab.evaluate(
    (id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.innerText ?? null,
    testId,
  );
}

/** The popup for a tab (`popup.html?tabId=<id>`, as the spec allows tests), once it has painted its state. */
export async function openPopup(driver: Driver, tab: Tab): Promise<Tab> {
  const popup = await driver.openExtensionPage(`popup.html?tabId=${await driver.tabIdOf(tab)}`);
  await pollUntil(
    () => popup.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy') ?? 'absent'),
    (busy) => busy === 'false' || busy === 'absent',
    { what: 'the popup to paint its state' },
  );
  // Its other sections (what it found on the page, the admin's roles) arrive a moment later.
  await pageSettled(popup, 400);
  return popup;
}

export interface WalkOptions {
  /** Called before each of the admin's moves, with the step about to be acted on. */
  beforeEachMove?: (step: string) => Promise<void>;
}

/**
 * Follows the guide from wherever it is to `until`, clicking only what it highlights, at the centre of its
 * ring, after a human pause. Returns every step seen, in order. In Okta's create-token dialog the guide fills
 * the form itself: the admin's only click there is Okta's own "Create token".
 */
export async function walk(tab: Tab, until: string, options: WalkOptions = {}): Promise<string[]> {
  const seen: string[] = [];
  for (let moves = 0; moves < 20; moves++) {
    const state = await pollUntil(
      () => overlayState(tab),
      (current) => current?.target === 'found',
      {
        what: `a highlighted target on ${tab.url()} (walking to ${until}; seen ${seen.join(' → ')})`,
        timeoutMs: 20_000,
      },
    );
    const step = state?.step ?? '';
    if (seen.at(-1) !== step) seen.push(step);
    if (step === until) return seen;
    await options.beforeEachMove?.(step);
    await clickHighlighted(tab);
    await pollUntil(
      () => overlayState(tab),
      (after) => after?.step !== step,
      {
        what: `the guide to move on from ${step} after the admin's click on ${tab.url()}`,
        timeoutMs: 20_000,
      },
    );
  }
  throw new Error(`The guide never reached ${until}; saw ${seen.join(' → ')}`);
}

import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_ORG_OPTIONS, type OktaSandbox } from '../sandbox/okta/server';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { OVERLAY } from '../tests/e2e/support/guide';
import { startGuideFromPopup } from './browser';
import { median, round, type Summary, summarize } from './stats';

/**
 * Guide latency: from the moment the element the admin must act on appears in the page (the sandbox
 * console renders late, like Okta's SPA) to the moment the guide's ring is drawn over it. Both instants are
 * taken in the page's main world on one clock (`performance.now()`) by probes/latency-probe.js, a
 * MutationObserver installed before any page script runs: it sees the target inserted, the overlay's
 * `data-step`/`data-target` attributes, and (through the overlay's open shadow root) the ring's position.
 */

export interface LatencyKind {
  kind: string;
  /** What appears, and at which step. */
  target: string;
  step: string;
  /** insertion → overlay says `data-target="found"` for the step */
  toFoundMs: Summary;
  /** insertion → ring placed over the target: the highlight the admin sees */
  toHighlightMs: Summary;
}

export interface LatencyReport {
  renderDelayMs: number;
  kinds: LatencyKind[];
}

interface Sample {
  inserted: number;
  found: number;
  ring: number;
}

const RENDER_DELAY_MS = 300;
/** The probe, and the sessionStorage key that arms it across a page load (both in the probe's file). */
const PROBE = path.join(import.meta.dirname, 'probes/latency-probe.js');
const ARM_KEY = '__olaLatencyArm';

interface ProbeWindow {
  __olaLatency: { arm(selector: string, step: string): void; results: Sample[] };
}

async function resultCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__olaLatency.results.length);
}

async function nextResult(page: Page, count: number, what: string): Promise<Sample> {
  await page
    .waitForFunction((n) => (window as unknown as ProbeWindow).__olaLatency.results.length > n, count, {
      timeout: 10_000,
    })
    .catch(() => {
      throw new Error(`The guide never highlighted ${what}.`);
    });
  const sample = await page.evaluate(
    (n) => (window as unknown as ProbeWindow).__olaLatency.results[n],
    count,
  );
  if (!sample) throw new Error(`No latency sample for ${what}.`);
  return sample;
}

function kindOf(kind: string, target: string, step: string, samples: Sample[]): LatencyKind {
  return {
    kind,
    target,
    step,
    toFoundMs: summarize(samples.map((s) => s.found - s.inserted)),
    toHighlightMs: summarize(samples.map((s) => s.ring - s.inserted)),
  };
}

/** In-page navigation: the Tokens tab and the API page's tabs render late after each click. */
async function inPageSamples(page: Page, rounds: number): Promise<{ tokens: Sample[]; tabs: Sample[] }> {
  const tokens: Sample[] = [];
  const tabs: Sample[] = [];
  const measure = async (selector: string, step: string, click: string, into: Sample[]) => {
    const count = await resultCount(page);
    await page.evaluate(
      (target) => (window as unknown as ProbeWindow).__olaLatency.arm(target.selector, target.step),
      { selector, step },
    );
    await page.locator(click).click();
    into.push(await nextResult(page, count, `${selector} at ${step}`));
  };
  await page
    .locator(`${OVERLAY}[data-step="open-tokens-tab"][data-target="found"]`)
    .waitFor({ state: 'attached' });
  for (let round = 0; round < rounds; round++) {
    await measure('[data-se="create-token"]', 'create-token', '[data-se="tab-tokens"]', tokens);
    await measure('[data-se="tab-tokens"]', 'open-tokens-tab', '[data-se="tab-authorization-servers"]', tabs);
  }
  return { tokens, tabs };
}

/** A full page load with the guide started: the worker re-injects it, the console's shell renders late. */
async function afterLoadSamples(page: Page, rounds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const selector = '[data-se="o-side-nav-item-SECURITY"]';
  for (let round = 0; round < rounds; round++) {
    await page.evaluate((arm) => sessionStorage.setItem(arm.key, arm.value), {
      key: ARM_KEY,
      value: JSON.stringify({ selector, step: 'open-security' }),
    });
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    samples.push(await nextResult(page, 0, `${selector} after a page load`));
  }
  return samples;
}

export async function measureGuideLatency(options: {
  browser: LaunchedBrowser;
  okta: OktaSandbox;
  rounds: number;
}): Promise<LatencyReport> {
  const { browser, okta, rounds } = options;
  okta.setOrgOptions('acme', { renderDelayMs: RENDER_DELAY_MS });
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ path: PROBE });
    await page.goto('http://acme-admin.okta.com/admin/oauth2/as');
    await startGuideFromPopup(browser.context, browser.extensionId ?? '', page);
    const { tokens, tabs } = await inPageSamples(page, rounds);
    const afterLoad = await afterLoadSamples(page, rounds);
    return {
      renderDelayMs: RENDER_DELAY_MS,
      kinds: [
        kindOf('in-page navigation', 'Create token button (Tokens tab)', 'create-token', tokens),
        kindOf('in-page navigation', 'Tokens tab (API page)', 'open-tokens-tab', tabs),
        kindOf('page load', 'Security in the side nav (shadow root)', 'open-security', afterLoad),
      ],
    };
  } finally {
    await page.close();
    okta.setOrgOptions('acme', { renderDelayMs: DEFAULT_ORG_OPTIONS.renderDelayMs });
  }
}

/** The median over every sample of every kind, the figure held against the budget. */
export function overallMedian(report: LatencyReport): number {
  return round(median(report.kinds.flatMap((kind) => kind.toHighlightMs.samples)));
}

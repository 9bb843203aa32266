import type { Locator, Page } from 'playwright-core';
import type { OrgOptions } from '../../sandbox/okta/options';
import { configureHubApi } from '../../tests/e2e/drivers/in-extension';
import type { World } from '../../tests/e2e/support/env';
import {
  newTabAt,
  readExtensionStorage,
  resetExtensionState,
  seenByThePopup,
  takeHubSessionFromTab,
} from '../../tests/e2e/support/extension';
import { currentStep, guideText, OVERLAY } from '../../tests/e2e/support/guide';
import { hubConnectPointer, hubField, hubFormValues } from '../../tests/e2e/support/hub-form';
import type { StepId } from '../../utils/okta/steps-ids';
import { maskToken } from '../../utils/okta/token';
import { type ActionCount, Admin, type AdminAction } from './admin';
import type { DemoLanguage } from './options';
import { type JourneyPath, JourneyRecorder, type StepContext, type StepRecord } from './recorder';
import type { StoreImages } from './store';

/**
 * The journeys an admin makes with the assistant, played in the e2e world (sandbox Okta, the real hub UI on
 * the stub backend, the e2e build in Chromium), short paths first and the tour last. Each begins in a fresh
 * browser session and ends when the hub holds the account and the extension no longer holds the token. The
 * admin's moves go through `Admin` (admin.ts), which records them: the benchmark's counts are these records.
 */

export const ORG_DOMAIN = 'acme.okta.com';
export const OKTA_DASHBOARD = `http://${ORG_DOMAIN}/app/UserHome`;
const TOKENS_PAGE = 'http://acme-admin.okta.com/admin/access/api/tokens';
const DEFAULT_TOKEN_NAME = 'StackOne Integration';
const STEP_TIMEOUT_MS = 15_000;

export type JourneyId =
  | 'hub-org-known'
  | 'hub-org-typed'
  | 'okta-hub-session'
  | 'okta-no-hub-session'
  | 'tour';

export interface Journey {
  id: JourneyId;
  name: string;
  /** Where it begins: what is open and what the extension knows (none of it counted). */
  start: string;
  /** Its budget in bench/budgets.json; null for the tour, shown for comparison. */
  budget: string | null;
  play(world: World, path: JourneyPath): Promise<void>;
}

export interface PathSummary {
  id: JourneyId;
  name: string;
  start: string;
  budget: string | null;
  passed: boolean;
  ms: number;
  actions: AdminAction[];
  count: ActionCount;
}

export interface JourneyResult {
  startedAt: string;
  ms: number;
  passed: boolean;
  steps: StepRecord[];
  paths: PathSummary[];
}

export interface JourneyOptions {
  /** Folder for screenshots; null takes none (the benchmark only counts actions). */
  outDir: string | null;
  /** Where the screenshots marked as README images also go (docs/); null: nowhere. */
  docsDir?: string | null;
  /** The store listing's images (`npm run demo -- --store`); null: none. */
  store?: StoreImages | null;
  log?: (line: string) => void;
  /** The Okta console's language (scripts/demo/options.ts); English when not given. */
  lang?: DemoLanguage;
}

/** The sandbox's console in each language, with Okta's `data-se` kept so the rings can be checked. */
export const CONSOLE_IN: Record<DemoLanguage, Partial<OrgOptions>> = {
  en: {},
  fr: { variant: 'french', dataSe: true },
  de: { variant: 'german', dataSe: true },
  ja: { variant: 'japanese', dataSe: true },
  es: { variant: 'spanish', dataSe: true },
};

/** Each step of the guide the admin acts on: what the ring should surround there (sandbox/okta/README.md). */
const GUIDE_TARGETS: Partial<Record<StepId, { target: string; move: string }>> = {
  'open-admin': { target: '[data-se="admin-button"]', move: 'Admin button' },
  'open-security': { target: '[data-se="o-side-nav-item-SECURITY"]', move: 'Security (side nav)' },
  'open-api': { target: 'a.nav-item--wrapper[href="/admin/oauth2/as"]', move: 'API (side nav)' },
  'open-tokens-tab': { target: '[data-se="tab-tokens"]', move: 'Tokens tab' },
  'create-token': { target: '[data-se="create-token"]', move: 'Create token' },
  'submit-token': { target: '.o-form-button-bar input[type="submit"]', move: 'Create token (dialog)' },
};
/**
 * After Start or Get token from Okta: the Tokens page, where the guide opens Okta's own dialog and fills its name
 * and network; the admin's one click there is Okta's Create token.
 */
const SHORT_WALK: StepId[] = ['submit-token'];
/** Show me the way, from the dashboard: the tour teaches, so the admin opens the dialog. */
const TOUR_WALK: StepId[] = [
  'open-admin',
  'open-security',
  'open-api',
  'open-tokens-tab',
  'create-token',
  ...SHORT_WALK,
];

export const JOURNEYS: Journey[] = [
  {
    id: 'hub-org-known',
    name: 'From the hub, org known',
    start: "the hub's Okta form in front; the extension saw acme.okta.com before",
    budget: 'actionsFromHubOrgKnown',
    play: (world, path) => fromTheHub(world, path, 'known'),
  },
  {
    id: 'hub-org-typed',
    name: 'From the hub, org typed',
    start: "the hub's Okta form in front; the extension knows no Okta org",
    budget: 'actionsFromHubOrgTyped',
    play: (world, path) => fromTheHub(world, path, 'typed'),
  },
  {
    id: 'okta-hub-session',
    name: 'From Okta, hub session known',
    start: 'the Okta dashboard in front; the hub session taken earlier from the hub’s tab',
    budget: 'actionsFromOktaWithSession',
    play: (world, path) => fromOktaWithSession(world, path),
  },
  {
    id: 'okta-no-hub-session',
    name: 'From Okta, no hub session',
    start: "the Okta dashboard in front, the hub's Okta form in another tab",
    budget: 'actionsFromOktaWithoutSession',
    play: (world, path) => fromOktaToTheHubForm(world, path, 'Start'),
  },
  {
    id: 'tour',
    name: 'The tour (Show me the way)',
    start: "the Okta dashboard in front, the hub's Okta form in another tab (as the manual journey)",
    budget: null,
    play: (world, path) => fromOktaToTheHubForm(world, path, 'Show me the way'),
  },
];

export async function playJourneys(
  world: World,
  options: JourneyOptions,
  journeys: readonly Journey[] = JOURNEYS,
): Promise<JourneyResult> {
  const lang = options.lang ?? 'en';
  const recorder = new JourneyRecorder(
    options.outDir,
    options.log,
    options.docsDir ?? null,
    options.store ?? null,
    lang === 'en' ? '' : `-${lang}`,
  );
  const startedAt = new Date();
  const started = performance.now();
  const paths: PathSummary[] = [];
  for (const journey of journeys) {
    const admin = new Admin(world.context, world.extensionId);
    const path = recorder.path(journey.name, admin);
    const pathStarted = performance.now();
    await freshSession(world, lang);
    await journey.play(world, path);
    paths.push({
      id: journey.id,
      name: journey.name,
      start: journey.start,
      budget: journey.budget,
      passed: !path.failed,
      ms: performance.now() - pathStarted,
      actions: admin.actions,
      count: admin.count(),
    });
  }
  return {
    startedAt: startedAt.toISOString(),
    ms: performance.now() - started,
    passed: !recorder.failed,
    steps: recorder.steps,
    paths,
  };
}

/** As after a browser restart: no tabs, nothing held or remembered by the extension, sandboxes as new. */
async function freshSession(world: World, lang: DemoLanguage): Promise<void> {
  for (const page of world.context.pages()) await page.close();
  world.okta.reset();
  world.okta.setOrgOptions('acme', CONSOLE_IN[lang]);
  world.hub.reset();
  await resetExtensionState(world.context);
  // The sandbox's stub hub is the hub API, as an admin's IT would set it: a loopback hub is trusted only there.
  await world.driver.inExtension(configureHubApi, world.hub.backendOrigin);
}

/** Holds what earlier steps of a path produced; a step that runs after a failed one is skipped anyway. */
function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`No ${what} from the earlier steps.`);
  return value;
}

// ——— The journeys ———

/**
 * Get token from Okta on the hub's tab: the Tokens page opens with the guide, the token is captured, the hub
 * tab comes back with its form filled and the admin clicks the hub's Connect.
 */
async function fromTheHub(world: World, path: JourneyPath, org: 'known' | 'typed'): Promise<void> {
  const { admin } = path;
  let hub: Page | null = null;
  let okta: Page | null = null;
  let token: string | null = null;

  await path.step(
    org === 'known'
      ? 'The hub’s Okta form is open; the extension saw acme.okta.com before'
      : 'The hub’s Okta form is open; the extension has not seen any Okta org',
    async (step) => {
      if (org === 'known') await seenByThePopup(world, OKTA_DASHBOARD);
      hub = await openHubForm(world, admin);
      await admin.beginOn(hub);
      await step.shot(hub, "The vendor's page with the hub's Okta form");
    },
  );

  await path.step('The popup on the hub: Get token from Okta', async (step) => {
    const popup = await admin.openPopup(need(hub, 'hub tab'));
    const field = popup.getByLabel('Okta org');
    await field.waitFor({ timeout: STEP_TIMEOUT_MS });
    if (org === 'known') {
      await waitForValue(field, ORG_DOMAIN, 'the Okta org field', popup);
    } else {
      // The sandbox serves its orgs over http: the admin types the address (on a real org, `acme` will do).
      await admin.type(field, `http://${ORG_DOMAIN}`, 'the Okta org');
    }
    await step.shot(popup, 'Popup on the hub: Get token from Okta, with the Okta org', {
      docs: org === 'known' ? 'popup-hub' : undefined,
      store: org === 'known' ? { name: 'screenshot-4-popup-hub', over: need(hub, 'hub tab') } : undefined,
    });
    const before = new Set(world.context.pages());
    await admin.click(
      popup.getByRole('button', { name: 'Get token from Okta' }),
      'Get token from Okta (popup)',
    );
    okta = await newTabAt(world.context, before, TOKENS_PAGE, STEP_TIMEOUT_MS);
    admin.nameTab(okta, 'Okta tab');
    await admin.closePopup(popup);
    await admin.continueOn(okta);
  });

  await walkGuide(path, () => need(okta, 'Okta tab'), SHORT_WALK);
  await path.step('The token is captured', async (step) => {
    token = await tokenCaptured(world, need(okta, 'Okta tab'), step);
  });

  await path.step("The hub tab comes back, its form filled, pointing at the hub's Connect", async (step) => {
    const page = need(hub, 'hub tab');
    const captured = need(token, 'captured token');
    await waitForFilledForm(world, page, captured, page);
    await waitForText(hubConnectPointer(page), /Connect/, "the pointer at the hub's Connect", page);
    await admin.continueOn(page);
    await step.shot(page, "Hub form filled by the extension; it points at the hub's Connect", {
      docs: org === 'known' ? 'hub-filled' : undefined,
      around: [page.locator('stackone-hub'), hubConnectPointer(page)],
      store: org === 'known' ? { name: 'screenshot-5-hub-filled' } : undefined,
    });
  });
  await hubsOwnConnect(
    world,
    path,
    () => need(hub, 'hub tab'),
    () => need(token, 'captured token'),
  );
}

/** Start on the Okta dashboard; the overlay offers Connect once the token is captured. */
async function fromOktaWithSession(world: World, path: JourneyPath): Promise<void> {
  const { admin } = path;
  let okta: Page | null = null;
  let token: string | null = null;

  await path.step(
    'The Okta dashboard is open; the hub session was taken earlier from the hub’s tab',
    async () => {
      await (await takeHubSessionFromTab(world)).close();
      okta = await openOktaDashboard(world, admin);
      await admin.beginOn(okta);
    },
  );
  await startFromPopup(path, () => need(okta, 'Okta tab'), 'Start');
  await walkGuide(path, () => need(okta, 'Okta tab'), SHORT_WALK);
  await path.step('The token is captured; the guide offers Connect', async (step) => {
    const page = need(okta, 'Okta tab');
    token = await tokenCaptured(world, page, step);
    const connect = guideConnect(page);
    await connect.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
      throw new Error('The guide offers no Connect although a hub session is known.');
    });
    await waitForText(page.locator(OVERLAY).locator('section'), world.hub.backendOrigin, 'the guide', page);
    await step.shot(page, 'The guide offers Connect, naming the hub it links to');
  });
  await path.step('Connect in the guide', async (step) => {
    const page = need(okta, 'Okta tab');
    const captured = need(token, 'captured token');
    await admin.click(guideConnect(page), 'Connect (guide)');
    await waitForGuideStep(page, 'linked', 'token-captured');
    const account = world.hub.accounts.at(-1);
    if (!account || !Object.values(account.credentials).includes(captured)) {
      throw new Error('The hub backend holds no account with the token Okta showed.');
    }
    await waitForTokenWiped(world, captured, 'after Connect');
    step.note(`Hub account ${account.id}; the token is gone from the extension's storage.`);
    // Not a store image: Okta's reveal dialog still shows the token here (the store generator refuses it).
    await step.shot(page, 'Linked: the guide shows the hub account');
  });
}

/** Start (or the tour) on the Okta dashboard, then Fill hub form on the hub's tab and the hub's Connect. */
async function fromOktaToTheHubForm(
  world: World,
  path: JourneyPath,
  way: 'Start' | 'Show me the way',
): Promise<void> {
  const { admin } = path;
  const tour = way === 'Show me the way';
  let okta: Page | null = null;
  let hub: Page | null = null;
  let token: string | null = null;

  await path.step("The Okta dashboard is open; the hub's Okta form in another tab", async (step) => {
    hub = await openHubForm(world, admin);
    okta = await openOktaDashboard(world, admin);
    await admin.beginOn(okta);
    await step.shot(okta, 'Sandbox Okta end-user dashboard');
  });
  await startFromPopup(path, () => need(okta, 'Okta tab'), way, tour ? undefined : 'popup');
  await walkGuide(path, () => need(okta, 'Okta tab'), tour ? TOUR_WALK : SHORT_WALK);
  await path.step('The token is captured', async (step) => {
    token = await tokenCaptured(world, need(okta, 'Okta tab'), step);
  });
  await path.step('Fill hub form, from the popup on the hub tab', async (step) => {
    const page = need(hub, 'hub tab');
    const captured = need(token, 'captured token');
    const popup = await admin.openPopup(page);
    const fill = popup.getByRole('button', { name: 'Fill hub form' });
    await fill.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
      throw new Error('The popup on the hub tab offers no "Fill hub form".');
    });
    await waitForText(
      popup.getByTestId('token-destination'),
      world.hub.appOrigin,
      'where the token goes',
      popup,
    );
    await step.shot(popup, 'Popup on the hub tab: Fill hub form, the token masked');
    await admin.click(fill, 'Fill hub form (popup)');
    await waitForFilledForm(world, page, captured, popup);
    await admin.closePopup(popup);
    await step.shot(page, 'Hub form filled by the extension');
  });
  await hubsOwnConnect(
    world,
    path,
    () => need(hub, 'hub tab'),
    () => need(token, 'captured token'),
  );
}

// ——— Steps the journeys share ———

/** The overlay's Connect, in whichever language the console speaks: the callout's one primary button then. */
function guideConnect(page: Page): Locator {
  return page.locator(OVERLAY).locator('.callout button.primary');
}

/** `docs`: the README image the popup's screenshot is. */
async function startFromPopup(
  path: JourneyPath,
  okta: () => Page,
  way: 'Start' | 'Show me the way',
  docs?: string,
) {
  await path.step(`The popup on Okta: ${way}`, async (step) => {
    const page = okta();
    const popup = await path.admin.openPopup(page);
    await waitForText(popup.getByTestId('org-domain'), ORG_DOMAIN, 'the org domain', popup);
    const button = popup.getByRole('button', { name: way, exact: true });
    await button.waitFor({ timeout: STEP_TIMEOUT_MS });
    await step.shot(popup, 'Popup on the Okta tab: the org, Start and Show me the way', {
      docs,
      store: { name: 'screenshot-1-popup', over: page },
    });
    await path.admin.click(button, `${way} (popup)`);
    await popup.getByTestId('guide-progress').waitFor({ timeout: STEP_TIMEOUT_MS });
    await path.admin.closePopup(popup);
  });
}

/** Each step of the guide in `walk`, one screenshot each: the ring on the right element, then its click. */
async function walkGuide(path: JourneyPath, okta: () => Page, walk: StepId[]): Promise<void> {
  const tour = walk === TOUR_WALK;
  let previous: StepId | null = null;
  for (const step of walk) {
    const target = GUIDE_TARGETS[step];
    if (!target) throw new Error(`No target known for the guide's step ${step}.`);
    const cameFrom: StepId | null = previous;
    const title = `The guide highlights ${target.move}`;
    await path.step(title, async (record) => {
      const page = okta();
      await waitForGuideStep(page, step, cameFrom);
      await waitForHighlightOn(page, page.locator(target.target).first(), target.move);
      if (step === 'submit-token') {
        const name = await page.locator('input[name="name"]').inputValue();
        if (name !== DEFAULT_TOKEN_NAME)
          throw new Error(`The token name was not filled (it reads "${name}").`);
        record.note(
          `The guide filled the name "${name}"; the admin's next click is Okta's own Create token.`,
        );
      }
      // Two of the README's images: Okta's dialog on the short path, and a step of the tour.
      const callout = page.locator(OVERLAY).locator('.callout');
      if (step === 'submit-token' && !tour) {
        await record.shot(page, title, {
          docs: 'dialog',
          around: [page.getByRole('dialog'), callout],
          store: { name: 'screenshot-2-dialog' },
        });
      } else if (step === 'open-security' && tour) {
        const around = [page.locator(target.target), callout];
        await record.shot(page, title, {
          docs: 'tour',
          around,
          fromTopLeft: true,
          store: { name: 'screenshot-3-tour' },
        });
      } else {
        await record.shot(page, title);
      }
      await path.admin.clickHighlighted(page, target.move);
    });
    previous = step;
  }
}

async function tokenCaptured(world: World, page: Page, step: StepContext): Promise<string> {
  await waitForGuideStep(page, 'token-captured', 'submit-token');
  const created = world.okta.createdTokens.at(-1);
  if (!created) throw new Error('Okta created no token.');
  if (created.name !== DEFAULT_TOKEN_NAME || created.networkChoice !== 'ANYWHERE') {
    throw new Error(`Okta created "${created.name}" with network ${created.networkChoice}.`);
  }
  if ((await guideText(page)).includes(created.token)) throw new Error('The guide shows the whole token.');
  step.note(
    `Okta created "${created.name}" (Any IP); the extension holds it as ${maskToken(created.token)}.`,
  );
  await step.shot(page, 'Token captured, held in memory only');
  return created.token;
}

async function hubsOwnConnect(world: World, path: JourneyPath, hub: () => Page, token: () => string) {
  await path.step("Connect in the hub's own form", async (step) => {
    const page = hub();
    const captured = token();
    const accountsBefore = world.hub.accounts.length;
    await path.admin.click(
      page.locator('stackone-hub').getByRole('button', { name: 'Connect', exact: true }),
      "Connect (hub's form)",
    );
    await waitForText(page.locator('#hub-status'), /^Connected: \S+/, 'the hub page status', page);
    const account = world.hub.accounts.slice(accountsBefore).at(0);
    const values = Object.values(account?.credentials ?? {});
    if (!account || !values.includes(captured) || !values.includes(ORG_DOMAIN)) {
      throw new Error(`The hub did not create an account with ${ORG_DOMAIN} and the captured token.`);
    }
    await waitForTokenWiped(world, captured, "after the hub's own Connect");
    step.note(
      `Hub account ${account.id}, created by the hub's own Connect; the token is gone from the extension.`,
    );
    await step.shot(page, 'Hub form: connected');
  });
}

// ——— Set-up (not the admin's actions) ———

/** The hub's page with its Okta form on screen. */
async function openHubForm(world: World, admin: Admin): Promise<Page> {
  const hub = await world.open(world.hub.urls.embedded());
  await hubField(hub)
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => {
      throw new Error(`The hub's Okta form never showed (${hub.url()}).`);
    });
  admin.nameTab(hub, 'hub tab');
  return hub;
}

async function openOktaDashboard(world: World, admin: Admin): Promise<Page> {
  const okta = await world.open(OKTA_DASHBOARD);
  await okta.locator('[data-se="admin-button"]').waitFor();
  admin.nameTab(okta, 'Okta tab');
  return okta;
}

// ——— Waiting for what the admin would see ———

/** The guide moved on from `previous` and shows `expected` with its target found. */
async function waitForGuideStep(page: Page, expected: StepId, previous: StepId | null): Promise<void> {
  await page
    .waitForFunction(
      ({ tag, previous }) => {
        const host = document.querySelector(tag);
        const step = host?.getAttribute('data-step');
        return !!step && step !== previous && host?.getAttribute('data-target') === 'found';
      },
      { tag: OVERLAY, previous },
      { timeout: STEP_TIMEOUT_MS },
    )
    .catch(async () => {
      const { step, target } = await currentStep(page);
      throw new Error(
        `The guide did not reach "${expected}" on ${page.url()}: it shows ${step ?? 'nothing'} (target ${target ?? 'none'}).`,
      );
    });
  const { step } = await currentStep(page);
  if (step !== expected) throw new Error(`The guide showed "${step}" where "${expected}" comes next.`);
}

/**
 * The guide's ring surrounds `target` (4 px outside its box, as the overlay draws it). The ring is placed after
 * the overlay's attributes change, so right after `data-target="found"` it can still sit on the previous step's
 * element; clicking its middle then would hit the wrong thing.
 */
async function waitForHighlightOn(page: Page, target: Locator, what: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const [ring, box] = await Promise.all([
      page.evaluate((tag) => {
        const rect = document.querySelector(tag)?.shadowRoot?.querySelector('.ring')?.getBoundingClientRect();
        return rect ? { x: rect.left, y: rect.top } : null;
      }, OVERLAY),
      target.boundingBox(),
    ]);
    if (ring && box && Math.abs(ring.x - (box.x - 4)) < 1.5 && Math.abs(ring.y - (box.y - 4)) < 1.5) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`The guide's highlight is not on the ${what} (${page.url()}).`);
}

/** The spec: on success the token is wiped from the extension (compared here, never printed). */
async function waitForTokenWiped(world: World, token: string, when: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (JSON.stringify(await readExtensionStorage(world.context)).includes(token)) {
    if (Date.now() > deadline) throw new Error(`The token is still in extension storage ${when}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the element's text matches; on timeout says what it read and any alert on `page`. */
async function waitForText(
  target: Locator,
  expected: string | RegExp,
  what: string,
  page: Page,
): Promise<void> {
  const matches = (text: string) =>
    typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await target.count()) > 0 ? await target.first().textContent() : null)?.trim() ?? '';
    if (matches(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `Waited for ${what} to show ${String(expected)}; it shows "${text}".${await alertsOn(page)}`,
  );
}

async function waitForValue(field: Locator, expected: string, what: string, page: Page): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let value = '';
  while (Date.now() < deadline) {
    value = await field.inputValue();
    if (value === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Waited for ${what} to hold ${expected}; it holds "${value}".${await alertsOn(page)}`);
}

async function alertsOn(page: Page): Promise<string> {
  const alerts = (await page.getByRole('alert').allInnerTexts())
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return alerts.length ? ` The page says: ${alerts.join(' / ')}` : '';
}

/** The hub's form holds the org domain and the captured token (compared here, never printed). */
async function waitForFilledForm(world: World, hub: Page, token: string, page: Page): Promise<void> {
  const field = (label: string) => world.hub.fields().find((candidate) => candidate.label === label)?.key;
  const [domainKey, tokenKey] = [field('Okta Domain URL'), field('API Token')];
  if (!domainKey || !tokenKey)
    throw new Error("The hub sandbox's connector has no Okta domain or token field.");
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let values: Record<string, string> = {};
  while (Date.now() < deadline) {
    values = await hubFormValues(hub);
    if (values[domainKey] === ORG_DOMAIN && values[tokenKey] === token) return;
    await hub.waitForTimeout(100);
  }
  const domain = values[domainKey] ? 'holds a value' : 'is empty';
  throw new Error(
    `The hub form does not hold ${ORG_DOMAIN} and the token (domain field ${domain}).${await alertsOn(page)}`,
  );
}

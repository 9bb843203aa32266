import type { Locator, Page } from 'playwright-core';
import type { World } from '../../tests/e2e/support/env';
import { readExtensionStorage, resetExtensionState } from '../../tests/e2e/support/extension';
import { currentStep, guideText, OVERLAY } from '../../tests/e2e/support/guide';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import { ACTION_STEPS, type StepId, stepNumber } from '../../utils/okta/steps-ids';
import { maskToken } from '../../utils/okta/token';
import { type ActionCount, Admin, type AdminAction } from './admin';
import { type JourneyPath, JourneyRecorder, type StepRecord } from './recorder';

/**
 * The whole journey an admin makes with the assistant, played in the e2e world (sandbox Okta, real hub UI
 * on the stub backend, the e2e build in Chromium):
 *  - Connect path: walk the guide to a captured token, then in the popup on the hub tab take its session and
 *    Connect.
 *  - Autofill path: in a fresh browser session, walk the guide again (Okta shows a token only once and
 *    Connect wiped the first one, so a second token is created), then "Fill hub form" on the hub tab and
 *    the hub's own Connect.
 * Both paths begin with the Okta dashboard in front and the hub's page open in another tab.
 */

export const ORG_DOMAIN = 'acme.okta.com';
export const OKTA_DASHBOARD = `http://${ORG_DOMAIN}/app/UserHome`;
const DEFAULT_TOKEN_NAME = 'StackOne Integration';
const STEP_TIMEOUT_MS = 15_000;

/**
 * Each step the admin acts on: what the guide should highlight there (in the sandbox's DOM, see
 * sandbox/okta/README.md) and what the admin clicks (the highlighted element). In the create-token dialog the
 * guide fills the name and the network choice itself: the admin's next click is Okta's own Create token.
 */
const WALK: { step: StepId; target: string; move: string }[] = [
  { step: 'open-admin', target: '[data-se="admin-button"]', move: 'Admin button' },
  { step: 'open-security', target: '[data-se="o-side-nav-item-SECURITY"]', move: 'Security (side nav)' },
  { step: 'open-api', target: 'a.nav-item--wrapper[href="/admin/oauth2/as"]', move: 'API (side nav)' },
  { step: 'open-tokens-tab', target: '[data-se="tab-tokens"]', move: 'Tokens tab' },
  { step: 'create-token', target: '[data-se="create-token"]', move: 'Create token' },
  { step: 'submit-token', target: '.o-form-button-bar input[type="submit"]', move: 'Create token (dialog)' },
];

export interface PathSummary {
  name: string;
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
  log?: (line: string) => void;
}

export async function playJourney(world: World, options: JourneyOptions): Promise<JourneyResult> {
  // The guide fills the dialog's name and network itself: the admin never acts on those two steps.
  const passedThrough: StepId[] = ['token-captured', 'name-token', 'choose-network'];
  const actedOn = ACTION_STEPS.filter((step) => !passedThrough.includes(step));
  if (actedOn.join() !== WALK.map(({ step }) => step).join()) {
    throw new Error(
      `The guide's steps are now ${actedOn.join(', ')}: update WALK in scripts/demo/journey.ts.`,
    );
  }
  const recorder = new JourneyRecorder(options.outDir, options.log);
  const startedAt = new Date();
  const started = performance.now();
  const paths: PathSummary[] = [];
  for (const play of [connectPath, autofillPath]) {
    const admin = new Admin(world.context, world.extensionId);
    const pathStarted = performance.now();
    const path = await play(world, recorder, admin);
    paths.push({
      name: path.name,
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

/** Holds what earlier steps of a path produced; a step that runs after a failed one is skipped anyway. */
function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`No ${what} from the earlier steps.`);
  return value;
}

async function connectPath(world: World, recorder: JourneyRecorder, admin: Admin): Promise<JourneyPath> {
  const path = recorder.path('Connect', admin);
  let okta: Page | null = null;
  let hubTab: Page | null = null;

  await path.step('The admin is on the Okta dashboard; the hub is open in another tab', async (step) => {
    ({ okta, hubTab } = await openStartingTabs(world, admin));
    await step.shot(okta, 'Sandbox Okta end-user dashboard');
  });
  await startGuide(path, () => need(okta, 'Okta tab'));
  const token = await walkGuide(path, world, () => need(okta, 'Okta tab'));

  await path.step('Take the hub session and Connect, from the popup on the hub tab', async (step) => {
    const hub = need(hubTab, 'hub tab');
    const captured = need(token.value, 'captured token');
    const popup = await admin.openPopup(hub);
    // With a token held, the popup on the hub tab offers Fill hub form first; Connect is under "More options".
    await admin.click(popup.getByText('More options', { exact: true }), 'More options (popup)');
    await admin.click(
      popup.getByRole('button', { name: 'Use hub session from this tab' }),
      'Use hub session from this tab (popup)',
    );
    await waitForText(popup.getByTestId('hub-session'), world.hub.backendOrigin, 'the hub session', popup);
    await waitForText(popup.getByTestId('masked-token'), maskToken(captured), 'the masked token', popup);
    await step.shot(popup, 'Popup on the hub tab: hub session found, token masked, ready to Connect');
    await admin.click(popup.getByRole('button', { name: 'Connect', exact: true }), 'Connect (popup)');
    await waitForText(popup.getByTestId('account-id'), /\S/, 'the linked account id', popup);
    await popup.getByText('Connected', { exact: true }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const accountId = (await popup.getByTestId('account-id').textContent())?.trim() ?? '';
    const account = world.hub.accounts.find((candidate) => candidate.id === accountId);
    if (!account)
      throw new Error(`The popup shows account ${accountId}, which the hub backend never created.`);
    if (!Object.values(account.credentials).includes(captured)) {
      throw new Error('The hub account was created without the token Okta showed.');
    }
    await waitForTokenWiped(world, captured, 'after Connect');
    step.note(`Hub account ${accountId}; the token is gone from the extension's storage.`);
    await step.shot(popup, 'Connected: the hub account id');
    await admin.closePopup(popup);
  });

  await path.step('The guide on the Okta page shows the link', async (step) => {
    const page = need(okta, 'Okta tab');
    await waitForGuideStep(page, 'linked', 'token-captured');
    await step.shot(page, 'Okta page: the guide shows the linked account');
  });
  return path;
}

async function autofillPath(world: World, recorder: JourneyRecorder, admin: Admin): Promise<JourneyPath> {
  const path = recorder.path('Autofill', admin);
  let okta: Page | null = null;
  let hubTab: Page | null = null;

  await path.step(
    'A fresh browser session: Okta dashboard in front, the hub in another tab',
    async (step) => {
      for (const page of world.context.pages()) await page.close();
      // As after a browser restart: storage.session is gone, so acme.okta.com is no longer marked linked.
      await resetExtensionState(world.context);
      ({ okta, hubTab } = await openStartingTabs(world, admin));
      step.note(
        'Okta shows a token only once and Connect wiped the first one, so this path walks the guide again and creates a second token.',
      );
    },
  );
  await startGuide(path, () => need(okta, 'Okta tab'));
  const token = await walkGuide(path, world, () => need(okta, 'Okta tab'));

  await path.step('Fill the hub form from the popup on the hub tab', async (step) => {
    const hub = need(hubTab, 'hub tab');
    const captured = need(token.value, 'captured token');
    await hubFormInput(world, hub, 'Okta Domain URL')
      .waitFor({ timeout: STEP_TIMEOUT_MS })
      .catch(() => {
        throw new Error(`The hub's Okta form never showed on the hub tab (${hub.url()}).`);
      });
    const popup = await admin.openPopup(hub);
    const fill = popup.getByRole('button', { name: 'Fill hub form' });
    await fill.waitFor({ timeout: 5_000 }).catch(() => {
      throw new Error(
        'The popup on the hub tab has no "Fill hub form" button: the autofill feature is missing from this build.',
      );
    });
    await step.shot(popup, 'Popup on the hub tab: Fill hub form');
    await admin.click(fill, 'Fill hub form (popup)');
    await waitForFilledForm(world, hub, captured, popup);
    await step.shot(popup, 'Popup on the hub tab after filling');
    await admin.closePopup(popup);
    await step.shot(hub, 'Hub form filled by the extension');
  });

  await path.step("Connect in the hub's own form", async (step) => {
    const hub = need(hubTab, 'hub tab');
    const captured = need(token.value, 'captured token');
    const accountsBefore = world.hub.accounts.length;
    await admin.click(
      hub.locator('stackone-hub').getByRole('button', { name: 'Connect', exact: true }),
      "Connect (hub's form)",
    );
    await waitForText(hub.locator('#hub-status'), /^Connected: \S+/, 'the hub page status', hub);
    const account = world.hub.accounts.slice(accountsBefore).at(0);
    const values = Object.values(account?.credentials ?? {});
    if (!account || !values.includes(captured) || !values.includes(ORG_DOMAIN)) {
      throw new Error(`The hub did not create an account with ${ORG_DOMAIN} and the captured token.`);
    }
    await waitForTokenWiped(world, captured, "after the hub's own Connect");
    step.note(
      `Hub account ${account.id}, created by the hub's own Connect; the token is gone from the extension.`,
    );
    await step.shot(hub, 'Hub form: connected');
  });
  return path;
}

/** The starting point of both paths (opening the tabs is set-up, not an admin action). */
async function openStartingTabs(world: World, admin: Admin): Promise<{ okta: Page; hubTab: Page }> {
  const hubTab = await world.open(world.hub.urls.embedded());
  const okta = await world.open(OKTA_DASHBOARD);
  await okta.locator('[data-se="admin-button"]').waitFor();
  admin.nameTab(hubTab, 'hub tab');
  admin.nameTab(okta, 'Okta tab');
  await admin.beginOn(okta);
  return { okta, hubTab };
}

async function startGuide(path: JourneyPath, okta: () => Page): Promise<void> {
  let popup: Page | null = null;
  await path.step('The popup shows the org domain', async (step) => {
    popup = await path.admin.openPopup(okta());
    await waitForText(popup.getByTestId('org-domain'), ORG_DOMAIN, 'the org domain', popup);
    await popup.getByRole('button', { name: 'Start' }).waitFor();
    await step.shot(popup, 'Popup on the Okta tab: org domain and Start');
  });
  // The walk below is the teaching tour (Show me the way); Start now goes straight to the Tokens page.
  await path.step('Start the guide', async () => {
    const open = need(popup, 'popup');
    await path.admin.click(open.getByRole('button', { name: 'Show me the way' }), 'Show me the way (popup)');
    await open.getByTestId('guide-progress').waitFor({ timeout: STEP_TIMEOUT_MS });
    await path.admin.closePopup(open);
  });
}

/** Each step of the guide in order, one screenshot each, then the captured token. */
async function walkGuide(
  path: JourneyPath,
  world: World,
  okta: () => Page,
): Promise<{ value: string | null }> {
  const token: { value: string | null } = { value: null };
  let previous: StepId | null = null;
  for (const { step, target, move } of WALK) {
    const title = guideStepTitle(step);
    const cameFrom: StepId | null = previous;
    await path.step(title, async (record) => {
      const page = okta();
      await waitForGuideStep(page, step, cameFrom);
      await waitForHighlightOn(page, page.locator(target).first(), move);
      if (step === 'submit-token') {
        const name = await page.locator('input[name="name"]').inputValue();
        if (name !== DEFAULT_TOKEN_NAME)
          throw new Error(`The token name was not pre-filled (it reads "${name}").`);
        record.note(`The guide pre-filled the name "${name}".`);
      }
      await record.shot(page, title);
      await path.admin.clickHighlighted(page, move);
    });
    previous = step;
  }
  await path.step(guideStepTitle('token-captured'), async (record) => {
    const page = okta();
    await waitForGuideStep(page, 'token-captured', 'submit-token');
    await waitForText(page.locator(OVERLAY).locator('section'), /held in memory only/, 'the guide', page);
    const created = world.okta.createdTokens.at(-1);
    if (!created) throw new Error('Okta created no token.');
    if (created.name !== DEFAULT_TOKEN_NAME || created.networkChoice !== 'ANYWHERE') {
      throw new Error(`Okta created "${created.name}" with network ${created.networkChoice}.`);
    }
    if ((await guideText(page)).includes(created.token)) throw new Error('The guide shows the whole token.');
    token.value = created.token;
    record.note(
      `Okta created "${created.name}" (Any IP); the guide shows it only masked: ${maskToken(created.token)}.`,
    );
    await record.shot(page, 'Token captured, held in memory only');
  });
  return token;
}

function guideStepTitle(step: StepId): string {
  const progress = stepNumber(step);
  return `Guide step ${progress?.index} of ${progress?.total}: ${GUIDE_STEPS[step].copy.title}`;
}

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
 * The guide's ring surrounds `target` (4 px outside its box, as Highlight.tsx draws it). The ring is placed in
 * an effect after the overlay's attributes change, so right after `data-target="found"` it can still sit on
 * the previous step's element; clicking its middle then would hit the wrong thing.
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

async function alertsOn(page: Page): Promise<string> {
  const alerts = (await page.getByRole('alert').allInnerTexts())
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return alerts.length ? ` The page says: ${alerts.join(' / ')}` : '';
}

/** An input of the hub's Okta form, found by the label the sandbox connector gives it. */
function hubFormInput(world: World, hub: Page, label: string): Locator {
  const field = world.hub.fields().find((candidate) => candidate.label === label);
  if (!field) throw new Error(`The hub sandbox's connector has no field "${label}".`);
  return hub.locator(`stackone-hub input[name="${field.key}"]`);
}

/** The form holds the org domain and the captured token (compared here, never printed). */
async function waitForFilledForm(world: World, hub: Page, token: string, popup: Page): Promise<void> {
  const domain = hubFormInput(world, hub, 'Okta Domain URL');
  const secret = hubFormInput(world, hub, 'API Token');
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await domain.inputValue()) === ORG_DOMAIN && (await secret.inputValue()) === token) return;
    await hub.waitForTimeout(100);
  }
  const filled = (await domain.inputValue()) ? 'holds a value' : 'is empty';
  throw new Error(
    `After "Fill hub form" the hub form does not hold ${ORG_DOMAIN} and the token (domain field ${filled}).${await alertsOn(popup)}`,
  );
}

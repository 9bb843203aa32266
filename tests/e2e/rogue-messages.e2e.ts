/*
 * Hardening, messages, end to end: the built extension in Chromium acts only on a message from the sender
 * allowed to say it, and never on a malformed one, whatever a script running as our own content script,
 * another extension or a web page sends. Every refusal is checked by what the admin or the hub would notice
 * (the popup, the hub's form, the hub backend, what the extension keeps), and every kind of message refused
 * is shown to work from its rightful sender: a refusal here is never a message that could not have worked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { guideRequestSchema } from '../../utils/messages/guide-protocol';
import { hubFillRequestSchema } from '../../utils/messages/hub-fill-protocol';
import { type PopupRequest, popupRequestSchema } from '../../utils/messages/popup-protocol';
import { STEP_IDS } from '../../utils/okta/steps-ids';
import { masked } from './journeys/guide';
import { useWorld, type World } from './support/env';
import {
  pasteTokenInPopup,
  readExtensionStorage,
  type SendOutcome,
  sendAsContentScript,
  serviceWorkerOf,
  tabIdOf,
  useHubSessionInPopup,
} from './support/extension';
import { currentStep, followGuide, OVERLAY, startGuideOn, waitForStep } from './support/guide';
import { hubField, hubFormValues } from './support/hub-form';

/** The extension APIs as seen in extension pages and workers, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

const ACME_DASHBOARD = 'http://acme-admin.okta.com/admin/dashboard';
const ACME_TOKENS = 'http://acme-admin.okta.com/admin/access/api/tokens';
const GLOBEX_DASHBOARD = 'http://globex-admin.okta.com/admin/dashboard';

/** Shaped like an Okta API token (`00` + 40): only who sends it, or how, can get it refused. */
const FORGED = `00${'R0gue'.repeat(8)}`;
/** The token the admin pasted, which a refused message must leave as it is. */
const HELD = `00${'Held7'.repeat(8)}`;

/** What a content script gets back from the background when its message is dropped. */
const NO_ANSWER: SendOutcome = { answer: null };

const reveal = (token: unknown) => ({ type: 'guide:token-revealed', token });
const json = (messages: unknown[]) => messages.map((message) => JSON.stringify(message));

/** Pairs each message with what came back, so that a failure names the message. */
function byMessage(messages: string[], outcomes: SendOutcome[] | undefined) {
  expect(outcomes).toHaveLength(messages.length);
  return messages.map((message, index) => [message, outcomes?.[index]]);
}

function expectNoAnswerTo(messages: string[], outcomes: SendOutcome[] | undefined) {
  expect(byMessage(messages, outcomes)).toEqual(messages.map((message) => [message, NO_ANSWER]));
}

/** Pastes a token in the popup for an Okta tab, as the admin would. */
async function pasteToken(world: World, okta: Page, token: string): Promise<void> {
  const popup = await world.popupFor(okta);
  await pasteTokenInPopup(popup, token);
  await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
  await popup.close();
}

/** The popup for an Okta tab, once it shows what it knows: the paste field means it holds no token. */
async function expectNoTokenShown(world: World, okta: Page): Promise<void> {
  const popup = await world.popupFor(okta);
  await popup.getByLabel('Or paste an API token').waitFor({ state: 'attached' });
  expect(await popup.getByTestId('masked-token').count()).toBe(0);
  await popup.close();
}

/** Adds a same-origin frame (an org JSON document: Okta's pages refuse to be framed) to an Okta page. */
async function addSameOriginFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = '/.well-known/okta-organization';
        frame.addEventListener('load', () => resolve());
        document.body.append(frame);
      }),
  );
}

/** Waits until the guide's own reports have landed: what it shows on the page is what the background holds. */
async function guideSettled(world: World, page: Page, tabId: number): Promise<void> {
  await expect
    .poll(async () => {
      const { session } = await readExtensionStorage(world.context);
      const guide = (session.guides as Record<string, { step: string; target: string }> | undefined)?.[
        String(tabId)
      ];
      const shown = await currentStep(page);
      const privilegeKnown = (session.privilege as Record<string, unknown> | undefined)?.['acme.okta.com'];
      return privilegeKnown !== undefined && guide?.step === shown.step && guide?.target === shown.target;
    })
    .toBe(true);
}

/**
 * Everything a popup request could change, set up as the admin would: a guide running on an acme tab, a
 * pasted token, the hub session taken from the hub's page, the hub's form on screen, and a globex tab.
 */
interface Scene {
  acme: Page;
  acmeTab: number;
  hubPage: Page;
  hubTab: number;
  /** The popup opened on the hub's tab: an extension page, the rightful sender of popup requests. */
  hubPopup: Page;
  globex: Page;
  globexTab: number;
}

async function setTheScene(world: World): Promise<Scene> {
  const { page: acme } = await startGuideOn(world, ACME_DASHBOARD);
  await waitForStep(acme, 'open-security');
  await pasteToken(world, acme, HELD);
  const hubPage = await world.open(world.hub.urls.embedded());
  await hubField(hubPage).first().waitFor({ timeout: 20_000 });
  const hubPopup = await world.popupFor(hubPage);
  await useHubSessionInPopup(hubPopup);
  await expect
    .poll(() => hubPopup.getByTestId('hub-session').textContent())
    .toContain(world.hub.backendOrigin);
  const globex = await world.open(GLOBEX_DASHBOARD);
  const acmeTab = await tabIdOf(world.context, acme);
  await guideSettled(world, acme, acmeTab);
  return {
    acme,
    acmeTab,
    hubPage,
    hubTab: await tabIdOf(world.context, hubPage),
    hubPopup,
    globex,
    globexTab: await tabIdOf(world.context, globex),
  };
}

/**
 * Every request of the popup, each one that would change something a test sees if it were obeyed: fill the
 * hub form (and trust the page), link, replace, set or forget the held token, start and stop guides, use
 * another hub session, call the hub, read the hub's page, read the popup's state, get a token from the hub tab.
 */
function popupRequests(world: World, scene: Scene): PopupRequest[] {
  const requests: PopupRequest[] = [
    {
      type: 'popup:fill-hub-form',
      tabId: scene.hubTab,
      origin: world.hub.appOrigin,
      overwrite: true,
      trustOrigin: true,
    },
    { type: 'popup:connect', eventHookName: 'Rogue hook' },
    { type: 'popup:paste-token', tabId: scene.acmeTab, token: FORGED },
    { type: 'popup:set-hub-session', session: 'rogue-session-0123456789', baseUrl: 'http://127.0.0.1:9' },
    { type: 'popup:start-guide', tabId: scene.globexTab, mode: 'direct' },
    { type: 'popup:start-from-hub', tabId: scene.hubTab, origin: world.hub.appOrigin, org: 'globex' },
    { type: 'popup:reopen-okta-tab' },
    { type: 'popup:stop-guide', tabId: scene.acmeTab },
    { type: 'popup:test-hub-session' },
    { type: 'popup:inspect-hub-form', tabId: scene.hubTab },
    { type: 'popup:find-hub-session', tabId: scene.hubTab },
    { type: 'popup:get-state', tabId: scene.acmeTab },
    { type: 'popup:forget-token' },
  ];
  // Well-formed, so that only their sender can be why they are refused.
  for (const request of requests) expect(popupRequestSchema.safeParse(request).success).toBe(true);
  return requests;
}

/** Calls the extension made to the hub backend (the hub's own UI calls it with its page's origin). */
function extensionCallsToHub(world: World) {
  const extensionOrigin = `chrome-extension://${world.extensionId}`;
  return world.hub.requests.filter((request) =>
    [undefined, extensionOrigin].includes(request.headers.origin as string | undefined),
  );
}

/** Nothing the admin or the hub would notice changed since `before` was read. */
async function expectSceneUntouched(
  world: World,
  scene: Scene,
  before: Awaited<ReturnType<typeof readExtensionStorage>>,
): Promise<void> {
  expect(await hubFormValues(scene.hubPage)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  expect(extensionCallsToHub(world)).toEqual([]);
  expect(world.hub.accounts).toEqual([]);
  expect(await readExtensionStorage(world.context)).toEqual(before);
  expect(await scene.globex.locator(OVERLAY).count()).toBe(0);
  // The acme guide still runs (a rogue Stop was not obeyed), and the popup still shows the held token.
  expect(await scene.acme.locator(OVERLAY).count()).toBe(1);
  const popup = await world.popupFor(scene.acme);
  await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(HELD));
  await popup.close();
}

/** The popup's own fill request, sent from the popup: the hub's form gets the held token. */
async function expectFillFromPopupWorks(scene: Scene, fill: PopupRequest): Promise<void> {
  await scene.hubPopup.evaluate((request) => chrome.runtime.sendMessage(request), fill);
  await expect
    .poll(() => hubFormValues(scene.hubPage))
    .toEqual({ okta_domain: 'acme.okta.com', api_token: HELD, event_hook_name: '' });
}

describe('a content script of ours speaks only for its own tab, org and top frame', () => {
  const world = useWorld();
  beforeEach(() => {
    world().secrets.add(HELD);
    world().secrets.add(FORGED);
  });

  it('a token sent from a tab of another org, or from a frame of the guided tab, is not held; from the guided top frame it is', async () => {
    const { context } = world();
    const { page: acme } = await startGuideOn(world(), ACME_DASHBOARD);
    await waitForStep(acme, 'open-security');
    const acmeTab = await tabIdOf(context, acme);
    const globex = await world().open(GLOBEX_DASHBOARD);
    // A tab whose guide was started on acme and which now shows globex: its guide still speaks for acme only.
    const { page: wandered } = await startGuideOn(world(), ACME_DASHBOARD);
    await waitForStep(wandered, 'open-security');
    await wandered.goto(GLOBEX_DASHBOARD);
    const message = json([reveal(FORGED)]);

    for (const page of [globex, wandered]) {
      const [outcomes] = await sendAsContentScript(context, await tabIdOf(context, page), message);
      // Told only that nothing runs for its org, with no token.
      expect(outcomes).toEqual([
        { answer: expect.objectContaining({ running: false, orgDomain: null, tokenCaptured: null }) },
      ]);
    }
    await addSameOriginFrame(acme);
    const fromFrames = await sendAsContentScript(context, acmeTab, message, { frames: 'sub' });
    expect(fromFrames).toHaveLength(1);
    expectNoAnswerTo(message, fromFrames[0]);

    expect((await readExtensionStorage(context)).session.capturedTokens ?? {}).toEqual({});
    for (const page of [acme, globex]) await expectNoTokenShown(world(), page);

    // The very same message from the guided tab's top frame, on its own org, is the guide's capture.
    const [fromGuide] = await sendAsContentScript(context, acmeTab, message);
    expect(fromGuide).toEqual([
      {
        answer: expect.objectContaining({
          running: true,
          orgDomain: 'acme.okta.com',
          tokenCaptured: expect.objectContaining({ masked: masked(FORGED) }),
        }),
      },
    ]);
    const popup = await world().popupFor(acme);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(FORGED));
    const held = (await readExtensionStorage(context)).session.capturedTokens as Record<string, unknown>;
    expect(held['acme.okta.com']).toMatchObject({
      token: FORGED,
      orgDomain: 'acme.okta.com',
      source: 'guide',
    });
  });

  it('malformed messages from the guided tab get no answer and change nothing; the guide then captures the real token', async () => {
    const { context } = world();
    const { page } = await startGuideOn(world(), ACME_TOKENS);
    await waitForStep(page, 'create-token');
    const tabId = await tabIdOf(context, page);
    await guideSettled(world(), page, tabId);
    const before = await readExtensionStorage(context);
    // The near misses are one change away from a message the guide really sends.
    expect(guideRequestSchema.safeParse(SUPPORT_DETAILS).success).toBe(true);
    const messages = [...MALFORMED, ...fuzzedMessages(150)];

    const [outcomes] = await sendAsContentScript(context, tabId, messages);
    expectNoAnswerTo(messages, outcomes);

    expect(await readExtensionStorage(context)).toEqual(before);
    const worker = await serviceWorkerOf(context);
    expect(await worker.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
    await expectNoTokenShown(world(), page);

    // The extension still works: the guide goes on from where it was to the token Okta shows.
    expect(await currentStep(page)).toEqual({ step: 'create-token', target: 'found' });
    await followGuide(page, 'token-captured');
    const created = world().okta.createdTokens.at(-1)?.token ?? '';
    expect(created).toMatch(/^00/);
    const popup = await world().popupFor(page);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(created));
  });

  it('no popup request is obeyed from a content script, on the hub page or the guided Okta tab; from the popup it is', async () => {
    const { context } = world();
    const scene = await setTheScene(world());
    const before = await readExtensionStorage(context);
    const requests = popupRequests(world(), scene);
    const messages = json(requests);

    for (const tab of [scene.hubTab, scene.acmeTab]) {
      const [outcomes] = await sendAsContentScript(context, tab, messages);
      // Each send resolves once the background is done with it: nothing obeyed can still be on its way.
      expectNoAnswerTo(messages, outcomes);
    }
    await expectSceneUntouched(world(), scene, before);
    await expectFillFromPopupWorks(scene, requests[0] as PopupRequest);
  });

  it("a web page's own scripts have no way to message the extension", async () => {
    const { page } = await startGuideOn(world(), ACME_DASHBOARD);
    await waitForStep(page, 'open-security');
    const hubPage = await world().open(world().hub.urls.embedded());
    for (const shown of [page, hubPage]) {
      const attempt = await shown.evaluate(
        ({ id, message }) => {
          const runtime = (globalThis as { chrome?: { runtime?: typeof chrome.runtime } }).chrome?.runtime;
          try {
            void runtime?.sendMessage(id, message).catch(() => undefined);
            return typeof runtime?.sendMessage === 'function' ? 'sent' : 'nothing to send with';
          } catch (error) {
            return `threw: ${error}`;
          }
        },
        { id: world().extensionId, message: reveal(FORGED) },
      );
      expect(attempt).toBe('nothing to send with');
    }
  });
});

describe('another extension cannot speak to ours', () => {
  const rogueDir = writeRogueExtension();
  const currentWorld = useWorld({ extraExtensionDirs: [rogueDir] });
  let world: World;
  beforeEach(() => {
    world = currentWorld();
    world.secrets.add(HELD);
    world.secrets.add(FORGED);
  });
  afterAll(() => rmSync(rogueDir, { recursive: true, force: true }));

  it('popup, guide and hub-filler messages from its worker and its pages are refused and change nothing', async () => {
    const scene = await setTheScene(world);
    const before = await readExtensionStorage(world.context);
    const requests = popupRequests(world, scene);
    const messages = [
      ...requests,
      reveal(FORGED),
      { type: 'guide:hello' },
      { type: 'guide:step', step: 'linked', target: 'found' },
      SUPPORT_DETAILS,
      { type: 'guide:connect' },
      { type: 'guide:stop' },
      { type: 'hub-fill:hub-connected', accountId: 'acc_rogue', provider: 'okta' },
    ];
    const rogueWorker = await rogueWorkerOf(world);
    const rogueId = new URL(rogueWorker.url()).host;
    expect(rogueId).not.toBe(world.extensionId);
    const fromWorker = await rogueWorker.evaluate(sendEachTo, { to: world.extensionId, messages });
    const roguePage = await world.open(`chrome-extension://${rogueId}/rogue.html`);
    const fromPage = await roguePage.evaluate(sendEachTo, { to: world.extensionId, messages });

    // We listen to no other extension: Chrome finds no one to deliver to.
    const refused = { error: 'Could not establish connection. Receiving end does not exist.' };
    const sent = json(messages);
    expect(byMessage(sent, fromWorker)).toEqual(sent.map((message) => [message, refused]));
    expect(byMessage(sent, fromPage)).toEqual(sent.map((message) => [message, refused]));
    await expectSceneUntouched(world, scene, before);
    await expectFillFromPopupWorks(scene, requests[0] as PopupRequest);
  });
});

/**
 * Runs in a worker or page of another extension (serialised by playwright): sends each message to
 * extension `to`, in turn, and tells what came back.
 */
async function sendEachTo({ to, messages }: { to: string; messages: unknown[] }): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  for (const message of messages) {
    try {
      outcomes.push({ answer: (await chrome.runtime.sendMessage(to, message)) ?? null });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/** The guide's well-formed request for details for support (what a stuck guide sends). */
const SUPPORT_DETAILS = {
  type: 'guide:support-details',
  step: 'open-security',
  path: '/',
  language: 'en',
  shadowHosts: [],
  attempts: [],
};

/** Malformed on purpose, one way each: none may be stored, answered or acted on. */
const MALFORMED: string[] = [
  'null',
  'true',
  '0',
  '42',
  '"guide:token-revealed"',
  JSON.stringify(FORGED),
  '[]',
  ...json([
    [reveal(FORGED)],
    {},
    { token: FORGED },
    { type: null, token: FORGED },
    { type: 'guide:token-revealed' },
    { type: 'guide:unknown', token: FORGED },
    { type: 'GUIDE:TOKEN-REVEALED', token: FORGED },
    { type: 'guide:token-revealed ', token: FORGED },
    { type: ['guide:token-revealed'], token: FORGED },
    reveal(FORGED.repeat(7)),
    reveal(`${FORGED}${' '.repeat(300)}`),
    reveal(42),
    reveal([FORGED]),
    reveal({ value: FORGED }),
    reveal(null),
    reveal(true),
    { ...reveal(FORGED), orgDomain: 'globex.okta.com' },
    { ...reveal(FORGED), source: 'pasted', expiresAt: Number.MAX_SAFE_INTEGER },
    { type: 'guide:step', step: 'exfiltrate', target: 'found' },
    { type: 'guide:step', step: 'linked', target: 'done' },
    { type: 'guide:step', step: 'token-captured' },
    { type: 'guide:step', step: 'toString', target: 'found' },
    { type: 'guide:step', step: 'linked', target: 'found', tabId: 1 },
    { type: 'guide:connect', token: FORGED },
    { type: 'guide:connect', hubSession: 'sess_forged' },
    { ...SUPPORT_DETAILS, path: 'x'.repeat(2001) },
    { ...SUPPORT_DETAILS, step: 'exfiltrate' },
    { ...SUPPORT_DETAILS, token: FORGED },
    { type: 'guide:support-details' },
    { type: 'guide:stop', everywhere: true },
    { type: 'hub-fill:hub-connected', accountId: '' },
    { type: 'hub-fill:hub-connected', accountId: 'x'.repeat(201) },
    { type: 'hub-fill:hub-connected', accountId: 42 },
  ]),
  `{"__proto__":${JSON.stringify(reveal(FORGED))}}`,
  `{"constructor":{"prototype":${JSON.stringify(reveal(FORGED))}}}`,
  `{"type":"guide:token-revealed","token":"${FORGED}","__proto__":{"polluted":true}}`,
  `{"type":"guide:token-revealed","token":{"__proto__":"${FORGED}"}}`,
  `{"type":"guide:connect","__proto__":{"token":"${FORGED}"}}`,
  `{"__proto__":{"type":"hub-fill:hub-connected"},"accountId":"acc_forged"}`,
];

/** Every type the guide and the hub filler may send, read from their schemas: a message added later is fuzzed too. */
const TAB_SCRIPT_TYPES = [
  ...guideRequestSchema.def.options.map((option) => option.def.shape.type.def.values[0]),
  hubFillRequestSchema.def.shape.type.def.values[0],
];

/**
 * Random JSON and near misses of the guide's and hub filler's messages (a real type with fields of any
 * shape), kept only when they are not a message these may send. The same every run.
 */
function fuzzedMessages(count: number): string[] {
  const nearMiss = fc.record(
    {
      type: fc.constantFrom(...TAB_SCRIPT_TYPES),
      token: fc.oneof(fc.constant(FORGED), fc.string({ maxLength: 300 }), fc.jsonValue()),
      step: fc.oneof(fc.constantFrom(...STEP_IDS), fc.string(), fc.jsonValue()),
      target: fc.oneof(fc.constantFrom('found', 'missing'), fc.jsonValue()),
      path: fc.oneof(fc.string({ maxLength: 2100 }), fc.jsonValue()),
      attempts: fc.jsonValue(),
      accountId: fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue()),
    },
    { requiredKeys: ['type'] },
  );
  const refusable = fc
    .oneof(fc.jsonValue(), nearMiss)
    .map((message) => JSON.stringify(message))
    .filter((message) => {
      const parsed: unknown = JSON.parse(message);
      return !guideRequestSchema.safeParse(parsed).success && !hubFillRequestSchema.safeParse(parsed).success;
    });
  return fc.sample(refusable, { numRuns: count, seed: 20_260_501 });
}

/** A second unpacked extension: a worker and an empty page, driven by the test from the outside. */
function writeRogueExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ola-rogue-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Rogue Helper',
    version: '1.0.0',
    background: { service_worker: 'rogue-worker.js' },
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'rogue-worker.js'), '// Driven by the test through the worker.\n');
  writeFileSync(path.join(dir, 'rogue.html'), '<!doctype html><title>Rogue Helper</title>\n');
  return dir;
}

async function rogueWorkerOf(world: World): Promise<Worker> {
  const rogue = (worker: Worker) => worker.url().endsWith('/rogue-worker.js');
  return (
    world.context.serviceWorkers().find(rogue) ??
    (await world.context.waitForEvent('serviceworker', { predicate: rogue }))
  );
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GuideOverlay, type GuideOverlayProps } from '@/components/guide/GuideOverlay';
import { GUIDE_CSS } from '@/components/guide/styles';
import { openShadowRootsIn } from '@/utils/dom/deep-query';
import { type Box, boxOf } from '@/utils/dom/hit-test';
import { placeCallout } from '@/utils/dom/placement';
import {
  chooseAnyIp,
  fillNameIfEmpty,
  isDefaultToReplace,
  networkState,
  networkValue,
  shownChoice,
} from '@/utils/guide/create-dialog';
import { type PageReading, readPage } from '@/utils/guide/page-facts';
import { type TargetVerdict, watchTarget } from '@/utils/guide/target-watch';
import { guideText } from '@/utils/i18n/guide-words';
import {
  GUIDE_ALIVE_FLAG,
  type GuideRequest,
  type GuideStatus,
  isGuidePush,
  isGuideStatus,
  isSupportDetails,
} from '@/utils/messages/guide-protocol';
import { GUIDE_STEPS, locateTarget, type TargetId, targetOf } from '@/utils/okta/guide-steps';
import type { Scope, StrategyAttempt } from '@/utils/okta/locators';
import { deriveStep, type PageFacts } from '@/utils/okta/steps';
import type { StepId } from '@/utils/okta/steps-ids';
import { mountOverlayHost } from './overlay-host';

type DialogForm = NonNullable<GuideOverlayProps['form']>;

/** Page changes that can change the step or move its target (a dropdown's shown choice is a text change). */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: [
    'class',
    'style',
    'hidden',
    'open',
    'disabled',
    'value',
    'aria-expanded',
    'aria-selected',
    'aria-hidden',
  ],
};
const IN_CREATE_DIALOG: ReadonlySet<TargetId> = new Set([
  'token-name-input',
  'network-control',
  'zones-control',
  'submit-token-button',
]);
/** What the callout must never cover in an open dialog (hidden ones have no box, so they never count). */
const DIALOG_CONTROLS = 'button, input, select, textarea, [role="combobox"]';

function setAlive(alive: boolean) {
  (globalThis as Record<string, unknown>)[GUIDE_ALIVE_FLAG] = alive;
}

/** Asks our worker; the answer is checked with the protocol's guard (no zod on the page). */
async function ask<T = GuideStatus>(
  request: GuideRequest,
  guard: (value: unknown) => value is T = isGuideStatus as (value: unknown) => value is T,
): Promise<T | null> {
  const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return guard(answer) ? answer : null;
}

/** The org's parts from the domain our worker names (`acme.okta.com`), and whether this is its Admin Console. */
function orgOf(orgDomain: string, hostname: string) {
  const [subdomain = '', ...rest] = orgDomain.split('.');
  const cell = rest.join('.');
  return { subdomain, cell, isAdminConsole: hostname === `${subdomain}-admin.${cell}` };
}

/**
 * Puts text on the clipboard in the admin's click: through a `copy` event, which works on every page (the
 * async Clipboard API needs a secure context) and needs no permission.
 */
function copyToClipboard(text: string): boolean {
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', put, { capture: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', put, { capture: true });
  }
}

function tell(request: GuideRequest): void {
  browser.runtime.sendMessage(request).catch(() => undefined);
}

/**
 * Runs the guide on one Okta page while the background says it is started for this tab and org.
 * Adds nothing to the page until then; afterwards one `<okta-link-assistant>` element, removed on stop.
 * Each evaluation reads the page, fills what Okta left for it in the create-token dialog, derives the step,
 * finds what the step points at, and draws the overlay; evaluations run at most once a frame, after page
 * changes, scrolls and resizes, and while a target settles.
 */
export async function runGuide(ctx: ContentScriptContext): Promise<void> {
  // The console's language (Okta sets the page's `lang`): the background answers with the words in it.
  const first = await ask({ type: 'guide:hello', language: document.documentElement.lang.slice(0, 40) });
  // Our worker answers `running` only for a tab started on this page's org (it checks the tab's address).
  if (!first?.running || !first.orgDomain || ctx.isInvalid) return;
  let status: GuideStatus = first;
  const org = orgOf(first.orgDomain, location.hostname);

  const overlay = mountOverlayHost(GUIDE_CSS);
  const judge = watchTarget(() => performance.now());
  const observer = new MutationObserver(() => schedule());
  const observedRoots = new WeakSet<Node>();
  const filledNames = new WeakSet<HTMLInputElement>();
  /** Each network control's value when first seen: Okta's default, which the guide may replace once. */
  const networkDefaults = new WeakMap<Element, string>();
  const networkTried = new WeakSet<Element>();
  const scrolledTo = new WeakSet<Element>();
  let choosing: Element | null = null;
  let sentToken: string | null = null;
  let reported = '';
  let frameRequested = false;
  let recheckTimer: number | null = null;
  let connectPending = false;
  let copied = false;
  /** Details for support, written up by the background when a target went missing; copied on the admin's click. */
  let supportText: string | null = null;

  const teardown = () => {
    setAlive(false);
    observer.disconnect();
    render(null, overlay.container);
    overlay.remove();
  };
  ctx.onInvalidated(teardown);

  function stop() {
    teardown();
    tell({ type: 'guide:stop' });
  }

  /** One evaluation per frame however many changes arrive (a hidden tab catches up when shown). */
  function schedule() {
    if (frameRequested || ctx.isInvalid) return;
    frameRequested = true;
    ctx.requestAnimationFrame(() => {
      frameRequested = false;
      evaluate();
    });
  }

  function recheckAfter(ms: number) {
    if (recheckTimer !== null) clearTimeout(recheckTimer);
    recheckTimer = ctx.setTimeout(() => {
      recheckTimer = null;
      schedule();
    }, ms);
  }

  function scopesOfPage(): Scope[] {
    const roots = openShadowRootsIn(document).filter((root) => root.host !== overlay.host);
    for (const root of roots) {
      if (observedRoots.has(root)) continue;
      observedRoots.add(root);
      observer.observe(root, OBSERVED);
    }
    return [document, ...roots];
  }

  /** Fills the name Okta left empty, and sets "Any IP" while the choice is still Okta's default. */
  function fillCreateDialog(page: PageReading) {
    const dialog = page.createDialog;
    if (!dialog) return;
    if (!filledNames.has(dialog.name)) {
      filledNames.add(dialog.name);
      fillNameIfEmpty(dialog.name, status.tokenName);
    }
    const network = dialog.network;
    if (!network) return;
    const value = networkValue(network);
    if (!networkDefaults.has(network)) networkDefaults.set(network, value);
    // Never over the admin's own choice: only once, and only while the value is still the default.
    if (choosing || networkTried.has(network)) return;
    if (value !== networkDefaults.get(network) || !isDefaultToReplace(value)) return;
    networkTried.add(network);
    choosing = network;
    const sleep = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms));
    void chooseAnyIp(network, scopesOfPage, sleep).finally(() => {
      choosing = null;
      schedule();
    });
  }

  /** Targets inside Okta's dialogs are looked for inside them only. */
  function scopeOf(target: TargetId, page: PageReading, scopes: Scope[]): readonly Scope[] {
    if (target === 'revealed-token') return page.dialogs;
    if (page.createDialog && IN_CREATE_DIALOG.has(target)) return [page.createDialog.dialog];
    return scopes;
  }

  function evaluate() {
    if (ctx.isInvalid) return;
    const scopes = scopesOfPage();
    const page = readPage(location.pathname, org.isAdminConsole, scopes);
    if (page.revealed && page.revealed.token !== sentToken) {
      sentToken = page.revealed.token;
      void ask({ type: 'guide:token-revealed', token: page.revealed.token }).then(applyStatus);
    }
    fillCreateDialog(page);
    // The dialog's form as the admin sees it, read once: the step is derived from it and the callout shows it.
    const dialog = page.createDialog;
    const form: DialogForm | null = dialog
      ? {
          name: dialog.name.value.trim(),
          network: dialog.network ? shownChoice(dialog.network) : '',
          networkState: networkState(dialog, choosing === dialog.network),
        }
      : null;
    const facts: PageFacts = {
      host: page.host,
      path: page.path,
      signInFormVisible: page.signInFormVisible,
      createDialog: form ? { nameFilled: form.name !== '', network: form.networkState } : null,
      revealedTokenVisible: page.revealed !== null,
      apiNavVisible: page.apiNavVisible,
      tokenCaptured: status.tokenCaptured !== null,
      linked: status.linkedAccountId !== null,
    };
    const step = deriveStep(facts);
    const targetId = targetOf(step, facts);
    const attempts: StrategyAttempt[] = [];
    const target = targetId ? locateTarget(targetId, scopeOf(targetId, page, scopes), attempts) : null;
    if (target && !scrolledTo.has(target)) {
      scrolledTo.add(target);
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    // After the admin's Create token, Okta works (its button disabled), maybe behind a verification window:
    // nothing to click meanwhile, so nothing to point at.
    const oktaBusy = step === 'submit-token' && target?.matches(':disabled, [aria-disabled="true"]') === true;
    let verdict: TargetVerdict = oktaBusy
      ? judge(`${step}|${page.path}|busy`, null, false)
      : judge(`${step}|${page.path}`, target, targetId !== null);
    // While the guide sets the network choice, nothing is ready to click yet; its end schedules the next look.
    if (choosing && verdict.state === 'found') verdict = { state: 'searching', recheck: null };
    draw(step, verdict, page, form, oktaBusy ? null : target, oktaBusy);
    report(step, verdict, attempts, scopes);
    if (verdict.recheck === 'frame') schedule();
    else if (verdict.recheck !== null) recheckAfter(verdict.recheck);
  }

  function draw(
    step: StepId,
    verdict: TargetVerdict,
    page: PageReading,
    form: DialogForm | null,
    target: Element | null,
    oktaBusy: boolean,
  ) {
    const dialogs = page.dialogs;
    const controls: Box[] = dialogs.flatMap((dialog) =>
      Array.from(dialog.querySelectorAll(DIALOG_CONTROLS), boxOf),
    );
    const shortcut = GUIDE_STEPS[step].shortcut?.(org, location.protocol) ?? null;
    const targetBox = target && verdict.state === 'found' ? boxOf(target) : null;
    render(
      <GuideOverlay
        step={step}
        state={verdict.state}
        target={targetBox}
        mode={status.mode}
        shortcut={shortcut}
        status={status}
        form={form}
        oktaBusy={oktaBusy}
        connectPending={connectPending}
        onConnect={connect}
        copied={copied}
        onCopyDetails={supportText === null ? null : copyDetails}
        onStop={stop}
        text={guideText(status.words)}
      />,
      overlay.container,
    );
    placeCard(targetBox, dialogs.map(boxOf), controls);
    // After the render, which placed the ring: "found" means the highlight is on the target.
    overlay.host.setAttribute('data-step', step);
    if (verdict.state === 'searching') overlay.host.removeAttribute('data-target');
    else overlay.host.setAttribute('data-target', verdict.state);
  }

  /** The card beside the target, off the dialog's controls; measured after it rendered. */
  function placeCard(target: Box | null, dialogs: Box[], controls: Box[]) {
    const card = overlay.container.querySelector<HTMLElement>('.callout');
    if (!card) return;
    const { left, top } = placeCallout({
      callout: { width: card.offsetWidth, height: card.offsetHeight },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      target,
      dialogs,
      controls,
    });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function report(step: StepId, verdict: TargetVerdict, attempts: StrategyAttempt[], scopes: Scope[]) {
    if (verdict.state === 'searching' || `${step}|${verdict.state}` === reported) return;
    reported = `${step}|${verdict.state}`;
    tell({ type: 'guide:step', step, target: verdict.state });
    supportText = null;
    copied = false;
    if (verdict.state !== 'missing') return;
    const request: GuideRequest = {
      type: 'guide:support-details',
      step,
      path: location.pathname,
      language: document.documentElement.lang,
      shadowHosts: scopes.slice(1).map((root) => (root as ShadowRoot).host.localName),
      attempts,
    };
    void ask(request, isSupportDetails).then((details) => {
      supportText = details?.text ?? null;
      schedule();
    });
  }

  function connect() {
    if (connectPending) return;
    connectPending = true;
    schedule();
    void ask({ type: 'guide:connect' }).then((next) => {
      connectPending = false;
      applyStatus(next);
      schedule();
    });
  }

  function copyDetails() {
    copied = supportText !== null && copyToClipboard(supportText);
    schedule();
  }

  function applyStatus(next: GuideStatus | null) {
    if (!next) return;
    status = next;
    if (!next.running) teardown();
    else schedule();
  }

  const onPush = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isGuidePush(message)) return;
    applyStatus(message.status);
  };
  browser.runtime.onMessage.addListener(onPush);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPush));

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Typing changes no attribute: the name field's state is read again on the admin's input.
  ctx.addEventListener(document, 'input', schedule, { capture: true, passive: true });
  ctx.addEventListener(document, 'change', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  ctx.addEventListener(document, 'scroll', schedule, { capture: true, passive: true });

  setAlive(true);
  observer.observe(document.documentElement, OBSERVED);
  evaluate();
}

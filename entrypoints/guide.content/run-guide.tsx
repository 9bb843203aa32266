import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuideOverlayProps } from '@/components/guide/GuideOverlay';
import { GUIDE_CSS } from '@/components/guide/styles';
import { openShadowRootsIn } from '@/utils/dom/deep-query';
import { boxOf } from '@/utils/dom/hit-test';
import { createScheduler } from '@/utils/dom/scheduler';
import { networkState, shownChoice } from '@/utils/guide/create-dialog';
import { type PageReading, readPage } from '@/utils/guide/page-facts';
import { type TargetVerdict, watchTarget } from '@/utils/guide/target-watch';
import { GUIDE_ALIVE_FLAG, type GuideStatus, isGuidePush } from '@/utils/messages/guide-protocol';
import { GUIDE_STEPS, locateTarget, type TargetId, targetOf } from '@/utils/okta/guide-steps';
import type { Scope, StrategyAttempt } from '@/utils/okta/locators';
import { deriveStep, type PageFacts } from '@/utils/okta/steps';
import { drawOverlay, eraseOverlay } from './callout';
import { tokenCapture } from './capture';
import { dialogFiller } from './dialog-filler';
import { mountOverlayHost } from './overlay-host';
import { stepReporter } from './support';
import { ask, tell } from './worker';

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

function setAlive(alive: boolean) {
  (globalThis as Record<string, unknown>)[GUIDE_ALIVE_FLAG] = alive;
}

/** The org's parts from the domain our worker names (`acme.okta.com`), and whether this is its Admin Console. */
function orgOf(orgDomain: string, hostname: string) {
  const [subdomain = '', ...rest] = orgDomain.split('.');
  const cell = rest.join('.');
  return { subdomain, cell, isAdminConsole: hostname === `${subdomain}-admin.${cell}` };
}

/** Targets inside Okta's dialogs are looked for inside them only. */
function scopeOf(target: TargetId, page: PageReading, scopes: Scope[]): readonly Scope[] {
  if (target === 'revealed-token') return page.dialogs;
  if (page.createDialog && IN_CREATE_DIALOG.has(target)) return [page.createDialog.dialog];
  return scopes;
}

/**
 * Runs the guide on one Okta page while the background says it is started for this tab and org.
 * Adds nothing to the page until then; afterwards one `<okta-link-assistant>` element, removed on stop.
 *
 * This file is the step loop: each evaluation reads the page, lets the effects act on it (capture the revealed
 * token: capture.ts; fill the create-token dialog: dialog-filler.ts), derives the step, finds what the step
 * points at, and draws the overlay (callout.tsx) and reports the step (support.ts). Evaluations run at most
 * once a frame, after page changes, scrolls and resizes, and while a target settles.
 */
export async function runGuide(ctx: ContentScriptContext): Promise<void> {
  const first = await ask({ type: 'guide:hello' });
  // Our worker answers `running` only for a tab started on this page's org (it checks the tab's address).
  if (!first?.running || !first.orgDomain || ctx.isInvalid) return;
  let status: GuideStatus = first;
  const org = orgOf(first.orgDomain, location.hostname);

  const overlay = mountOverlayHost(GUIDE_CSS);
  // Frames and timers that release their hooks when they run (WXT's ctx.* keep one per call).
  const later = createScheduler(ctx);
  const judge = watchTarget(() => performance.now());
  const observer = new MutationObserver(() => schedule());
  const observedRoots = new WeakSet<Node>();
  const scrolledTo = new WeakSet<Element>();
  const capture = tokenCapture(applyStatus);
  const filler = dialogFiller(later, scopesOfPage, schedule);
  const reporter = stepReporter(schedule);
  let frameRequested = false;
  let cancelRecheck = () => {};
  let connectPending = false;

  const teardown = () => {
    setAlive(false);
    observer.disconnect();
    eraseOverlay(overlay);
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
    later.frame(() => {
      frameRequested = false;
      evaluate();
    });
  }

  function recheckAfter(ms: number) {
    cancelRecheck();
    cancelRecheck = later.after(ms, schedule);
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

  function evaluate() {
    if (ctx.isInvalid) return;
    const scopes = scopesOfPage();
    const page = readPage(location.pathname, org.isAdminConsole, scopes);
    capture(page);
    filler.fill(page, status.tokenName);
    const choosing = filler.choosing();
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
    drawOverlay(
      overlay,
      {
        step,
        state: verdict.state,
        target: target && !oktaBusy && verdict.state === 'found' ? boxOf(target) : null,
        mode: status.mode,
        shortcut: GUIDE_STEPS[step].shortcut?.(org, location.protocol) ?? null,
        status,
        form,
        oktaBusy,
        connectPending,
        onConnect: connect,
        copied: reporter.copied(),
        onCopyDetails: reporter.onCopy(),
        onStop: stop,
      },
      page.dialogs,
    );
    reporter.report(step, verdict, attempts, scopes);
    if (verdict.recheck === 'frame') schedule();
    else if (verdict.recheck !== null) recheckAfter(verdict.recheck);
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

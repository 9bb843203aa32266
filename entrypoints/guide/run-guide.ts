import { browser } from 'wxt/browser';
import { type GuideOverlayProps, mountGuideOverlay } from '@/components/guide/GuideOverlay';
import { GUIDE_CSS } from '@/components/guide/styles';
import { type Box, boxOf, reachableAtCentre, sameBox } from '@/utils/dom/hit-test';
import { createScheduler } from '@/utils/dom/scheduler';
import type { ScriptLife } from '@/utils/dom/script-life';
import { watchMoves } from '@/utils/dom/watch-moves';
import { networkState, shownChoice } from '@/utils/guide/create-dialog';
import { type PageReading, readPage } from '@/utils/guide/page-facts';
import { type ShownStep, watchReveals } from '@/utils/guide/reveal-capture';
import { type TargetVerdict, watchTarget } from '@/utils/guide/target-watch';
import { guideText } from '@/utils/i18n/guide-words';
import {
  GUIDE_ALIVE_FLAG,
  type GuideStatus,
  isGuidePush,
  isOpenDialogAnswer,
} from '@/utils/messages/guide-protocol';
import { GUIDE_STEPS, locateTarget, type TargetId, targetOf } from '@/utils/okta/guide-steps';
import type { Scope, StrategyAttempt } from '@/utils/okta/locators';
import { deriveStep, type PageFacts } from '@/utils/okta/steps';
import { drawOverlay } from './callout';
import { tokenCapture } from './capture';
import { dialogFiller } from './dialog-filler';
import { dialogOpener } from './open-dialog';
import { mountOverlayHost } from './overlay-host';
import { pageWatch } from './page-watch';
import { stepReporter } from './support';
import { ask, tell } from './worker';

type DialogForm = NonNullable<GuideOverlayProps['form']>;

const IN_CREATE_DIALOG: ReadonlySet<TargetId> = new Set([
  'token-name-input',
  'network-control',
  'zones-control',
  'submit-token-button',
]);

/** How often at most a page that keeps changing has the found target hit-tested again (whether it got covered). */
export const COVER_CHECK_MS = 1000;

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
 * points at, and draws the overlay (callout.ts) and reports the step (support.ts). Evaluations run at most
 * once a frame, after page changes, scrolls and resizes, and while a target settles.
 */
export async function runGuide(ctx: ScriptLife): Promise<void> {
  // The console's language (Okta sets the page's `lang`): the background answers with the words in it.
  const first = await ask({ type: 'guide:hello', language: document.documentElement.lang.slice(0, 40) });
  // Our worker answers `running` only for a tab started on this page's org (it checks the tab's address).
  if (!first?.running || !first.orgDomain || ctx.isInvalid) return;
  let status: GuideStatus = first;
  const org = orgOf(first.orgDomain, location.hostname);

  const overlay = mountOverlayHost(GUIDE_CSS);
  const view = mountGuideOverlay(overlay.container);
  // Frames and timers that release their hooks when they run, all cancelled when the script's life ends.
  const later = createScheduler(ctx);
  const judge = watchTarget(() => performance.now());
  const watch = pageWatch(overlay.host, (search) => (search ? schedule() : recheckSoon()));
  const scrolledTo = new WeakSet<Element>();
  const capture = tokenCapture(applyStatus);
  const filler = dialogFiller(later, watch.scopes, () => schedule());
  const reporter = stepReporter(() => schedule());
  /** Only what Okta reveals after the admin's own Create token click is captured (reveal-capture.ts). */
  const reveals = watchReveals(sessionStorage);
  let shown: ShownStep = { step: null, submitButton: null, createDialog: null, dialogs: [] };
  let frameRequested = false;
  let recheckPending = false;
  /** Whether the next evaluation must search the page, or may re-check the found target. */
  let searchNext = true;
  /** When the tree was last walked for shadow roots that came without a record (page-watch.ts). */
  let walkedAt = 0;
  /** What the last evaluation found, re-checked in O(1) while nothing it depends on changed. */
  let found: { target: Element | null; box: Box | null; dialogs: readonly Element[] } | null = null;
  let cancelRecheck = () => {};
  /** The drawn target whose moves are watched, and the watch's stop. */
  let watchedTarget: Element | null = null;
  let stopWatchingMoves = () => {};
  let connectPending = false;

  const opener = dialogOpener({
    mode: () => status.mode,
    path: () => location.pathname,
    claim: async () => (await ask({ type: 'guide:open-dialog' }, isOpenDialogAnswer))?.open === true,
    reevaluate: (ms) => (ms === undefined ? schedule() : recheckAfter(ms)),
    now: () => performance.now(),
  });

  const teardown = () => {
    setAlive(false);
    watch.stop();
    followMoves(null);
    view.erase();
    overlay.remove();
  };
  ctx.onInvalidated(teardown);

  function stop() {
    teardown();
    tell({ type: 'guide:stop' });
  }

  /**
   * One evaluation per frame however many changes arrive (a hidden tab catches up when shown): a search
   * (`search` true) or a re-check of the found target, right after the browser's own layout of the next frame,
   * so the highlight follows in that frame. Reading boxes and hit-testing there force no layout: anywhere else
   * after the page changed they do, and on a 5,000-row table that forced layout cost more than the rest of a
   * re-check, and a third of a search (scheduler.ts).
   */
  function schedule(search = true) {
    searchNext ||= search;
    if (frameRequested || ctx.isInvalid) return;
    frameRequested = true;
    later.afterLayout(() => {
      frameRequested = false;
      evaluate();
    });
  }

  /**
   * A change outside what the answer depends on may have covered or hidden the target (a menu, a popover): its
   * hit test runs at most every COVER_CHECK_MS however often the page changes. Its moves are seen at once
   * (watchMoves), scrolls and resizes by their own listeners.
   */
  function recheckSoon() {
    if (recheckPending) return;
    recheckPending = true;
    later.after(COVER_CHECK_MS, () => {
      recheckPending = false;
      schedule(false);
    });
  }

  /** Watches the drawn target's moves, the same element's for as long as it stays found. */
  function followMoves(target: Element | null) {
    if (target === watchedTarget) return;
    stopWatchingMoves();
    watchedTarget = target;
    stopWatchingMoves = target ? watchMoves(target, () => schedule(false)) : () => {};
  }

  function recheckAfter(ms: number) {
    cancelRecheck();
    cancelRecheck = later.after(ms, schedule);
  }

  /** The found target still there, in the same box, reachable at its centre, and the same dialogs open: O(1). */
  function stillFound(): boolean {
    if (!found?.dialogs.every((dialog) => dialog.isConnected)) return false;
    const { target, box } = found;
    return !target || (target.isConnected && sameBox(boxOf(target), box) && reachableAtCentre(target));
  }

  function evaluate() {
    if (ctx.isInvalid) return;
    const search = searchNext;
    searchNext = false;
    if (!search && stillFound()) return;
    found = null;
    const scopes = watch.scopes();
    const page = readPage(location.pathname, org.isAdminConsole, scopes, reveals.accepts);
    capture(page);
    const record = filler.fill(page, status.tokenName);
    const choosing = filler.choosing();
    // The dialog's form as the admin sees it, read once: the step is derived from it and the callout shows it.
    const dialog = page.createDialog;
    const form: DialogForm | null = dialog
      ? {
          name: dialog.name.value.trim(),
          network: dialog.network ? shownChoice(dialog.network) : '',
          networkState: networkState(dialog, record),
          noAnyIp: record?.attempt === 'no-any-ip',
        }
      : null;
    const facts: PageFacts = {
      host: page.host,
      path: page.path,
      signInFormVisible: page.signInFormVisible,
      createDialog: form ? { nameFilled: form.name !== '', network: form.networkState } : null,
      revealedTokenVisible: page.revealed !== null,
      // Only if the step depends on it (deriveStep): its reading is a deep query of the page.
      get apiNavVisible() {
        return page.apiNavVisible;
      },
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
    // Start and Get token from Okta: the guide opens Okta's Create-token dialog itself (open-dialog.ts).
    verdict = opener.verdictFor(step, verdict, target);
    shown = {
      step,
      submitButton: step === 'submit-token' ? target : null,
      createDialog: dialog?.dialog ?? null,
      dialogs: page.dialogs,
    };
    drawOverlay(
      overlay,
      view,
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
        text: guideText(status.words),
      },
      page.dialogs,
    );
    reporter.report(step, verdict, attempts, scopes);
    if (verdict.state === 'found') {
      const drawn = oktaBusy ? null : target;
      found = { target: drawn, box: drawn && boxOf(drawn), dialogs: page.dialogs };
      followMoves(drawn);
      // The step changes with what the target's region holds (the side nav: Security's items) and the dialogs.
      const region = drawn?.closest('nav, [role="navigation"]') ?? drawn?.parentNode;
      watch.dependOn(new Set([...(region ? [region] : []), ...page.dialogs]));
    } else {
      followMoves(null);
      watch.dependOn(null);
      // Said missing (after the grace): a shadow root attached without a record may hold the target. A walk
      // of the whole tree, so never while a page is still rendering, and at most once a second.
      const now = performance.now();
      if (verdict.state === 'missing' && now - walkedAt > 1000) {
        walkedAt = now;
        watch.walk();
      }
    }
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
    opener.reconsider();
    applyStatus(message.status);
  };
  browser.runtime.onMessage.addListener(onPush);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPush));

  const searchAgain = () => schedule();
  ctx.onLocationChange(searchAgain);
  // Typing changes no attribute: the name field's state is read again on the admin's input.
  const noteAction = (event: Event) => reveals.noteAction(event, shown, watch.scopes());
  ctx.listen(document, 'click', noteAction, { capture: true, passive: true });
  ctx.listen(document, 'submit', noteAction, { capture: true, passive: true });
  ctx.listen(document, 'input', searchAgain, { capture: true, passive: true });
  ctx.listen(document, 'change', searchAgain, { capture: true, passive: true });
  // A scroll or a resize moves the target at most: its re-check says whether to look again.
  const moved = () => schedule(false);
  ctx.listen(window, 'resize', moved, { passive: true });
  ctx.listen(document, 'scroll', moved, { capture: true, passive: true });

  setAlive(true);
  watch.start();
  evaluate();
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuideOverlay } from '@/components/guide/GuideOverlay';
import { GUIDE_CSS } from '@/components/guide/styles';
import { openShadowRootsIn } from '@/utils/dom/deep-query';
import { setValueAsTyped } from '@/utils/dom/set-value';
import { type GuideMemory, readPageFacts } from '@/utils/guide/page-facts';
import {
  GUIDE_ALIVE_FLAG,
  type GuideRequest,
  type GuideStatus,
  isGuidePush,
  isGuideStatus,
} from '@/utils/messages/guide-protocol';
import type { OktaOrg } from '@/utils/okta/domain';
import { locate, type Scope } from '@/utils/okta/locators';
import { checkAdminPrivilege } from '@/utils/okta/privilege-check';
import { deriveStep, shortcutFor, targetOf } from '@/utils/okta/steps';
import type { StepId } from '@/utils/okta/steps-ids';

export const OVERLAY_TAG = 'okta-link-assistant';
/** How long to wait for a late-rendering SPA before falling back to words and a direct link. */
const RENDER_GRACE_MS = 4000;
const OBSERVED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'open',
  'aria-expanded',
  'aria-selected',
  'aria-hidden',
];

function setAlive(alive: boolean) {
  (globalThis as Record<string, unknown>)[GUIDE_ALIVE_FLAG] = alive;
}

async function ask(request: GuideRequest): Promise<GuideStatus | null> {
  const answer = await browser.runtime.sendMessage(request).catch(() => null);
  return isGuideStatus(answer) ? answer : null;
}

/**
 * Runs the guide on one Okta page while the background says it is started for this tab and org.
 * Adds nothing to the page until then; afterwards one `<okta-link-assistant>` element, removed on stop.
 */
export async function runGuide(ctx: ContentScriptContext, org: OktaOrg): Promise<void> {
  let status = await ask({ type: 'guide:hello' });
  if (!status?.running || ctx.isInvalid) return;

  const memory: GuideMemory = { nameAcknowledged: false, networkAcknowledged: false };
  const prefilled = new WeakSet<Element>();
  const observedRoots = new WeakSet<Node>();
  let host: HTMLElement | null = null;
  let searchKey = '';
  let searchStartedAt = 0;
  let reported = '';
  let sentToken: string | null = null;
  let privilegeAsked = false;
  let frame = 0;
  let graceTimer = 0;
  let current: { step: StepId; target: Element | null } = { step: 'open-admin', target: null };

  const observer = new MutationObserver(() => schedule());
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: GUIDE_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container, _shadow, shadowHost) => {
      host = shadowHost;
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });

  const teardown = () => {
    setAlive(false);
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(frame);
    clearTimeout(graceTimer);
    ui.remove();
  };
  ctx.onInvalidated(teardown);

  const stop = async () => {
    teardown();
    await browser.runtime.sendMessage({ type: 'guide:stop' } satisfies GuideRequest).catch(() => undefined);
  };

  const acknowledge = () => {
    if (current.step === 'name-token') memory.nameAcknowledged = true;
    else if (current.step === 'choose-network') memory.networkAcknowledged = true;
    schedule();
  };

  /** One evaluation per frame however many mutations arrive; a hidden tab (no frames) still catches up. */
  function schedule() {
    if (frame || ctx.isInvalid) return;
    const run = () => {
      frame = 0;
      evaluate();
    };
    frame = document.hidden ? window.setTimeout(run, 100) : requestAnimationFrame(run);
  }

  function scopesOfPage(): Scope[] {
    const roots = openShadowRootsIn(document).filter((root) => root.host !== host);
    for (const root of roots) {
      if (!observedRoots.has(root)) {
        observedRoots.add(root);
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: OBSERVED_ATTRIBUTES,
        });
      }
    }
    return [document, ...roots];
  }

  function evaluate() {
    if (!status) return;
    const scopes = scopesOfPage();
    const facts = readPageFacts(location, org.isAdminConsole, scopes, memory, {
      tokenCaptured: status.tokenCaptured !== null,
      linked: status.linkedAccountId !== null,
    });
    if (!facts.createDialogOpen) {
      memory.nameAcknowledged = false;
      memory.networkAcknowledged = false;
    }
    if (facts.revealedToken && facts.revealedToken !== sentToken) {
      sentToken = facts.revealedToken;
      void ask({ type: 'guide:token-revealed', token: facts.revealedToken }).then(applyStatus);
    }
    const step = deriveStep(facts);
    const targetId = targetOf(step, facts.host);
    const target = targetId ? (locate(targetId, scopes)?.element ?? null) : null;
    if (step === 'name-token' && target instanceof HTMLInputElement) prefillName(target);

    const key = `${step}|${location.pathname}`;
    if (key !== searchKey) {
      searchKey = key;
      searchStartedAt = performance.now();
    }
    const searching = !target && targetId !== null && performance.now() - searchStartedAt < RENDER_GRACE_MS;
    clearTimeout(graceTimer);
    if (searching) graceTimer = window.setTimeout(schedule, RENDER_GRACE_MS);

    current = { step, target };
    const targetState = target || !targetId ? 'found' : 'missing';
    if (`${step}|${targetState}` !== reported) {
      reported = `${step}|${targetState}`;
      void browser.runtime
        .sendMessage({ type: 'guide:step', step, target: targetState } satisfies GuideRequest)
        .catch(() => undefined);
    }
    render(
      <GuideOverlay
        step={step}
        target={target}
        searching={searching}
        shortcut={shortcutFor(step, org, location.protocol)}
        status={status}
        onContinue={step === 'name-token' || step === 'choose-network' ? acknowledge : null}
        onStop={stop}
      />,
      ui.uiContainer,
    );
    // After the render, whose layout effects placed the ring: "found" means the highlight is on the target.
    host?.setAttribute('data-step', step);
    host?.setAttribute('data-target', targetState);
  }

  function prefillName(input: HTMLInputElement) {
    if (prefilled.has(input)) return;
    prefilled.add(input);
    // Only an empty field: a name the admin typed is theirs.
    if (input.value === '' && status) setValueAsTyped(input, status.tokenName);
  }

  function applyStatus(next: GuideStatus | null) {
    if (!next) return;
    status = next;
    if (!next.running) teardown();
    else schedule();
  }

  async function checkPrivilegeOnce() {
    if (privilegeAsked || status?.privilege) return;
    privilegeAsked = true;
    const verdict = await checkAdminPrivilege(location.origin);
    applyStatus(await ask({ type: 'guide:privilege', verdict }));
  }

  const onPush = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    if (isGuidePush(message)) applyStatus(message.status);
  };
  browser.runtime.onMessage.addListener(onPush);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPush));

  // The admin's own moves on the token form count as confirming a step.
  ctx.addEventListener(
    document,
    'focusout',
    (event) => {
      if (
        current.step === 'name-token' &&
        event.target === current.target &&
        (current.target as HTMLInputElement).value
      ) {
        memory.nameAcknowledged = true;
        schedule();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'change',
    (event) => {
      if (current.step === 'choose-network' && event.target === current.target) {
        memory.networkAcknowledged = true;
        schedule();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  ui.mount();
  setAlive(true);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: OBSERVED_ATTRIBUTES,
  });
  evaluate();
  void checkPrivilegeOnce();
}

import { normalizeSpace, queryAllDeep, searchScopes } from '../dom/deep-query';
import { placeCallout } from '../dom/placement';
import type { Scheduler } from '../dom/scheduler';
import { t } from '../i18n/browser-language';

/*
 * After a fill the admin asked for from the hub-first journey, the page points at the hub's own Connect:
 * a ring around the button and a one-line callout, "Click Connect to finish". Ours lives in a shadow root
 * of its own, takes no clicks (the admin clicks the hub's button through it), and goes away when the hub
 * says it connected, the button goes away, or the page changes. The extension never clicks Connect.
 */

const POINTER_ELEMENT = 'okta-link-hub-pointer';

const STYLE = `
  :host { all: initial; }
  .ring, .callout { position: fixed; top: 0; left: 0; pointer-events: none; z-index: 2147483647; }
  .ring { border: 3px solid #1662dd; border-radius: 10px; box-shadow: 0 0 0 4px rgba(22, 98, 221, 0.25); }
  .callout { max-width: 240px; padding: 8px 12px; border-radius: 8px; background: #1d2433; color: #fff;
    font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
  @media (prefers-reduced-motion: no-preference) { .ring { transition: transform 120ms ease-out; } }
`;

/** The hub's own Connect button, in the hub's shadow root; null when the hub shows none. */
function hubConnectButton(hub: Element): HTMLButtonElement | null {
  const buttons = queryAllDeep<HTMLButtonElement>('button', searchScopes(hub));
  return (
    buttons.find((button) => normalizeSpace(button.textContent ?? '').toLowerCase() === 'connect') ?? null
  );
}

/**
 * Points at the hub's Connect until the hub succeeds or the page changes; returns how to take it away, or
 * null when the hub shows no Connect button to point at.
 */
export function pointAtHubConnect(hub: Element, later: Scheduler): (() => void) | null {
  const button = hubConnectButton(hub);
  const doc = hub.ownerDocument;
  const win = doc.defaultView;
  if (!button || !win) return null;

  doc.querySelector(POINTER_ELEMENT)?.remove(); // one pointer at a time: the latest fill's
  const host = doc.createElement(POINTER_ELEMENT);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const ring = doc.createElement('div');
  ring.className = 'ring';
  const callout = doc.createElement('div');
  callout.className = 'callout';
  callout.setAttribute('role', 'status');
  callout.textContent = t('fill_pointer');
  root.append(style, ring, callout);
  doc.documentElement.append(host);

  const address = win.location.href;
  const place = () => {
    // An app that changes its page without a navigation (history.pushState) changes the address all the same.
    if (!button.isConnected || win.location.href !== address) {
      remove();
      return;
    }
    const box = button.getBoundingClientRect();
    Object.assign(ring.style, {
      transform: `translate(${box.left - 5}px, ${box.top - 5}px)`,
      width: `${box.width + 10}px`,
      height: `${box.height + 10}px`,
    });
    const { left, top } = placeCallout({
      callout: { width: callout.offsetWidth, height: callout.offsetHeight },
      viewport: { width: win.innerWidth, height: win.innerHeight },
      target: { left: box.left, top: box.top, width: box.width, height: box.height },
      dialogs: [],
      controls: [],
    });
    callout.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };
  // Follows the button through scrolling (the hub scrolls inside its own shadow root), resizing and the
  // hub's own re-renders (never the rest of the page: it watches the hub only); a frame at a time at most, right
  // after the browser's own layout, when reading the button's box forces no layout of the page (scheduler.ts).
  let cancelFrame: (() => void) | null = null;
  const schedule = () => {
    cancelFrame ??= later.afterLayout(() => {
      cancelFrame = null;
      place();
    });
  };
  const watchers: [EventTarget, string, AddEventListenerOptions][] = [
    [win, 'resize', { passive: true }],
    [doc, 'scroll', { capture: true, passive: true }],
    [hub.getRootNode(), 'scroll', { capture: true, passive: true }],
  ];
  for (const [target, type, options] of watchers) target.addEventListener(type, schedule, options);
  const resizes = new win.ResizeObserver(schedule);
  resizes.observe(button);
  const mutations = new win.MutationObserver(schedule);
  mutations.observe(hub, { subtree: true, childList: true, attributes: true });
  for (const root of searchScopes(hub).slice(1)) mutations.observe(root, { subtree: true, childList: true });
  const stopFollowing = () => {
    cancelFrame?.();
    for (const [target, type, options] of watchers) target.removeEventListener(type, schedule, options);
    resizes.disconnect();
    mutations.disconnect();
  };
  place();
  const events: [EventTarget, string][] = [
    [hub, 'success'],
    [win, 'pagehide'],
    [win, 'popstate'],
    [win, 'hashchange'],
  ];
  let removed = false;
  function remove() {
    if (removed) return;
    removed = true;
    stopFollowing();
    for (const [target, type] of events) target.removeEventListener(type, remove);
    host.remove();
  }
  for (const [target, type] of events) target.addEventListener(type, remove);
  return remove;
}

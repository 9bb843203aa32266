// Installed in the sandbox Admin Console's main world before any page script (page.addInitScript), by
// bench/guide-latency.ts. Plain JavaScript on purpose: functions compiled by tsx carry `__name` helpers that
// do not exist in the page. It times, on the page's own clock, when an armed target element appears and when
// the guide's overlay (<okta-link-assistant>, an open shadow root) reports it found and draws its ring over it.
(() => {
  const OVERLAY_TAG = 'okta-link-assistant';
  /** sessionStorage key that arms the probe across a page load: {"selector": …, "step": …}. */
  const ARM_KEY = '__olaLatencyArm';
  /** Highlight.tsx draws the ring this far outside the target's box. */
  const RING_OUTSET_PX = 4;

  const results = [];
  let pending = null;
  const observedRoots = new WeakSet();
  // Open shadow roots as the page attaches them (the probe runs before any page script): looking for the target
  // costs one querySelector per root, not a walk of the whole page per change. The walk it replaces cost the
  // probe, on the 5,000-row page, more main-thread time than everything else, and the guide waited behind it.
  const openRoots = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (init?.mode === 'open') openRoots.push(root);
    return root;
  };

  function deepQuery(root, selector) {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const shadow of openRoots) {
      if (!shadow.host.isConnected) continue;
      const inner = shadow.querySelector(selector);
      if (inner) return inner;
    }
    return null;
  }

  function ringIsOver(ring, target) {
    const ringBox = ring.getBoundingClientRect();
    const targetBox = target.getBoundingClientRect();
    return (
      targetBox.width > 0 &&
      Math.abs(ringBox.left - (targetBox.left - RING_OUTSET_PX)) < 1.5 &&
      Math.abs(ringBox.top - (targetBox.top - RING_OUTSET_PX)) < 1.5
    );
  }

  /** The overlay, noticed as it is added (the guide appends it to <body>): no search of the page per change. */
  let host = null;
  function check(records) {
    if (!host?.isConnected) {
      host = null;
      for (const { addedNodes } of records) {
        for (const node of addedNodes) if (node.nodeName === OVERLAY_TAG.toUpperCase()) host = node;
      }
    }
    if (host?.shadowRoot && !observedRoots.has(host.shadowRoot)) {
      observedRoots.add(host.shadowRoot);
      observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
    }
    if (!pending) return;
    const now = performance.now();
    const target = deepQuery(document, pending.selector);
    if (pending.inserted === null) {
      // The element the page showed when armed is not the one that appears: on a busy page a change of its own
      // comes before the click's re-render and would start the clock on the old element, before the click.
      if (!target || target === pending.stale) return;
      pending.inserted = now;
    }
    if (
      pending.found === null &&
      host?.getAttribute('data-step') === pending.step &&
      host.getAttribute('data-target') === 'found'
    ) {
      pending.found = now;
    }
    const ring = host?.shadowRoot?.querySelector('.ring');
    if (pending.found === null || !ring || !target || !ringIsOver(ring, target)) return;
    results.push({ inserted: pending.inserted, found: pending.found, ring: now });
    pending = null;
  }

  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });

  function arm(selector, step) {
    pending = { selector, step, inserted: null, found: null, stale: deepQuery(document, selector) };
  }
  const armed = sessionStorage.getItem(ARM_KEY);
  if (armed) {
    sessionStorage.removeItem(ARM_KEY);
    const { selector, step } = JSON.parse(armed);
    arm(selector, step);
  }
  window.__olaLatency = { arm, results };
})();

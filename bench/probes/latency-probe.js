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

  function deepQuery(root, selector) {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = deepQuery(element.shadowRoot, selector);
        if (inner) return inner;
      }
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

  function check() {
    const host = document.querySelector(OVERLAY_TAG);
    if (host?.shadowRoot && !observedRoots.has(host.shadowRoot)) {
      observedRoots.add(host.shadowRoot);
      observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
    }
    if (!pending) return;
    const now = performance.now();
    const target = deepQuery(document, pending.selector);
    if (pending.inserted === null) {
      if (!target) return;
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
    pending = { selector, step, inserted: null, found: null };
  }
  const armed = sessionStorage.getItem(ARM_KEY);
  if (armed) {
    sessionStorage.removeItem(ARM_KEY);
    const { selector, step } = JSON.parse(armed);
    arm(selector, step);
  }
  window.__olaLatency = { arm, results };
})();

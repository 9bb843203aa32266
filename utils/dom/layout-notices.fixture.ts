import { vi } from 'vitest';

/**
 * A ResizeObserver for unit tests (happy-dom's never notices anything): like a browser's, it notices each element
 * it starts observing once, at the next "frame" (a timer here), and `inNotice()` says whether code runs inside
 * such a notice, where a browser's layout is clean. `observedWhileDelivering` counts `observe` calls made from
 * inside a notice, which a browser would answer with a "ResizeObserver loop" error on the page.
 */
export function layoutNotices() {
  let delivering = false;
  let observedWhileDelivering = 0;
  class FakeResizeObserver {
    private readonly watched = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(element: Element) {
      if (delivering) observedWhileDelivering++;
      this.watched.add(element);
      setTimeout(() => {
        if (!this.watched.has(element)) return;
        delivering = true;
        try {
          this.callback([], this as unknown as ResizeObserver);
        } finally {
          delivering = false;
        }
      }, 16);
    }
    unobserve(element: Element) {
      this.watched.delete(element);
    }
    disconnect() {
      this.watched.clear();
    }
  }
  return {
    ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver,
    inNotice: () => delivering,
    observedWhileDelivering: () => observedWhileDelivering,
  };
}

/** `layoutNotices()` in place of the window's ResizeObserver, until `vi.unstubAllGlobals()`. */
export function stubLayoutNotices(): ReturnType<typeof layoutNotices> {
  const notices = layoutNotices();
  vi.stubGlobal('ResizeObserver', notices.ResizeObserver);
  return notices;
}

import { browser } from 'wxt/browser';
import type { Lifetime } from './scheduler';

/**
 * The life of a script the background injects into someone else's page (the guide): the part of WXT's
 * ContentScriptContext the guide uses, without the rest (its timers, logger and options: ~0.8 KB gzip of a
 * 15 KB budget, bench/budgets.json). It ends when the extension that injected it goes (updated, reloaded or
 * removed: `browser.runtime.id` is gone, noticed at the next `isInvalid`) or when a newer copy of the script
 * starts in the same document (Start again injects one); ending removes every listener added with `listen` and
 * runs the `onInvalidated` callbacks.
 */
export interface ScriptLife extends Lifetime {
  /** Aborted when the life ends. */
  readonly signal: AbortSignal;
  /** `target.addEventListener(type, listener, options)` until the life ends. */
  listen(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** `callback` after each change of the page's address without a page load (a single-page app's navigation). */
  onLocationChange(callback: () => void): void;
  /** Ends it now. */
  end(): void;
}

interface NavigateEvent extends Event {
  destination: { url: string };
}

/** How often the address is read where the Navigation API is missing (Firefox ESR), as WXT does. */
const LOCATION_POLL_MS = 1000;

export function scriptLife(name: string): ScriptLife {
  const controller = new AbortController();
  const { signal } = controller;
  const end = () => controller.abort();
  const listen: ScriptLife['listen'] = (target, type, listener, options) =>
    target.addEventListener(type, listener, { ...options, signal });
  const life: ScriptLife = {
    signal,
    get isInvalid() {
      if (browser.runtime?.id == null) end();
      return signal.aborted;
    },
    onInvalidated: (callback) => signal.addEventListener('abort', callback),
    listen,
    onLocationChange(callback) {
      let last = location.href;
      const check = (url: string) => {
        if (url === last) return;
        last = url;
        callback();
      };
      // The Navigation API says it at once (Chrome); elsewhere the address is read every second.
      const navigation = (globalThis as { navigation?: EventTarget }).navigation;
      if (navigation) {
        listen(navigation, 'navigate', (event) => check((event as NavigateEvent).destination.url));
        return;
      }
      const poll = setInterval(() => life.isInvalid || check(location.href), LOCATION_POLL_MS);
      life.onInvalidated(() => clearInterval(poll));
    },
    end,
  };
  // A copy of the script started later in this document ends this one: one event per extension and script.
  const started = `${browser.runtime.id}:${name}:started`;
  document.dispatchEvent(new Event(started));
  listen(document, started, end);
  return life;
}

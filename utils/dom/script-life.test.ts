// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ScriptLife, scriptLife } from './script-life';

const lives: ScriptLife[] = [];
const start = (name = 'guide') => {
  const life = scriptLife(name);
  lives.push(life);
  return life;
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const life of lives.splice(0)) life.end();
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, 'navigation');
});

/** What the browser does to a script of an extension that was reloaded or removed: its runtime has no id. */
function extensionGone(run: () => void) {
  const id = fakeBrowser.runtime.id;
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
  try {
    run();
  } finally {
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
  }
}

describe("an injected script's life", () => {
  it('ends when a newer copy of the same script starts in the document, and only then', () => {
    const older = start();
    const ended = vi.fn();
    older.onInvalidated(ended);
    start('hub-fill');
    expect(older.isInvalid).toBe(false);
    const newer = start();
    expect(ended).toHaveBeenCalledOnce();
    expect(older.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
  });

  it('ends when the extension is gone, at the next look', () => {
    const life = start();
    const ended = vi.fn();
    life.onInvalidated(ended);
    extensionGone(() => expect(life.isInvalid).toBe(true));
    expect(ended).toHaveBeenCalledOnce();
  });

  it('removes what it listens to when it ends', () => {
    const life = start();
    const heard = vi.fn();
    life.listen(document, 'click', heard, { capture: true });
    document.body.click();
    life.end();
    document.body.click();
    expect(heard).toHaveBeenCalledOnce();
  });

  it('tells of an address change from the Navigation API, once per new address', () => {
    const navigation = new EventTarget();
    Object.defineProperty(globalThis, 'navigation', { value: navigation, configurable: true });
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    const life = start();
    const changed = vi.fn();
    life.onLocationChange(changed);
    navigate(location.href);
    expect(changed).not.toHaveBeenCalled();
    navigate(new URL('/admin/access/api', location.href).href);
    navigate(new URL('/admin/access/api', location.href).href);
    expect(changed).toHaveBeenCalledOnce();
    life.end();
    navigate(new URL('/admin/dashboard', location.href).href);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('reads the address every second without the Navigation API (Firefox), and stops when it ends', () => {
    vi.useFakeTimers();
    const life = start();
    const changed = vi.fn();
    life.onLocationChange(changed);
    vi.advanceTimersByTime(1000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/admin/access/api');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(1);
    // The poll notices the extension is gone (nothing else may look while the page is still) and stops.
    extensionGone(() => vi.advanceTimersByTime(1000));
    expect(life.isInvalid).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

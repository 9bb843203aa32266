// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stubLayoutNotices } from './layout-notices.fixture';
import { createScheduler } from './scheduler';

let ctx: ContentScriptContext;
/** `abort` listeners on the context's signal right now: what Chromium's JSEventListeners counts for it. */
let listeners = 0;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('scheduler-test');
  listeners = 0;
  const signal = ctx.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  vi.spyOn(signal, 'addEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') listeners++;
    add(type, listener, options);
  });
  vi.spyOn(signal, 'removeEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') listeners--;
    remove(type, listener, options);
  });
});
afterEach(() => {
  if (!ctx.isInvalid) ctx.abort();
  vi.unstubAllGlobals();
});

const nextFrames = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Schedules `count` frames and timers one after the other, as the guide does per page change, and waits them out. */
async function scheduleMany(
  count: number,
  nextFrame: (callback: () => void) => unknown,
  after: (ms: number, callback: () => void) => unknown,
): Promise<number> {
  let ran = 0;
  for (let i = 0; i < count; i++) {
    nextFrame(() => ran++);
    after(0, () => ran++);
  }
  await nextFrames();
  return ran;
}

describe('scheduling on a content script context', () => {
  it('keeps the signal’s listener count constant however many frames and timers ran', async () => {
    stubLayoutNotices();
    const scheduler = createScheduler(ctx);
    const before = listeners;
    expect(await scheduleMany(500, scheduler.afterLayout, scheduler.after)).toBe(1000);
    expect(listeners).toBe(before);
  });

  it('keeps it constant when what it scheduled is cancelled', async () => {
    stubLayoutNotices();
    const scheduler = createScheduler(ctx);
    const before = listeners;
    const ran = vi.fn();
    for (let i = 0; i < 200; i++) {
      scheduler.afterLayout(ran)();
      scheduler.after(0, ran)();
    }
    await nextFrames();
    expect(ran).not.toHaveBeenCalled();
    expect(listeners).toBe(before);
  });

  it('WXT 0.21’s own ctx.requestAnimationFrame / ctx.setTimeout grow it by one per call (the upstream bug)', async () => {
    // When this fails, WXT releases its hooks (docs/upstream/wxt-context-timers.md): the helper may go.
    const before = listeners;
    await scheduleMany(
      100,
      (callback) => ctx.requestAnimationFrame(callback),
      (ms, callback) => ctx.setTimeout(callback, ms),
    );
    expect(listeners - before).toBe(200);
  });

  it('runs nothing after invalidation: neither what was pending, nor what is scheduled later', async () => {
    stubLayoutNotices();
    const scheduler = createScheduler(ctx);
    const ran = vi.fn();
    scheduler.afterLayout(ran);
    scheduler.after(0, ran);
    scheduler.after(20, ran);
    ctx.abort();
    scheduler.afterLayout(ran);
    scheduler.after(0, ran);
    await nextFrames();
    expect(ran).not.toHaveBeenCalled();
  });

  it('runs nothing once the extension is gone, even before the context heard of it', async () => {
    const scheduler = createScheduler(ctx);
    const ran = vi.fn();
    scheduler.after(0, ran);
    // What the browser does to a content script of an extension that was reloaded or removed.
    const id = fakeBrowser.runtime.id;
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    try {
      await nextFrames();
    } finally {
      Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
    }
    expect(ran).not.toHaveBeenCalled();
  });

  it('runs what waits for layout in the browser’s next layout notice, and never asks from inside one (#24)', async () => {
    const notices = stubLayoutNotices();
    const scheduler = createScheduler(ctx);
    const seen: boolean[] = [];
    const cancelled = vi.fn();
    for (let i = 0; i < 3; i++) scheduler.afterLayout(() => seen.push(notices.inNotice()));
    scheduler.afterLayout(cancelled)();
    // Asked again from inside a notice (the guide's re-check finding the page changed): the next frame's.
    scheduler.afterLayout(() => scheduler.afterLayout(() => seen.push(notices.inNotice())));
    await nextFrames();
    expect(seen).toEqual([true, true, true, true]);
    expect(cancelled).not.toHaveBeenCalled();
    expect(notices.observedWhileDelivering()).toBe(0);

    scheduler.afterLayout(cancelled);
    ctx.abort();
    scheduler.afterLayout(cancelled);
    await nextFrames();
    expect(cancelled).not.toHaveBeenCalled();
  });
});

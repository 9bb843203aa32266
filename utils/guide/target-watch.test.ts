// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDER_GRACE_MS, watchTarget } from './target-watch';

let now = 0;
let box = new DOMRect(100, 100, 80, 30);
let animating = false;
let target: HTMLButtonElement;
let onTop: Element | null;

beforeEach(() => {
  now = 0;
  box = new DOMRect(100, 100, 80, 30);
  animating = false;
  document.body.innerHTML = '<nav><button><span>API</span></button></nav>';
  target = document.querySelector('button') as HTMLButtonElement;
  onTop = target.querySelector('span');
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => box);
  document.elementFromPoint = vi.fn(() => onTop);
  (Element.prototype as { getAnimations?: () => unknown[] }).getAnimations = function (this: Element) {
    return animating && this.localName === 'nav'
      ? [{ playState: 'running', effect: { getComputedTiming: () => ({ iterations: 1 }) } }]
      : [];
  };
});
afterEach(() => {
  vi.restoreAllMocks();
});

const watch = () => watchTarget(() => now);

describe('found', () => {
  it('only once the box is the same as the frame before, and a click at its centre reaches it', () => {
    const w = watch();
    expect(w('open-api|/admin', target, true)).toEqual({ state: 'searching', recheck: 'frame' });
    now += 16;
    expect(w('open-api|/admin', target, true)).toEqual({ state: 'found', recheck: null });
  });

  it('not while an ancestor animates (the side nav’s Collapse)', () => {
    const w = watch();
    animating = true;
    w('k', target, true);
    now += 16;
    expect(w('k', target, true).state).toBe('searching');
    animating = false;
    now += 16;
    expect(w('k', target, true).state).toBe('found');
  });

  it('not while the box still moves', () => {
    const w = watch();
    w('k', target, true);
    box = new DOMRect(100, 120, 80, 30);
    now += 16;
    expect(w('k', target, true).state).toBe('searching');
    now += 16;
    expect(w('k', target, true).state).toBe('found');
  });

  it('not when something else is on top at its centre (a menu, a backdrop, our own card)', () => {
    const w = watch();
    onTop = document.body;
    w('k', target, true);
    now += 16;
    expect(w('k', target, true)).toEqual({ state: 'searching', recheck: 250 });
  });

  it('not when off screen', () => {
    const w = watch();
    box = new DOMRect(100, 5000, 80, 30);
    w('k', target, true);
    now += 16;
    expect(w('k', target, true).state).toBe('searching');
  });
});

describe('missing', () => {
  it('never before the grace from the step’s start on this page, then at once', () => {
    const w = watch();
    expect(w('open-security|/admin/dashboard', null, true)).toEqual({
      state: 'searching',
      recheck: RENDER_GRACE_MS,
    });
    now = RENDER_GRACE_MS - 1;
    expect(w('open-security|/admin/dashboard', null, true).state).toBe('searching');
    now = RENDER_GRACE_MS;
    expect(w('open-security|/admin/dashboard', null, true).state).toBe('missing');
  });

  it('restarts the grace for a new step or page', () => {
    const w = watch();
    w('open-security|/admin/dashboard', null, true);
    now = RENDER_GRACE_MS + 10;
    expect(w('open-tokens-tab|/admin/oauth2/as', null, true).state).toBe('searching');
  });

  it('once found, only after the target has been gone a moment (a re-render is no loss)', () => {
    const w = watch();
    w('k', target, true);
    now = RENDER_GRACE_MS + 100;
    expect(w('k', target, true).state).toBe('found');
    now += 16;
    expect(w('k', null, true).state).toBe('searching');
    now += 1000;
    expect(w('k', null, true).state).toBe('missing');
  });

  it('a step that points at nothing is never missing', () => {
    now = 10_000;
    expect(watch()('linked|/', null, false)).toEqual({ state: 'found', recheck: null });
  });
});

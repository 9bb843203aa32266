// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { setBuildFlavourForTests } from '../build-flavour';
import { deepElementFromPoint } from '../dom/hit-test';
import { hubFormHtml, layOut, mountHub, STANDARD_FIELDS } from './hub-dom.fixture';
import { checkFieldSafety, checkPage, scrollIntoViewIfNeeded } from './safety';

describe('which pages may be filled', () => {
  /** Just what `checkPage` reads of a window: its address and whether it is the top one. */
  const pageAt = (url: string, framed = false): Window => {
    const win: { location: URL; top: unknown } = { location: new URL(url), top: null };
    win.top = framed ? {} : win;
    return win as unknown as Window;
  };

  it.each([
    'https://app.vendor.example/settings/integrations',
    'http://localhost:5173/app',
    'http://127.0.0.1:8080/',
    'http://[::1]:3000/',
    'http://hub.localhost/',
  ])('%s: yes', (url) => {
    expect(checkPage(pageAt(url))).toBeNull();
  });

  it.each([
    'http://app.vendor.example/',
    'http://192.168.1.20/',
    'http://127.0.0.1.evil.test/',
    'file:///tmp/hub.html',
  ])('%s: no, nothing there is protected in transit', (url) => {
    expect(checkPage(pageAt(url))).toMatchObject({ reason: 'insecure-origin' });
  });

  it('a frame: no, only the top page the admin sees the address of', () => {
    expect(checkPage(pageAt('https://app.vendor.example/', true))).toEqual({
      ok: false,
      reason: 'not-top-frame',
      message: 'The extension fills only forms on the page itself, never inside frames.',
    });
  });

  it('says which page it refused, so the admin can tell which tab', () => {
    expect(checkPage(pageAt('http://app.vendor.example:8080/settings?tab=hub'))).toEqual({
      ok: false,
      reason: 'insecure-origin',
      message:
        'This page is not served over https (http://app.vendor.example:8080): anyone on the network could read or change what is filled. Refusing to fill.',
    });
  });

  describe('in the release build', () => {
    beforeEach(() => setBuildFlavourForTests('release'));
    afterEach(() => setBuildFlavourForTests('e2e'));

    it('https on the open web: yes', () => {
      expect(checkPage(pageAt('https://app.vendor.example/'))).toBeNull();
    });

    it.each(['http://localhost:5173/app', 'https://hub.localhost/', 'http://127.0.0.1:8080/'])(
      '%s: no, loopback pages are the e2e sandboxes only',
      (url) => {
        expect(checkPage(pageAt(url))).toMatchObject({ ok: false, reason: 'insecure-origin' });
      },
    );
  });
});

describe('whether a person sees a field', () => {
  let fixture: ReturnType<typeof mountHub>;
  const domain = () => fixture.inputs[0] as HTMLInputElement;
  const check = (mustBeOnScreen = true) => checkFieldSafety(domain(), 'Okta Domain URL', { mustBeOnScreen });

  beforeEach(() => {
    fixture = mountHub(hubFormHtml(STANDARD_FIELDS));
    layOut(fixture);
  });

  it('a laid-out, opaque field nothing lies over: fine', () => {
    expect(check()).toBeNull();
  });

  it('resolves what is painted through the shadow root to the input itself', () => {
    expect(deepElementFromPoint(document, 100, 116)).toBe(domain());
    expect(document.elementFromPoint(100, 116)).toBe(fixture.host);
  });

  it("the hub's own UI over a field scrolled inside the hub: not held against the page, but not filled there either", () => {
    const footer = document.createElement('div');
    fixture.root.append(footer);
    (fixture.root as ShadowRoot & { elementFromPoint: Document['elementFromPoint'] }).elementFromPoint = () =>
      footer;
    expect(check(false)).toBeNull();
    expect(check(true)).toMatchObject({ reason: 'off-screen' });
  });

  it('an element of the page over the field: covered, whatever is checked', () => {
    layOut(fixture, { cover: document.createElement('div') });
    expect(check(false)).toMatchObject({ reason: 'covered' });
    expect(check(true)).toMatchObject({ reason: 'covered' });
  });

  it('hidden (not laid out): refused', () => {
    domain().getBoundingClientRect = () => ({ width: 0, height: 0, top: 0, left: 0 }) as DOMRect;
    expect(check()).toEqual({
      ok: false,
      reason: 'hidden',
      message:
        'The hub\'s "Okta Domain URL" field is hidden on this page, so you could not see what is filled. Refusing to fill.',
    });
    expect(check(false)).toMatchObject({ ok: false, reason: 'hidden' });
  });

  it('visibility: hidden: refused', () => {
    domain().style.visibility = 'hidden';
    expect(check()).toMatchObject({ reason: 'hidden' });
  });

  it('transparent through an ancestor outside the shadow root: refused', () => {
    (document.getElementById('hub-slot') as HTMLElement).style.opacity = '0';
    expect(check()).toMatchObject({ reason: 'transparent', message: expect.stringContaining('opacity 0%') });
  });

  it('faded below half: refused; slightly faded: fine', () => {
    fixture.hub.style.opacity = '0.3';
    expect(check()).toEqual({
      ok: false,
      reason: 'transparent',
      message:
        "The hub's form is transparent on this page (opacity 30%), a trick to make people submit a form they cannot see. Refusing to fill.",
    });
    expect(check(false)).toMatchObject({ ok: false, reason: 'transparent' });
    fixture.hub.style.opacity = '0.9';
    expect(check()).toBeNull();
  });

  it('half faded exactly: still fine; just under half: refused', () => {
    fixture.hub.style.opacity = '0.5';
    expect(check()).toBeNull();
    fixture.hub.style.opacity = '0.49';
    expect(check()).toMatchObject({
      ok: false,
      reason: 'transparent',
      message: expect.stringContaining('49%'),
    });
  });

  it('covered by another element: refused', () => {
    const cover = document.createElement('div');
    document.body.append(cover);
    layOut(fixture, { cover });
    expect(check()).toEqual({
      ok: false,
      reason: 'covered',
      message:
        'Something on this page lies over the hub\'s "Okta Domain URL" field, so you could not see what is filled. Refusing to fill.',
    });
  });

  // The field is laid out at left 40, top 100, 300 × 32: each case covers one part of it and nothing else.
  it.each([
    ['its middle', (x: number, y: number) => x > 170 && x < 210 && y > 112 && y < 120],
    ['its top-left quarter', (x: number, y: number) => x < 190 && y < 116],
    ['its top-right quarter', (x: number, y: number) => x > 190 && y < 116],
    ['its bottom-left quarter', (x: number, y: number) => x < 190 && y > 116],
    ['its bottom-right quarter', (x: number, y: number) => x > 190 && y > 116],
  ])('covered over %s only: refused, to fill and to inspect', (_, covers) => {
    const cover = document.createElement('div');
    document.body.append(cover);
    const paint = document.elementFromPoint.bind(document);
    document.elementFromPoint = (x: number, y: number) => (covers(x, y) ? cover : paint(x, y));
    expect(check()).toMatchObject({ ok: false, reason: 'covered' });
    expect(check(false)).toMatchObject({ ok: false, reason: 'covered' });
  });

  it('a point of the field where the browser finds nothing at all: covered, not clear', () => {
    const paint = document.elementFromPoint.bind(document);
    document.elementFromPoint = (x: number, y: number) => (x > 250 && y > 120 ? null : paint(x, y));
    expect(check()).toMatchObject({ ok: false, reason: 'covered' });
  });

  it('a field partly above the window: the part in view is what is checked', () => {
    layOut(fixture, { firstTop: -20 });
    expect(check()).toBeNull();
    const cover = document.createElement('div');
    document.body.append(cover);
    const paint = document.elementFromPoint.bind(document);
    document.elementFromPoint = (x: number, y: number) => (y > 0 && x < 190 ? cover : paint(x, y));
    expect(check()).toMatchObject({ ok: false, reason: 'covered' });
  });

  it('covered only in part (one corner): refused', () => {
    const cover = document.createElement('div');
    document.body.append(cover);
    const paint = document.elementFromPoint.bind(document);
    document.elementFromPoint = (x: number, y: number) => (x > 250 && y > 120 ? cover : paint(x, y));
    expect(check()).toMatchObject({ reason: 'covered' });
  });

  it('scrolled out of view: fine to inspect, not to fill', () => {
    layOut(fixture, { firstTop: window.innerHeight + 200 });
    expect(check(false)).toBeNull();
    expect(check(true)).toEqual({
      ok: false,
      reason: 'off-screen',
      message:
        'The hub\'s "Okta Domain URL" field is outside the visible page. Scroll to the hub\'s form and try again.',
    });
  });
});

describe('a hub form in the page itself (no shadow root)', () => {
  let input: HTMLInputElement;
  let cover: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<main><form><input name="okta_domain"></form><div id="decoy"></div></main>';
    input = document.querySelector('input') as HTMLInputElement;
    cover = document.getElementById('decoy') as HTMLElement;
    input.getBoundingClientRect = () =>
      ({ left: 40, top: 100, width: 300, height: 32, right: 340, bottom: 132 }) as DOMRect;
  });

  it('the field shows where it is drawn: fine', () => {
    document.elementFromPoint = () => input;
    expect(checkFieldSafety(input, 'Okta Domain URL', { mustBeOnScreen: true })).toBeNull();
  });

  it("another element of the page over it is a cover, not the hub's own UI, even when only inspecting", () => {
    document.elementFromPoint = () => cover;
    expect(checkFieldSafety(input, 'Okta Domain URL', { mustBeOnScreen: false })).toMatchObject({
      ok: false,
      reason: 'covered',
    });
  });
});

describe("a field at the window's edges", () => {
  let input: HTMLInputElement;
  let cover: HTMLElement;
  /** What the page paints over the field; nothing by default. */
  let covers: (x: number, y: number) => boolean;
  /** Lays the field out 100 × 10 at (left, top). */
  const place = (left: number, top: number) => {
    input.getBoundingClientRect = () =>
      ({ left, top, width: 100, height: 10, right: left + 100, bottom: top + 10 }) as DOMRect;
  };
  const check = () => checkFieldSafety(input, 'Okta Domain URL', { mustBeOnScreen: true });

  beforeEach(() => {
    document.body.innerHTML = '<main><form><input name="okta_domain"></form><div id="decoy"></div></main>';
    input = document.querySelector('input') as HTMLInputElement;
    cover = document.getElementById('decoy') as HTMLElement;
    covers = () => false;
    // As a browser answers: nothing outside the window's area, the field or the cover inside it.
    document.elementFromPoint = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return null;
      return covers(x, y) ? cover : input;
    };
  });

  it.each([
    ['partly left of the window', -50, 100],
    ['partly above the window', 100, -4],
    ['running past the right edge', window.innerWidth - 80, 100],
    ['running past the bottom edge', 100, window.innerHeight - 7],
  ])('%s, nothing over its part in view: fine', (_, left, top) => {
    place(left, top);
    expect(check()).toBeNull();
  });

  it.each([
    ["on the window's left edge", -20, 100, (x: number) => x < 1],
    ["on the window's top edge", 100, -3, (_: number, y: number) => y < 1],
  ])('its part %s is checked too: a cover there is found', (_, left, top, where) => {
    place(left, top);
    covers = where;
    expect(check()).toMatchObject({ ok: false, reason: 'covered' });
  });
});

describe('bringing a field into view before the fill', () => {
  let fixture: ReturnType<typeof mountHub>;
  let scrolled: Mock<(arg?: boolean | ScrollIntoViewOptions) => void>;
  const domain = () => fixture.inputs[0] as HTMLInputElement;
  /** Lays the domain field out at `top` (32 high) and `left` (300 wide). */
  const place = (top: number, left = 40) => {
    const box = { left, top, width: 300, height: 32, right: left + 300, bottom: top + 32 };
    domain().getBoundingClientRect = () => box as DOMRect;
  };

  beforeEach(() => {
    fixture = mountHub(hubFormHtml(STANDARD_FIELDS));
    layOut(fixture);
    scrolled = vi.fn<(arg?: boolean | ScrollIntoViewOptions) => void>();
    domain().scrollIntoView = scrolled;
  });

  it('a field in view with nothing over it: left where it is', () => {
    scrollIntoViewIfNeeded(domain());
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('a field touching the edges of the window, but inside it: left where it is', () => {
    place(0, 0);
    scrollIntoViewIfNeeded(domain());
    place(window.innerHeight - 32, window.innerWidth - 300);
    scrollIntoViewIfNeeded(domain());
    expect(scrolled).not.toHaveBeenCalled();
  });

  it.each([
    ['below the window', () => place(window.innerHeight - 31)],
    ['above the window', () => place(-1)],
    ['left of the window', () => place(100, -1)],
    ['right of the window', () => place(100, window.innerWidth - 299)],
  ])('a field a pixel %s: scrolled to the middle of the view', (_, layOutField) => {
    layOutField();
    scrollIntoViewIfNeeded(domain());
    expect(scrolled).toHaveBeenCalledExactlyOnceWith({ block: 'center', inline: 'nearest' });
  });

  it('a field in a document with no window (nothing shows it): left alone', () => {
    const detached = document.implementation.createHTMLDocument('');
    const field = detached.createElement('input');
    detached.body.append(field);
    field.scrollIntoView = scrolled;
    scrollIntoViewIfNeeded(field);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it("a field under the hub's own footer: scrolled out from under it", () => {
    const footer = document.createElement('div');
    fixture.root.append(footer);
    (fixture.root as ShadowRoot & { elementFromPoint: Document['elementFromPoint'] }).elementFromPoint = () =>
      footer;
    scrollIntoViewIfNeeded(domain());
    expect(scrolled).toHaveBeenCalledOnce();
  });
});

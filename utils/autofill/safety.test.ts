// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { deepElementFromPoint } from '../dom/hit-test';
import { hubFormHtml, layOut, mountHub, STANDARD_FIELDS } from './hub-dom.fixture';
import { checkFieldSafety, checkPage } from './safety';

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
    expect(checkPage(pageAt('https://app.vendor.example/', true))).toMatchObject({ reason: 'not-top-frame' });
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
    expect(check()).toMatchObject({
      reason: 'hidden',
      message: expect.stringContaining('"Okta Domain URL"'),
    });
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
    expect(check()).toMatchObject({ reason: 'transparent' });
    fixture.hub.style.opacity = '0.9';
    expect(check()).toBeNull();
  });

  it('covered by another element: refused', () => {
    const cover = document.createElement('div');
    document.body.append(cover);
    layOut(fixture, { cover });
    expect(check()).toMatchObject({ reason: 'covered', message: expect.stringContaining('lies over') });
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
    expect(check(true)).toMatchObject({ reason: 'off-screen' });
  });
});

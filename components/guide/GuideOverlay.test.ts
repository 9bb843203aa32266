// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideWordsIn } from '../../utils/i18n/catalogues.fixture';
import { guideText } from '../../utils/i18n/guide-words';
import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { type GuideOverlay, type GuideOverlayProps, mountGuideOverlay } from './GuideOverlay';

const STATUS: GuideStatus = {
  running: true,
  mode: 'tour',
  orgDomain: 'acme.okta.com',
  tokenName: 'StackOne Integration',
  tokenCaptured: null,
  linkedAccountId: null,
  connect: null,
  privilege: null,
  lang: 'en',
  words: guideWordsIn('en'),
};

const BASE: GuideOverlayProps = {
  step: 'open-security',
  state: 'found',
  target: { top: 100, left: 20, width: 120, height: 30 },
  mode: 'tour',
  shortcut: 'https://acme-admin.okta.com/admin/access/api/tokens',
  status: STATUS,
  form: null,
  oktaBusy: false,
  connectPending: false,
  onConnect: () => {},
  onCopyDetails: null,
  copied: false,
  onStop: () => {},
  text: guideText(STATUS.words),
};

const CAPTURED: GuideOverlayProps = {
  ...BASE,
  step: 'token-captured',
  status: {
    ...STATUS,
    tokenCaptured: { masked: '00ab…wxyz' },
    connect: { hubOrigin: 'https://hub.example', state: 'ready', message: null },
  },
} as GuideOverlayProps;

let container: HTMLElement;
let view: GuideOverlay;
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
/** A click as the browser dispatches it for a person (trusted), which a page script cannot forge. */
const personClicks = (target: Element) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
};
/** What a draw changed in the overlay's DOM, as a screen reader or the page's observers would see it. */
async function changesOf(draw: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((seen) => records.push(...seen));
  observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
  draw();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  view = mountGuideOverlay(container);
});
afterEach(() => container.remove());

describe('the guide overlay', () => {
  it('draws the ring on the target and the card: a named, polite live region in the console’s language', () => {
    view.draw(BASE);
    const ring = $('.ola > .ring');
    expect(ring?.getAttribute('aria-hidden')).toBe('true');
    expect(ring?.style.cssText).toBe('top: 96px; left: 16px; width: 128px; height: 38px;');
    const card = $('.ola > section.callout');
    expect(card).toBe(view.card);
    expect(card?.getAttribute('lang')).toBe('en');
    expect(card?.getAttribute('aria-label')).toBe('Okta Link Assistant guide');
    expect(card?.getAttribute('aria-live')).toBe('polite');
    expect(card?.querySelector('h2')?.textContent).toBe('Open Security');
    expect([...(card?.children ?? [])].map((child) => child.localName)).toEqual(['h2', 'p', 'div']);
    const link = $('.actions > a');
    expect(link?.getAttribute('href')).toBe(BASE.shortcut);
    expect(link?.hasAttribute('class')).toBe(false);
    expect(button('Stop guide')?.className).toBe('stop');
  });

  it('keeps the card and its buttons across redraws: a focused button keeps focus, the text changes in place', async () => {
    const onConnect = vi.fn();
    view.draw({ ...CAPTURED, onConnect });
    const card = view.card;
    const connect = button('Connect') as HTMLButtonElement;
    const stop = button('Stop guide');
    connect.focus();
    personClicks(connect);
    expect(onConnect).toHaveBeenCalledOnce();
    view.draw({ ...CAPTURED, connectPending: true });
    expect(button('Connecting…')).toBe(connect);
    expect(connect.disabled).toBe(true);
    expect(document.activeElement).toBe(connect);
    view.draw({ ...CAPTURED, step: 'linked', status: { ...STATUS, linkedAccountId: 'acc_1' } });
    expect(view.card).toBe(card);
    expect($('.ola > section')).toBe(card);
    expect(button('Close guide')).toBe(stop);
    expect(card.textContent).toContain('Hub account: acc_1.');
    expect(button('Connecting…')).toBeUndefined();
  });

  it('sets only the ring’s styles when only the target moved', async () => {
    view.draw(BASE);
    const records = await changesOf(() =>
      view.draw({ ...BASE, target: { top: 140, left: 20, width: 120, height: 30 } }),
    );
    expect(
      records.map((record) => [record.type, record.attributeName, (record.target as Element).className]),
    ).toEqual([['attributes', 'style', 'ring']]);
    expect($('.ring')?.style.top).toBe('136px');
    expect(
      await changesOf(() => view.draw({ ...BASE, target: { top: 140, left: 20, width: 120, height: 30 } })),
    ).toEqual([]);
  });

  it('shows the ring only on a found target, and takes away what a step no longer says', () => {
    view.draw({
      ...BASE,
      step: 'submit-token',
      form: { name: 'StackOne Integration', network: '', networkState: 'settled', noAnyIp: false },
    });
    expect(view.card.querySelectorAll('p')).toHaveLength(3);
    expect([...view.card.querySelectorAll('strong')].map((bold) => bold.textContent)).toEqual([
      'StackOne Integration',
      'not chosen',
    ]);
    view.draw({ ...BASE, state: 'searching', target: null });
    expect($('.ring')).toBeNull();
    expect([...view.card.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Looking for it…']);
    expect(view.card.querySelector('strong')).toBeNull();
  });

  it('puts page and hub strings in as text, never as markup', () => {
    const planted = '<img src=x onerror="alert(1)">';
    view.draw({
      ...BASE,
      step: 'submit-token',
      form: { name: planted, network: planted, networkState: 'settled', noAnyIp: false },
      status: { ...STATUS, tokenNotice: planted },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(view.card.querySelector('strong')?.textContent).toBe(planted);
    expect(view.card.querySelector('[role="alert"]')?.textContent).toBe(planted);
  });

  it('acts on Connect only for a person’s click, with the latest draw’s handlers', () => {
    const first = vi.fn();
    const latest = vi.fn();
    view.draw({ ...CAPTURED, onConnect: first });
    view.draw({ ...CAPTURED, onConnect: latest });
    button('Connect')?.click();
    expect(latest).not.toHaveBeenCalled();
    personClicks(button('Connect') as Element);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
  });

  it('offers Copy details for support once a target is missing and details are written, and Stop', () => {
    const onCopyDetails = vi.fn();
    const onStop = vi.fn();
    view.draw({ ...BASE, state: 'missing', target: null, onCopyDetails, onStop });
    expect($('.actions > a')?.className).toBe('primary');
    button('Copy details for support')?.click();
    expect(onCopyDetails).toHaveBeenCalledOnce();
    view.draw({ ...BASE, state: 'missing', target: null, onCopyDetails, copied: true, onStop });
    expect(button('Copied')).toBeDefined();
    button('Stop guide')?.click();
    expect(onStop).toHaveBeenCalledOnce();
    view.draw({ ...BASE, shortcut: null, onStop });
    expect([...container.querySelectorAll('.actions > *')].map((child) => child.textContent)).toEqual([
      'Stop guide',
    ]);
    view.erase();
    expect(container.childNodes).toHaveLength(0);
  });
});

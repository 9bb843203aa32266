// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme-admin.okta.com/admin/dashboard"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type layoutNotices, stubLayoutNotices } from '@/utils/dom/layout-notices.fixture';
import { type ScriptLife, scriptLife } from '@/utils/dom/script-life';
import { guideWordsIn } from '@/utils/i18n/catalogues.fixture';
import { GUIDE_ALIVE_FLAG, type GuideRequest, type GuideStatus } from '@/utils/messages/guide-protocol';
import { courageDialog } from '@/utils/okta/console-dom.fixture';
import { OVERLAY_TAG } from './overlay-host';
import { COVER_CHECK_MS, runGuide } from './run-guide';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

const RUNNING: GuideStatus = {
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

let ctx: ScriptLife;
let notices: ReturnType<typeof layoutNotices>;
let sent: GuideRequest[];
let answer: GuideStatus | null;

const overlay = () => document.querySelector(OVERLAY_TAG);
const calloutText = () => overlay()?.shadowRoot?.querySelector('section')?.textContent ?? '';
const frames = () => new Promise((resolve) => setTimeout(resolve, 50));
const sentOfType = (type: GuideRequest['type']) => sent.filter((message) => message.type === type);
/** A message as the extension's messaging delivers it, from `sender`. */
const deliver = (message: unknown, sender: { id?: string }) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  answer = RUNNING;
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: GuideRequest) => {
    sent.push(message);
    return message.type === 'guide:step' || message.type === 'guide:stop' ? undefined : answer;
  }) as never;
  ctx = scriptLife('guide');
  notices = stubLayoutNotices();
  document.body.innerHTML = '<main><h1>Dashboard</h1></main>';
});
afterEach(() => {
  ctx.end();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the guide runtime on the page', () => {
  it('adds nothing when our worker says the guide is not running on this tab', async () => {
    answer = { ...RUNNING, running: false, orgDomain: null };
    await runGuide(ctx);
    expect(overlay()).toBeNull();
    expect(sentOfType('guide:hello')).toHaveLength(1);
  });

  it('adds nothing when the answer is not a status (malformed, or no answer)', async () => {
    answer = { running: true } as GuideStatus;
    await runGuide(ctx);
    expect(overlay()).toBeNull();
  });

  it('shows one overlay with the step the page is at, and says it is alive', async () => {
    await runGuide(ctx);
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
    expect(overlay()?.getAttribute('data-step')).toBe('open-security');
    expect((globalThis as Record<string, unknown>)[GUIDE_ALIVE_FLAG]).toBe(true);
  });

  it('takes a push from our worker, and refuses one from anyone else or of the wrong shape', async () => {
    await runGuide(ctx);
    await deliver(
      { type: 'guide:status', status: { ...RUNNING, running: false } },
      { id: 'another-extension' },
    );
    await deliver({ type: 'guide:status', status: { running: false } }, { id: fakeBrowser.runtime.id });
    await deliver({ type: 'guide:stop' }, { id: fakeBrowser.runtime.id });
    await frames();
    expect(overlay()).not.toBeNull();

    const linked = { ...RUNNING, linkedAccountId: 'acc_1' };
    await deliver({ type: 'guide:status', status: linked }, { id: fakeBrowser.runtime.id });
    await frames();
    expect(overlay()?.getAttribute('data-step')).toBe('linked');
    expect(calloutText()).toContain('acc_1');

    await deliver(
      { type: 'guide:status', status: { ...RUNNING, running: false } },
      { id: fakeBrowser.runtime.id },
    );
    expect(overlay()).toBeNull();
    expect((globalThis as Record<string, unknown>)[GUIDE_ALIVE_FLAG]).toBe(false);
  });

  it('stops on the admin’s Stop: the overlay goes and our worker is told', async () => {
    await runGuide(ctx);
    const stop = [...(overlay()?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent === 'Stop guide',
    );
    stop?.click();
    expect(overlay()).toBeNull();
    expect(sentOfType('guide:stop')).toHaveLength(1);
  });

  /** A click as the browser dispatches it for a person (trusted), which a page script cannot forge. */
  const personClicks = (target: Element) => {
    const event = new MouseEvent('click', { bubbles: true, composed: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    target.dispatchEvent(event);
  };
  const revealDialog = (value: string) =>
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog"><label for="t">Token Value</label><input id="t" readonly value="${value}"></div>`,
    );

  /** The create-token dialog, filled by the guide, at submit-token. */
  async function atSubmitToken(): Promise<Element> {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 200, 30));
    await runGuide(ctx);
    const create = courageDialog();
    await frames();
    expect(overlay()?.getAttribute('data-step')).toBe('submit-token');
    return create.querySelector('input[type="submit"]') as Element;
  }

  it('hands the token Okta reveals after the admin’s Create token to our worker once, however often the page changes', async () => {
    personClicks(await atSubmitToken());
    revealDialog(TOKEN);
    await frames();
    document.body.querySelector('h1')?.append(' changed');
    await frames();
    expect(sentOfType('guide:token-revealed')).toEqual([{ type: 'guide:token-revealed', token: TOKEN }]);
  });

  it('captures no token-shaped name: not before the Create token click, not one shown before it, not from a script’s click', async () => {
    const submit = await atSubmitToken();
    // An app named like a token, in a dialog, before any Create token click.
    revealDialog(TOKEN);
    await frames();
    expect(overlay()?.getAttribute('data-step')).not.toBe('token-captured');
    // A page script's click is not the admin's.
    (submit as HTMLElement).click();
    await frames();
    // The admin's click: the name was on the page before it, so it is still not what Okta revealed.
    personClicks(submit);
    await frames();
    expect(sentOfType('guide:token-revealed')).toEqual([]);
  });

  it('leaves nothing registered per page change: the context’s listeners stay as many (#26)', async () => {
    let listeners = 0;
    const signal = ctx.signal;
    const add = signal.addEventListener.bind(signal);
    vi.spyOn(signal, 'addEventListener').mockImplementation((type, listener, options) => {
      listeners++;
      add(type, listener, options);
    });
    const remove = signal.removeEventListener.bind(signal);
    vi.spyOn(signal, 'removeEventListener').mockImplementation((type, listener, options) => {
      listeners--;
      remove(type, listener, options);
    });
    await runGuide(ctx);
    await frames();
    const settled = listeners;
    const counter = document.createElement('span');
    document.body.append(counter);
    for (let change = 0; change < 30; change++) {
      counter.textContent = String(change);
      await frames();
    }
    expect(listeners).toBe(settled);
  });

  it('re-checks a found target in O(1), after the browser’s layout, after changes outside its region, and searches on one inside (#24)', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td>${i}</td><td>a</td><td>b</td></tr>`).join('');
    document.body.innerHTML = `
      <nav><button aria-expanded="false">Security</button><ul hidden><li><a href="/admin/oauth2/as">API</a></li></ul></nav>
      <main><p class="counter">0</p><table><tbody>${rows}</tbody></table></main>`;
    const security = document.querySelector('button') as HTMLButtonElement;
    // Laid out as a browser would: what a hidden list holds has no box.
    /** Boxes read and hit tests made outside a layout notice: each forces a layout of the page in a browser. */
    let forcedLayouts = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (!notices.inNotice()) forcedLayouts++;
      return this.closest('[hidden]') ? new DOMRect(0, 0, 0, 0) : new DOMRect(10, 10, 100, 30);
    });
    const hitTests = vi.fn(() => {
      if (!notices.inNotice()) forcedLayouts++;
      return security;
    });
    document.elementFromPoint = hitTests;
    await runGuide(ctx);
    await frames();
    await frames();
    expect(overlay()?.getAttribute('data-target')).toBe('found');

    /** The prototype that holds a node's querySelectorAll (happy-dom's own classes, below the window's). */
    const owner = (node: object): { querySelectorAll: () => unknown } => {
      let proto = Object.getPrototypeOf(node);
      while (!Object.hasOwn(proto, 'querySelectorAll')) proto = Object.getPrototypeOf(proto);
      return proto;
    };
    const rowsNow = Array.from(document.querySelectorAll('tr'));
    const searches = vi.spyOn(owner(document.body), 'querySelectorAll');
    const documentSearches = vi.spyOn(owner(document), 'querySelectorAll');
    hitTests.mockClear();
    forcedLayouts = 0;
    const counter = document.querySelector('.counter') as HTMLElement;
    for (let change = 1; change <= 5; change++) {
      counter.textContent = String(change);
      rowsNow[change]?.classList.toggle('hot');
      await frames();
    }
    await new Promise((resolve) => setTimeout(resolve, COVER_CHECK_MS + 100));
    // Re-checked (a hit test at its centre: has something covered it?) once a second however often the page
    // changed…
    expect(hitTests.mock.calls.length).toBe(1);
    // …and the page never searched: nothing that grows with its 500 rows…
    expect(searches.mock.calls.length + documentSearches.mock.calls.length).toBe(0);
    // …and read the target's box only right after the browser's own layout, never forcing one.
    expect(forcedLayouts).toBe(0);
    expect(notices.observedWhileDelivering()).toBe(0);

    // Inside the step's region: Security opens, and the step moves on to API.
    security.setAttribute('aria-expanded', 'true');
    document.querySelector('ul')?.removeAttribute('hidden');
    await frames();
    expect(overlay()?.getAttribute('data-step')).toBe('open-api');
    expect(searches.mock.calls.length + documentSearches.mock.calls.length).toBeGreaterThan(0);
  });

  it('is gone when the content script is invalidated (the extension updated or reloaded)', async () => {
    await runGuide(ctx);
    ctx.end();
    expect(overlay()).toBeNull();
  });
});

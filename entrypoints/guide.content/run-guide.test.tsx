// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme-admin.okta.com/admin/dashboard"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guideWordsIn } from '@/utils/i18n/catalogues.fixture';
import { GUIDE_ALIVE_FLAG, type GuideRequest, type GuideStatus } from '@/utils/messages/guide-protocol';
import { OVERLAY_TAG } from './overlay-host';
import { runGuide } from './run-guide';

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

let ctx: ContentScriptContext;
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
  ctx = new ContentScriptContext('guide');
  document.body.innerHTML = '<main><h1>Dashboard</h1></main>';
});
afterEach(() => {
  ctx.abort();
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

  it('hands the token Okta reveals to our worker once, however often the page changes', async () => {
    await runGuide(ctx);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog"><label for="t">Token Value</label><input id="t" readonly value="${TOKEN}"></div>`,
    );
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 200, 30));
    await frames();
    document.body.querySelector('h1')?.append(' changed');
    await frames();
    expect(sentOfType('guide:token-revealed')).toEqual([{ type: 'guide:token-revealed', token: TOKEN }]);
  });

  it('is gone when the content script is invalidated (the extension updated or reloaded)', async () => {
    await runGuide(ctx);
    ctx.abort();
    expect(overlay()).toBeNull();
  });
});

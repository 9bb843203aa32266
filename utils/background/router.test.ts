import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender, PopupRequestOf, PopupRequestType } from '../messages';
import { handleMessage, popupHandlers } from './router';

/** One well-formed request of every type the popup and options page send; TypeScript keeps the list complete. */
const REQUESTS: { [T in PopupRequestType]: PopupRequestOf<T> } = {
  'popup:get-state': { type: 'popup:get-state', tabId: 7, opened: true },
  'popup:start-guide': { type: 'popup:start-guide', tabId: 7, mode: 'direct' },
  'popup:stop-guide': { type: 'popup:stop-guide', tabId: 7 },
  'popup:paste-token': { type: 'popup:paste-token', tabId: 7, token: '00abc' },
  'popup:forget-token': { type: 'popup:forget-token' },
  'popup:revoke-in-okta': { type: 'popup:revoke-in-okta', orgDomain: 'acme.okta.com', capturedAt: 1 },
  'popup:dismiss-revoke-failure': {
    type: 'popup:dismiss-revoke-failure',
    orgDomain: 'acme.okta.com',
    capturedAt: 1,
  },
  'popup:find-hub-session': { type: 'popup:find-hub-session', tabId: 7 },
  'popup:set-hub-session': { type: 'popup:set-hub-session', session: 'hub-session-demo' },
  'popup:test-hub-session': { type: 'popup:test-hub-session' },
  'popup:connect': { type: 'popup:connect', eventHookName: 'Acme events' },
  'popup:inspect-hub-form': { type: 'popup:inspect-hub-form', tabId: 7 },
  'popup:fill-hub-form': { type: 'popup:fill-hub-form', tabId: 7, origin: 'https://app.vendor.example' },
  'popup:start-from-hub': {
    type: 'popup:start-from-hub',
    tabId: 7,
    origin: 'https://app.vendor.example',
    org: 'acme',
  },
  'popup:reopen-okta-tab': { type: 'popup:reopen-okta-tab' },
  'popup:cancel-hub-journey': { type: 'popup:cancel-hub-journey' },
};
const TYPES = Object.keys(REQUESTS) as PopupRequestType[];

const extensionOrigin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const popupPage = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: `${extensionOrigin()}/popup.html`,
});

/** Every handler replaced by a spy that answers with its own type, so a test sees which one ran. */
function spyOnHandlers() {
  return Object.fromEntries(
    TYPES.map((type) => [
      type,
      vi.spyOn(popupHandlers, type).mockResolvedValue({ answeredBy: type } as never),
    ]),
  ) as Record<PopupRequestType, ReturnType<typeof vi.fn>>;
}

beforeEach(() => fakeBrowser.reset());

describe('the router: popup requests', () => {
  it.each(TYPES)('%s reaches its own handler, with the request as validated', async (type) => {
    const spies = spyOnHandlers();
    await expect(handleMessage(REQUESTS[type], popupPage())).resolves.toEqual({ answeredBy: type });
    expect(spies[type]).toHaveBeenCalledExactlyOnceWith(REQUESTS[type]);
    for (const other of TYPES.filter((t) => t !== type)) expect(spies[other]).not.toHaveBeenCalled();
  });

  const refusedSenders: [string, () => MessageSender][] = [
    [
      'another extension',
      () => ({ id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' }),
    ],
    [
      'a web page (externally connectable)',
      () => ({ url: 'https://evil.example/', tab: { id: 3 } as never, frameId: 0 }),
    ],
    [
      'our own content script in a tab (a guide or the hub filler)',
      () => ({
        id: fakeBrowser.runtime.id,
        url: 'https://acme-admin.okta.com/admin',
        tab: { id: 3 } as never,
        frameId: 0,
      }),
    ],
    [
      'our content script in a frame',
      () => ({
        id: fakeBrowser.runtime.id,
        url: 'https://acme-admin.okta.com/frame',
        tab: { id: 3 } as never,
        frameId: 2,
      }),
    ],
    ['a sender without an address', () => ({ id: fakeBrowser.runtime.id })],
  ];

  it.each(refusedSenders)('%s gets nothing, for any request', async (_, sender) => {
    const spies = spyOnHandlers();
    for (const type of TYPES) expect(handleMessage(REQUESTS[type], sender())).toBeUndefined();
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a key the protocol does not define',
      { ...REQUESTS['popup:start-guide'], url: 'https://evil.example/' },
    ],
    ['an unknown type', { type: 'popup:do-anything', tabId: 7 }],
    ['a start without its mode', { type: 'popup:start-guide', tabId: 7 }],
    ['an org far too long', { ...REQUESTS['popup:start-from-hub'], org: 'a'.repeat(5000) }],
  ])('a malformed request (%s) gets nothing', async (_, message) => {
    const spies = spyOnHandlers();
    expect(handleMessage(message, popupPage())).toBeUndefined();
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });
});

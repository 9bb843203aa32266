import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../messages';
import { guidesItem, hubJourneyItem, TOKEN_LIFETIME_MS } from '../storage';
import { startGuide } from './guides';
import { fillHubForm } from './hub-form';
import { startFromHub } from './hub-journey';
import { recordLinked } from './linked';
import { checkPrivilegeOnce } from './privilege-service';
import { handleMessage } from './router';
import { expireTokens } from './token-lifecycle';
import { storeToken } from './token-vault';
import { wireBackgroundEvents } from './wiring';

/*
 * What the services publish reaches who must hear it: each test goes through the service that publishes and
 * looks for the effect of the listener that `wiring.ts` connects, so a missing or misrouted subscription fails.
 */

vi.mock('./hub-form', () => ({
  fillHubForm: vi.fn(),
  // The hub tab shows the API Key form, and is still the page the admin clicked on when the token comes.
  inspectHubForm: vi.fn(async () => ({ ok: true, origin: 'https://app.vendor.example' })),
}));
vi.mock('./hub-page-mark', () => ({
  markHubPage: vi.fn(async () => 'https://app.vendor.example/integrations'),
  hubPageUnchanged: vi.fn(async () => true),
}));

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const ACME_TOKENS = 'https://acme-admin.okta.com/admin/access/api/tokens';
const HUB = 'https://app.vendor.example';

let unwire: () => void;
let pushed: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: false }]) as never;
  vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
  vi.mocked(fillHubForm)
    .mockReset()
    .mockResolvedValue({
      ok: true,
      origin: HUB,
      filled: [{ label: 'API Token', meaning: 'apiToken' }],
      kept: [],
      rejected: [],
      message: 'Filled.',
      trusted: false,
    });
  // Ending a token revokes it in Okta: Okta here answers that the token is refused already. The package's own
  // files (the catalogues the guide's words come from) are still served (tests/unit/support/fake-i18n.ts).
  const packageFetch = globalThis.fetch;
  const packageBase = fakeBrowser.runtime.getURL('/');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).startsWith(packageBase)
        ? packageFetch(input, init)
        : new Response(null, { status: 401 }),
    ),
  );
  unwire = wireBackgroundEvents();
});
afterEach(() => {
  unwire();
  vi.unstubAllGlobals();
});

/** A guided Okta tab; from now on, what the background pushes to guides is recorded. */
async function guidedTab(): Promise<number> {
  const tabId = (await fakeBrowser.tabs.create({ url: ACME_TOKENS })).id as number;
  await startGuide(tabId, ACME_TOKENS);
  pushed = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = pushed as never;
  return tabId;
}

function lastPushTo(tabId: number) {
  const calls = pushed.mock.calls.filter(([to]) => to === tabId);
  return calls.at(-1)?.[1] as { status: { tokenCaptured: unknown } } | undefined;
}

function fromGuide(message: unknown, tabId: number) {
  const sender: MessageSender = {
    id: fakeBrowser.runtime.id,
    url: ACME_TOKENS,
    frameId: 0,
    tab: { id: tabId } as never,
  };
  return handleMessage(message, sender);
}

describe('the background wiring', () => {
  it('a captured token: the org’s guides are told at once', async () => {
    const tabId = await guidedTab();
    await fromGuide({ type: 'guide:token-revealed', token: TOKEN }, tabId);
    expect(lastPushTo(tabId)?.status.tokenCaptured).toMatchObject({ masked: '00ab…wxyz' });
  });

  it('a captured token in the tab a Get-token-from-Okta journey opened: its hub tab is filled', async () => {
    const hubTabId = (await fakeBrowser.tabs.create({ url: `${HUB}/integrations` })).id as number;
    const started = await startFromHub(hubTabId, { origin: HUB, org: 'acme' });
    if (!started.ok) throw new Error(started.message);
    const oktaTabId = started.oktaTabId;
    await fakeBrowser.tabs.update(oktaTabId, { url: ACME_TOKENS });
    await fromGuide({ type: 'guide:token-revealed', token: TOKEN }, oktaTabId);
    expect(fillHubForm).toHaveBeenCalledWith(hubTabId, expect.objectContaining({ origin: HUB }));
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'filled' });
  });

  it('the admin’s roles judged: the org’s guides say what a token could do', async () => {
    const tabId = await guidedTab();
    fakeBrowser.scripting.executeScript = vi.fn(async () => [
      {
        frameId: 0,
        result: {
          origin: 'https://acme-admin.okta.com',
          roles: [{ type: 'READ_ONLY_ADMIN', label: 'Read-only' }],
        },
      },
    ]) as never;
    await checkPrivilegeOnce(tabId, 'acme.okta.com');
    const status = lastPushTo(tabId)?.status as { privilege?: unknown } | undefined;
    expect(status?.privilege).toMatchObject({ kind: 'read-only' });
  });

  it('a link: the org’s guided tabs are at the last step', async () => {
    const tabId = await guidedTab();
    await recordLinked('acme.okta.com', 'acc_1', 'okta');
    expect((await guidesItem.getValue())[String(tabId)]).toMatchObject({ step: 'linked', target: 'found' });
  });

  it('a token whose time is up: its org’s guides stop showing it', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    const tabId = await guidedTab();
    await expireTokens(1000 + TOKEN_LIFETIME_MS);
    expect(lastPushTo(tabId)?.status.tokenCaptured).toBeNull();
  });

  it('a token the admin forgot: its org’s guides stop showing it', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    const tabId = await guidedTab();
    const popup: MessageSender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    };
    await handleMessage({ type: 'popup:forget-token' }, popup);
    expect(lastPushTo(tabId)?.status.tokenCaptured).toBeNull();
  });
});

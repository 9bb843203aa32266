import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  filledHubTabsItem,
  hubSessionItem,
  linkOutcomeItem,
  settingsItem,
} from '../storage';
import { recordHubConnected } from './hub-form';
import { readToken, storeToken } from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const HUB_API = 'https://hub-api.vendor.example';
const PAGE = 'https://app.vendor.example/integrations';

/** The hub backend: `known` accounts exist for the session; any other id is 404. */
function hubKnowing(...known: string[]) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const id = decodeURIComponent(new URL(String(input)).pathname.split('/').pop() ?? '');
    const found = known.includes(id);
    return new Response(
      JSON.stringify(found ? { id, provider: 'okta' } : { statusCode: 404, message: 'Not found' }),
      {
        status: found ? 200 : 404,
        headers: { 'Content-Type': 'application/json' },
      },
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, hubApiBaseUrl: HUB_API });
  await hubSessionItem.setValue({ token: 'hub-session-demo', baseUrl: HUB_API, source: 'hub-tab' });
  await storeToken(TOKEN, 'acme.okta.com', 'pasted');
  await filledHubTabsItem.setValue({
    '7': { origin: 'https://app.vendor.example', orgDomain: 'acme.okta.com', filledAt: Date.now() },
  });
});

describe("the hub page's success after a fill", () => {
  it('the hub backend confirms the account: Connected, the token wiped', async () => {
    const fetch = hubKnowing('acc_1');
    await recordHubConnected(7, PAGE, {
      type: 'hub-fill:hub-connected',
      accountId: 'acc_1',
      provider: 'okta',
    });
    expect(fetch).toHaveBeenCalledOnce();
    expect(String(fetch.mock.calls[0]?.[0])).toBe(`${HUB_API}/hub/accounts/acc_1`);
    expect(await linkOutcomeItem.getValue()).toMatchObject({ status: 'linked', accountId: 'acc_1' });
    expect(await readToken('acme.okta.com')).toBeNull();
  });

  it("a page script's success event for an account the hub does not know: only 'reported', the token kept", async () => {
    hubKnowing('acc_1');
    await recordHubConnected(7, PAGE, {
      type: 'hub-fill:hub-connected',
      accountId: 'acc_forged',
      provider: 'okta',
    });
    expect(await linkOutcomeItem.getValue()).toMatchObject({
      status: 'failed',
      kind: 'unconfirmed',
      message: expect.stringContaining('The hub page reported success'),
    });
    expect((await readToken('acme.okta.com'))?.token).toBe(TOKEN);
  });

  it('no account id to look up: not confirmed, the token kept', async () => {
    const fetch = hubKnowing('acc_1');
    await recordHubConnected(7, PAGE, { type: 'hub-fill:hub-connected' });
    expect(fetch).not.toHaveBeenCalled();
    expect(await linkOutcomeItem.getValue()).toMatchObject({ kind: 'unconfirmed' });
    expect((await readToken('acme.okta.com'))?.token).toBe(TOKEN);
  });
});

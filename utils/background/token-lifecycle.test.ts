import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem, TOKEN_LIFETIME_MS, tokenRecordsItem } from '../storage';
import { recordLinked } from './linked';
import { endAfterGuideStopped, expireTokens, forgetToken, noteFilledIntoHubForm } from './token-lifecycle';
import { readTokenRecords } from './token-records';
import { readToken, storeToken } from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const OTHER = '00ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvuts_-abcd';

/** Okta's answers to `DELETE /api/v1/api-tokens/current`, in order; every call is recorded. */
function oktaAnswers(...statuses: number[]) {
  const fetcher = vi.fn(async (_url: string, _init?: RequestInit) => {
    const status = statuses.shift() ?? 401;
    return new Response(status === 204 ? null : JSON.stringify({ errorSummary: 'Refused' }), { status });
  });
  vi.stubGlobal('fetch', fetcher);
  return fetcher;
}

describe('how a held token ends', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('Forget revokes it in Okta with the token itself, at its own org only, then records it revoked', async () => {
    const fetcher = oktaAnswers(204, 401);
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { protocol: 'https:' });
    await storeToken(OTHER, 'globex.okta.com', 'guide');
    await forgetToken('acme.okta.com');
    expect(fetcher.mock.calls.map(([url, init]) => [url, init?.method])).toEqual([
      ['https://acme.okta.com/api/v1/api-tokens/current', 'DELETE'],
      ['https://acme.okta.com/api/v1/api-tokens/current', 'DELETE'],
    ]);
    expect(await readToken('acme.okta.com')).toBeNull();
    expect(await readToken('globex.okta.com')).toMatchObject({ token: OTHER });
    expect(await readTokenRecords()).toMatchObject([
      { orgDomain: 'acme.okta.com', masked: '00ab…wxyz', ending: { how: 'revoked', reason: 'forgotten' } },
    ]);
  });

  it('at the deadline, each expired token is revoked once; a token filled into a hub form is never revoked', async () => {
    const fetcher = oktaAnswers(204, 401);
    const now = Date.now();
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now });
    await storeToken(OTHER, 'globex.okta.com', 'guide', { now });
    await noteFilledIntoHubForm('globex.okta.com');
    await expireTokens(now + TOKEN_LIFETIME_MS);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(fetcher.mock.calls.every(([url]) => String(url).includes('acme.okta.com'))).toBe(true);
    const records = await readTokenRecords();
    expect(records.map((r) => [r.orgDomain, r.ending.how]).sort()).toEqual([
      ['acme.okta.com', 'revoked'],
      ['globex.okta.com', 'filled'],
    ]);
  });

  it('a linked token leaves memory unrevoked, recorded as linked to its account', async () => {
    const fetcher = oktaAnswers();
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await recordLinked('acme.okta.com', 'acc_42', 'okta');
    expect(fetcher).not.toHaveBeenCalled();
    expect(await readTokenRecords()).toMatchObject([{ ending: { how: 'linked', accountId: 'acc_42' } }]);
  });

  it('with "Revoke unused tokens" off, nothing is sent to Okta and the record says so', async () => {
    const fetcher = oktaAnswers();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), revokeUnusedTokens: false });
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await forgetToken('acme.okta.com');
    expect(fetcher).not.toHaveBeenCalled();
    expect(await readTokenRecords()).toMatchObject([{ ending: { how: 'not-revoked', reason: 'forgotten' } }]);
  });

  it('a refused revocation without an Okta id or tab says why, and calls the admin with the badge', async () => {
    oktaAnswers(403);
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await forgetToken('acme.okta.com');
    const [record] = await readTokenRecords();
    expect(record?.ending).toMatchObject({ how: 'revoke-failed', why: expect.stringContaining('403') });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('stopping the guide ends the token it captured in that tab, and only that one', async () => {
    oktaAnswers(204, 401);
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { tabId: 7 });
    await endAfterGuideStopped(8, 'acme.okta.com');
    expect(await readToken('acme.okta.com')).not.toBeNull();
    await endAfterGuideStopped(7, 'acme.okta.com');
    expect(await readToken('acme.okta.com')).toBeNull();
    expect(await readTokenRecords()).toMatchObject([{ ending: { how: 'revoked', reason: 'guide-stopped' } }]);
  });

  it('the record holds no secret, however the token ended', async () => {
    oktaAnswers(204, 401, 403);
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await forgetToken('acme.okta.com');
    await storeToken(OTHER, 'acme.okta.com', 'pasted');
    await forgetToken('acme.okta.com');
    await storeToken(TOKEN, 'globex.okta.com', 'pasted');
    await recordLinked('globex.okta.com', 'acc_1', 'okta');
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect((await tokenRecordsItem.getValue()).length).toBe(3);
    expect(stored).not.toContain(TOKEN);
    expect(stored).not.toContain(OTHER);
    expect(stored).not.toContain(TOKEN.slice(4, -4));
  });

  it('keeps records 7 days', async () => {
    oktaAnswers(401, 401);
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await forgetToken('acme.okta.com');
    expect(await readTokenRecords(Date.now() + 6 * 24 * 60 * 60_000)).toHaveLength(1);
    expect(await readTokenRecords(Date.now() + 7 * 24 * 60 * 60_000 + 1000)).toHaveLength(0);
  });
});

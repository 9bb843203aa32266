import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOKEN_LIFETIME_MS } from '../storage';
import {
  annotateToken,
  expiryAlarmName,
  orgOfExpiryAlarm,
  readToken,
  readTokens,
  storeToken,
  takeExpiredTokens,
  takeToken,
  tokenFor,
} from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const OTHER = '00ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvuts_-abcd';
const THIRD = '00thirdTokenOfTheTestsuite0123456789_-qrst';

describe('the token vault: one token per org', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a checked token in session storage only, and answers with its masked form', async () => {
    expect(await storeToken(` SSWS ${TOKEN} `, 'acme.okta.com', 'pasted', { now: 1000 })).toEqual({
      ok: true,
      masked: '00ab…wxyz',
      replaced: null,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await readToken('acme.okta.com', 1000)).toMatchObject({
      token: TOKEN,
      orgDomain: 'acme.okta.com',
      expiresAt: 1000 + TOKEN_LIFETIME_MS,
    });
  });

  it('refuses a malformed token with the reason, storing nothing', async () => {
    const result = await storeToken('00T1a2b3c4d5e6f7g8h9', 'acme.okta.com', 'pasted');
    expect(result).toMatchObject({ ok: false });
    expect(await readTokens()).toEqual([]);
  });

  it("holds a token per org: org A's never answers for org B, each with its own deadline and alarm", async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    await storeToken(OTHER, 'globex.okta.com', 'guide', { now: 5000 });
    expect(await readToken('acme.okta.com', 6000)).toMatchObject({ token: TOKEN });
    expect(await readToken('globex.okta.com', 6000)).toMatchObject({ token: OTHER });
    expect(await readToken('initech.okta.com', 6000)).toBeNull();
    expect(await fakeBrowser.alarms.get(expiryAlarmName('acme.okta.com'))).toMatchObject({
      scheduledTime: 1000 + TOKEN_LIFETIME_MS,
    });
    expect(await fakeBrowser.alarms.get(expiryAlarmName('globex.okta.com'))).toMatchObject({
      scheduledTime: 5000 + TOKEN_LIFETIME_MS,
    });
    expect(orgOfExpiryAlarm(expiryAlarmName('globex.okta.com'))).toBe('globex.okta.com');
    expect(orgOfExpiryAlarm('something-else')).toBeNull();
    expect((await readTokens(6000)).map((t) => t.orgDomain)).toEqual(['globex.okta.com', 'acme.okta.com']);
  });

  it('a second capture on the same org replaces the first and hands it back; the same token again does not', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    const again = await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 2000 });
    expect(again).toMatchObject({ ok: true, replaced: null });
    expect(await readToken('acme.okta.com', 2000)).toMatchObject({ capturedAt: 1000 });
    const second = await storeToken(OTHER, 'acme.okta.com', 'guide', { now: 3000 });
    expect(second).toMatchObject({ ok: true, replaced: { token: TOKEN, capturedAt: 1000 } });
    expect(await readToken('acme.okta.com', 3000)).toMatchObject({ token: OTHER });
    expect(await fakeBrowser.alarms.get(expiryAlarmName('acme.okta.com'))).toMatchObject({
      scheduledTime: 3000 + TOKEN_LIFETIME_MS,
    });
  });

  it('two orgs captured at the same moment both stay; two captures racing on one org replace exactly one', async () => {
    await Promise.all([
      storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 }),
      storeToken(OTHER, 'globex.okta.com', 'guide', { now: 1000 }),
    ]);
    expect((await readTokens(1000)).map((t) => t.orgDomain).sort()).toEqual([
      'acme.okta.com',
      'globex.okta.com',
    ]);

    const results = await Promise.all([
      storeToken(THIRD, 'acme.okta.com', 'guide', { now: 2000 }),
      storeToken(OTHER, 'acme.okta.com', 'guide', { now: 2001 }),
    ]);
    // Each capture ended exactly what it replaced: the first token once, then the racing one.
    const replaced = results.map((r) => (r.ok ? r.replaced?.token : undefined));
    expect(replaced).toEqual([TOKEN, THIRD]);
    expect(await readToken('acme.okta.com', 2001)).toMatchObject({ token: OTHER, capturedAt: 2001 });
    expect(await readToken('globex.okta.com', 2001)).toMatchObject({ token: OTHER, capturedAt: 1000 });
  });

  it("deadlines are per org: one org's expiry takes out that token only, even when both alarms ring together", async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 0 });
    await storeToken(OTHER, 'globex.okta.com', 'guide', { now: 60_000 });
    expect(await readToken('acme.okta.com', TOKEN_LIFETIME_MS)).toBeNull(); // past its deadline, not yet taken
    const [first, second] = await Promise.all([
      takeExpiredTokens(TOKEN_LIFETIME_MS),
      takeExpiredTokens(TOKEN_LIFETIME_MS),
    ]);
    // Two alarms handled at once end the expired token once.
    expect([...(first ?? []), ...(second ?? [])].map((t) => t.token)).toEqual([TOKEN]);
    expect(await fakeBrowser.alarms.get(expiryAlarmName('acme.okta.com'))).toBeUndefined();
    expect(await readToken('globex.okta.com', TOKEN_LIFETIME_MS)).toMatchObject({ token: OTHER });
    expect(await fakeBrowser.alarms.get(expiryAlarmName('globex.okta.com'))).toBeDefined();
  });

  it("a capture racing the deadline of the same org's old token: the old one ends once, the new one stays", async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 0 });
    const [expired, stored] = await Promise.all([
      takeExpiredTokens(TOKEN_LIFETIME_MS),
      storeToken(OTHER, 'acme.okta.com', 'guide', { now: TOKEN_LIFETIME_MS }),
    ]);
    const ended = [...expired.map((t) => t.token), stored.ok ? stored.replaced?.token : undefined].filter(
      Boolean,
    );
    expect(ended).toEqual([TOKEN]);
    expect(await readToken('acme.okta.com', TOKEN_LIFETIME_MS)).toMatchObject({ token: OTHER });
  });

  it('takeToken takes the org’s token (its alarm cleared), and with `only` never a newer one', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    await storeToken(OTHER, 'acme.okta.com', 'guide', { now: 2000 });
    expect(await takeToken('acme.okta.com', { capturedAt: 1000 })).toBeNull();
    expect(await takeToken('acme.okta.com')).toMatchObject({ token: OTHER });
    expect(await readToken('acme.okta.com', 2000)).toBeNull();
    expect(await fakeBrowser.alarms.get(expiryAlarmName('acme.okta.com'))).toBeUndefined();
  });

  it('notes (Okta id, handed to a hub) go to the token they were learnt for only', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    await annotateToken({ orgDomain: 'acme.okta.com', capturedAt: 999 }, { oktaId: '00Twrong' });
    await annotateToken({ orgDomain: 'acme.okta.com', capturedAt: 1000 }, { oktaId: '00Tright' });
    expect(await readToken('acme.okta.com', 1000)).toMatchObject({ oktaId: '00Tright' });
  });

  it('a request naming no org gets a token only while exactly one is held', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', { now: 1000 });
    expect(await tokenFor(undefined, 1000)).toMatchObject({ orgDomain: 'acme.okta.com' });
    await storeToken(OTHER, 'globex.okta.com', 'guide', { now: 1000 });
    expect(await tokenFor(undefined, 1000)).toBeNull();
    expect(await tokenFor('globex.okta.com', 1000)).toMatchObject({ token: OTHER });
  });
});

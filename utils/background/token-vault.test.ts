import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fireAlarm } from '../../tests/unit/support/fake-alarms';
import { TOKEN_LIFETIME_MS } from '../storage';
import { expireToken } from './token-expiry';
import { readToken, storeToken, TOKEN_EXPIRY_ALARM, wipeToken } from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

describe('the token vault', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a checked token in session storage only, and answers with its masked form', async () => {
    expect(await storeToken(` SSWS ${TOKEN} `, 'acme.okta.com', 'pasted', 1000)).toEqual({
      ok: true,
      masked: '00ab…wxyz',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await readToken(1000)).toMatchObject({
      token: TOKEN,
      orgDomain: 'acme.okta.com',
      expiresAt: 1000 + TOKEN_LIFETIME_MS,
    });
  });

  it('refuses a malformed token with the reason, storing nothing', async () => {
    const result = await storeToken('00T1a2b3c4d5e6f7g8h9', 'acme.okta.com', 'pasted');
    expect(result).toMatchObject({ ok: false });
    expect(await readToken()).toBeNull();
  });

  it('forgets the token once its 15 minutes are over', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide', 0);
    expect(await readToken(TOKEN_LIFETIME_MS - 1)).not.toBeNull();
    expect(await readToken(TOKEN_LIFETIME_MS)).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(TOKEN);
  });

  it('wipes on request', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await wipeToken();
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(TOKEN);
  });

  it('sets an alarm for the end of the 15 minutes, so a sleeping worker wakes to wipe it', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted', 5000);
    expect(await fakeBrowser.alarms.get(TOKEN_EXPIRY_ALARM)).toMatchObject({
      scheduledTime: 5000 + TOKEN_LIFETIME_MS,
    });
    fakeBrowser.alarms.onAlarm.addListener(() => expireToken(5000 + TOKEN_LIFETIME_MS));
    await fireAlarm(TOKEN_EXPIRY_ALARM);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(TOKEN);
  });

  it('keeps a token whose time is not up when the alarm comes early, and drops the alarm once wiped', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted', 5000);
    await expireToken(5000 + TOKEN_LIFETIME_MS - 1);
    expect(await readToken(5000 + TOKEN_LIFETIME_MS - 1)).toMatchObject({ token: TOKEN });
    await wipeToken();
    expect(await fakeBrowser.alarms.get(TOKEN_EXPIRY_ALARM)).toBeUndefined();
  });
});

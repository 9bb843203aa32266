import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveOptions } from './popup/options-api';
import { DEFAULT_SETTINGS, readSettings, settingsItem } from './storage';

/*
 * Managed storage (an enterprise policy, public/managed-schema.json): a preset hub API base URL or token name
 * overrides the admin's own and is reported as managed (the options page shows it locked); the admin's own
 * value is kept underneath, for when the policy goes. `fakeBrowser.storage.managed` stands in for the policy.
 */

const POLICY_HUB = 'https://hub.corp.example';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => true) as never);
});

describe('settings under a policy', () => {
  it('without a policy: the admin’s own values, nothing managed', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tokenName: 'Mine' });
    expect(await readSettings()).toMatchObject({ tokenName: 'Mine', managed: [] });
  });

  it('a preset value overrides the admin’s and is reported as managed, key by key', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      hubApiBaseUrl: 'https://mine.example',
      tokenName: 'Mine',
    });
    await fakeBrowser.storage.managed.set({ tokenName: '  Corp Integration  ' });
    expect(await readSettings()).toMatchObject({
      hubApiBaseUrl: 'https://mine.example',
      tokenName: 'Corp Integration',
      managed: ['tokenName'],
    });
    await fakeBrowser.storage.managed.set({ hubApiBaseUrl: POLICY_HUB });
    expect(await readSettings()).toMatchObject({
      hubApiBaseUrl: POLICY_HUB,
      tokenName: 'Corp Integration',
      managed: ['hubApiBaseUrl', 'tokenName'],
    });
  });

  it.each([
    ['an empty value', ''],
    ['blanks', '   '],
    ['a number', 42],
    ['a list', ['x']],
  ])('ignores %s in the policy', async (_, value) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tokenName: 'Mine' });
    await fakeBrowser.storage.managed.set({ tokenName: value });
    expect(await readSettings()).toMatchObject({ tokenName: 'Mine', managed: [] });
  });

  it('takes no other key from the policy', async () => {
    await fakeBrowser.storage.managed.set({ trustedHubOrigins: ['https://evil.example'] });
    expect(await readSettings()).toMatchObject({ trustedHubOrigins: [], managed: [] });
  });

  it('saving keeps the admin’s own value under a managed one, and it returns when the policy goes', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tokenName: 'Mine' });
    await fakeBrowser.storage.managed.set({ tokenName: 'Corp Integration' });
    // The page shows the policy's value (locked) and sends it back with the rest.
    const saved = await saveOptions({
      hubApiBaseUrl: 'https://api.stackone.com',
      tokenName: 'Corp Integration',
      hubSession: '',
    });
    expect(saved).toEqual({ ok: true, message: 'Saved.' });
    expect((await settingsItem.getValue()).tokenName).toBe('Mine');
    expect((await readSettings()).tokenName).toBe('Corp Integration');
    await fakeBrowser.storage.managed.clear();
    expect(await readSettings()).toMatchObject({ tokenName: 'Mine', managed: [] });
  });

  it('a browser without managed storage (or one that fails to read it) leaves the admin’s values', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tokenName: 'Mine' });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readSettings()).toMatchObject({ tokenName: 'Mine', managed: [] });
  });
});

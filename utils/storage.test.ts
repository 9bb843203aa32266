import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_TOKEN_NAME,
  guidesItem,
  hubJourneyItem,
  managedPolicyItem,
  readSettings,
  refreshManagedPolicy,
  updateItem,
} from './storage';

describe('updateItem: read-modify-write of one item, one change at a time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies concurrent changes one after the other, none lost', async () => {
    await Promise.all(
      ['1', '2', '3'].map((tab) =>
        updateItem(guidesItem, (guides) => ({
          ...guides,
          [tab]: {
            orgDomain: 'acme.okta.com',
            mode: 'tour' as const,
            startedAt: 0,
            step: null,
            target: null,
          },
        })),
      ),
    );
    expect(Object.keys(await guidesItem.getValue()).sort()).toEqual(['1', '2', '3']);
  });

  it('writes nothing when the change returns what it was given (no storage event for the popup)', async () => {
    const write = vi.spyOn(hubJourneyItem, 'setValue');
    await updateItem(hubJourneyItem, (journey) => journey);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('settings under a policy (storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());

  /** The browser's policy read: slow on its first call after install; here, counted. */
  function policyOf(values: Record<string, unknown>) {
    return vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(values as never);
  }

  it('reads the policy now and keeps a copy, so that what the popup shows need not wait for the browser', async () => {
    const read = policyOf({ tokenName: ' Policy token ' });
    expect(await readSettings()).toMatchObject({ tokenName: 'Policy token', managed: ['tokenName'] });
    expect(await managedPolicyItem.getValue()).toEqual({ tokenName: 'Policy token' });
    read.mockClear();
    expect(await readSettings({ policy: 'known' })).toMatchObject({
      tokenName: 'Policy token',
      managed: ['tokenName'],
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('before the first policy read, the popup gets the admin’s own settings at once, and the copy follows', async () => {
    let answer: (values: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise((resolve) => (answer = resolve as never)) as never,
    );
    expect(await readSettings({ policy: 'known' })).toMatchObject({
      tokenName: DEFAULT_TOKEN_NAME,
      managed: [],
    });
    answer({ tokenName: 'Policy token' });
    await vi.waitFor(async () =>
      expect(await managedPolicyItem.getValue()).toEqual({ tokenName: 'Policy token' }),
    );
  });

  it('writes the copy only when the policy changed (each write is a storage change the popup hears)', async () => {
    policyOf({ hubApiBaseUrl: 'https://api.hub.example' });
    await refreshManagedPolicy();
    const write = vi.spyOn(managedPolicyItem, 'setValue');
    await refreshManagedPolicy();
    expect(write).not.toHaveBeenCalled();
  });
});

describe('"Revoke unused tokens" under a policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: true, managed: [] });
  });

  it("a policy locks it over the admin's choice, and only with a boolean", async () => {
    const { settingsItem } = await import('./storage');
    await settingsItem.setValue({ ...(await settingsItem.getValue()), revokeUnusedTokens: false });
    const read = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockResolvedValue({ revokeUnusedTokens: true } as never);
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: true, managed: ['revokeUnusedTokens'] });
    read.mockResolvedValue({ revokeUnusedTokens: 'no' } as never);
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: false, managed: [] });
  });
});

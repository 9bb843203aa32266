import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsItem } from './storage';

describe('settings with a policy on top', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('"Revoke unused tokens" is on by default', async () => {
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: true, managed: [] });
  });

  it('a policy locks "Revoke unused tokens" over the admin\'s choice, and only with a boolean', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), revokeUnusedTokens: false });
    const managed = { get: vi.fn(async () => ({ revokeUnusedTokens: true })) };
    Object.assign(fakeBrowser.storage, { managed });
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: true, managed: ['revokeUnusedTokens'] });
    managed.get.mockResolvedValue({ revokeUnusedTokens: 'no' } as never);
    expect(await readSettings()).toMatchObject({ revokeUnusedTokens: false, managed: [] });
  });
});

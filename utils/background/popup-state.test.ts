import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recentOktaOrgsItem } from '../storage';
import { popupStateFor } from './popup-state';

async function tabOn(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id as number;
}

describe('the popup’s state for a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the org of an Okta tab when the popup opens on it, not on its redraws', async () => {
    const tabId = await tabOn('https://acme-admin.okta.com/admin/dashboard');
    await popupStateFor(tabId);
    expect(await recentOktaOrgsItem.getValue()).toEqual([]);
    const state = await popupStateFor(tabId, { opened: true });
    expect(await recentOktaOrgsItem.getValue()).toEqual([{ orgDomain: 'acme.okta.com', protocol: 'https:' }]);
    expect(state.recentOrgs).toEqual(['acme.okta.com']);
  });

  it('answers without waiting for the browser’s policy read (seconds, the first time after install)', async () => {
    // A policy read that never ends: the answer must not depend on it.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
    const state = await popupStateFor(await tabOn('https://acme-admin.okta.com/admin/dashboard'), {
      opened: true,
    });
    expect(state.page.kind).toBe('okta');
  });

  it('remembers nothing of a page that is not an Okta org', async () => {
    await popupStateFor(await tabOn('https://acme.okta.com.evil.test/admin'), { opened: true });
    await popupStateFor(await tabOn('https://app.vendor.example/integrations'), { opened: true });
    expect(await recentOktaOrgsItem.getValue()).toEqual([]);
  });
});

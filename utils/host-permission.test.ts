import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useHubSessionFromInput } from './background/hub-session';
import { hostPermissionPattern } from './host-permission';
import { askHostPermission } from './popup/popup-api';
import { DEFAULT_SETTINGS, settingsItem } from './storage';

describe('hostPermissionPattern', () => {
  it.each([
    ['https://api.stackone.com', 'https://api.stackone.com/*'],
    ['https://hub.example.com:8443', 'https://hub.example.com/*'],
    ['http://localhost:3000', 'http://localhost/*'],
    ['http://127.0.0.1:37473', 'http://127.0.0.1/*'],
    ['http://[::1]:8080', 'http://[::1]/*'],
    ['HTTPS://Hub.Example.COM', 'https://hub.example.com/*'],
  ])('%s → %s: per host, without the port (Firefox match patterns cannot carry one)', (origin, pattern) => {
    expect(hostPermissionPattern(origin)).toBe(pattern);
  });

  it('takes a whole address too: only its scheme and host count', () => {
    expect(hostPermissionPattern('https://hub.example.com:8443/v1/hub?x=1#y')).toBe(
      'https://hub.example.com/*',
    );
  });
});

/**
 * Firefox's permissions API in the one respect that matters here: a match pattern with a port is invalid, so
 * `request` and `contains` reject it; a pattern without one is granted when listed.
 */
function permissionsLikeFirefox(granted: string[]) {
  const answer = async ({ origins = [] }: { origins?: string[] }) => {
    if (origins.some((origin) => /^[a-z]+:\/\/[^/]*:\d+\//i.test(origin))) {
      throw new Error(`Invalid host permission: ${origins.join(', ')}`);
    }
    return origins.every((origin) => granted.includes(origin));
  };
  return {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(answer),
  };
}

describe('host access to a hub address with a port, as Firefox answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the options page and the popup ask for the host, and get it', async () => {
    const permissions = permissionsLikeFirefox(['https://hub.example.com/*']);
    expect(await askHostPermission('https://hub.example.com:8443')).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://hub.example.com/*'] });
  });

  it('a hub session for it needs no further permission once the host is granted', async () => {
    const permissions = permissionsLikeFirefox(['http://localhost/*']);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hubApiBaseUrl: 'http://localhost:3000' });
    const result = await useHubSessionFromInput('hub-session-demo', 'http://localhost:3000');
    expect(result).toMatchObject({ ok: true, needsPermission: null });
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['http://localhost/*'] });
  });

  it('an ungranted host is asked for by its origin, which the popup then requests per host', async () => {
    permissionsLikeFirefox([]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hubApiBaseUrl: 'https://hub.example.com:8443' });
    const result = await useHubSessionFromInput('hub-session-demo', 'https://hub.example.com:8443');
    // Nothing is kept until the popup has the host granted and asks again.
    expect(result).toMatchObject({ ok: false, needsPermission: 'https://hub.example.com:8443' });
  });
});

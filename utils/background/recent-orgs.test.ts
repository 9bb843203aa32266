import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECENT_OKTA_ORGS_LIMIT, recentOktaOrgsItem } from '../storage';
import { protocolSeenFor, rememberOrg } from './recent-orgs';

describe('the Okta orgs the extension saw', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps them newest first, each once, at most a few', async () => {
    for (let n = 0; n < RECENT_OKTA_ORGS_LIMIT + 2; n++) await rememberOrg(`org${n}.okta.com`, 'https:');
    await rememberOrg('org3.okta.com', 'https:');
    const orgs = (await recentOktaOrgsItem.getValue()).map((org) => org.orgDomain);
    expect(orgs).toHaveLength(RECENT_OKTA_ORGS_LIMIT);
    expect(orgs[0]).toBe('org3.okta.com');
    expect(orgs.filter((org) => org === 'org3.okta.com')).toHaveLength(1);
  });

  it('does not write when nothing changed (the popup redraws on every storage change)', async () => {
    await rememberOrg('acme.okta.com', 'https:');
    const write = vi.spyOn(recentOktaOrgsItem, 'setValue');
    await rememberOrg('acme.okta.com', 'https:');
    expect(write).not.toHaveBeenCalled();
  });

  it('knows the scheme each was seen on', async () => {
    await rememberOrg('acme.okta.com', 'http:');
    expect(await protocolSeenFor('acme.okta.com')).toBe('http:');
    expect(await protocolSeenFor('globex.okta.com')).toBeNull();
  });
});

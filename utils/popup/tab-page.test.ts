import { describe, expect, it } from 'vitest';
import { describeTabPage } from './tab-page';

describe('what the popup says about the page in its tab', () => {
  it('names the org of an Admin Console page, with the page origin', () => {
    expect(describeTabPage('https://acme-admin.okta.com/admin/dashboard')).toMatchObject({
      pageOrigin: 'https://acme-admin.okta.com',
      page: { kind: 'okta', org: { orgDomain: 'acme.okta.com', isAdminConsole: true } },
    });
  });

  it('refuses a look-alike with the reason, keeping its origin for the hub tools', () => {
    const { page, pageOrigin } = describeTabPage('https://acme.okta.com.evil.test/admin/dashboard');
    expect(pageOrigin).toBe('https://acme.okta.com.evil.test');
    expect(page.kind).toBe('not-okta');
  });

  it('says where to open it when the address cannot be read', () => {
    expect(describeTabPage(undefined)).toEqual({
      pageOrigin: null,
      page: { kind: 'not-okta', message: expect.stringMatching(/Open the popup on an Okta org page/) },
    });
  });
});

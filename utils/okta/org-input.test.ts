import { describe, expect, it } from 'vitest';
import { parseOrgInput } from './org-input';

describe('the org an admin types', () => {
  it.each([
    ['acme', 'acme.okta.com', null],
    ['  Acme  ', 'acme.okta.com', null],
    ['acme-admin', 'acme.okta.com', null],
    ['acme.okta.com', 'acme.okta.com', null],
    ['dev-123.oktapreview.com', 'dev-123.oktapreview.com', null],
    ['acme-admin.okta-emea.com/admin/dashboard', 'acme.okta-emea.com', null],
    ['https://acme-admin.okta.com/admin/access/api/tokens', 'acme.okta.com', 'https:'],
    ['http://acme.okta.com/app/UserHome', 'acme.okta.com', 'http:'],
  ])('reads %s as %s', (input, orgDomain, protocol) => {
    expect(parseOrgInput(input)).toMatchObject({ ok: true, org: { orgDomain }, protocol });
  });

  it.each([
    ['acme.okta.com.evil.test', /“acme\.okta\.com\.evil\.test” is not an Okta org\. .*not an Okta org host/],
    ['example.com', /not an Okta org host/],
    ['https://acme.okta.com@evil.test/', /hides its real host/],
    ['www.okta.com', /Okta's own site/],
    ['login', /Okta's own site/],
    ['ftp://acme.okta.com', /Only web pages/],
    ['acme okta', /is not an Okta org/],
    ['', /^Type your Okta org/],
  ])('refuses %s, saying why', (input, message) => {
    const result = parseOrgInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

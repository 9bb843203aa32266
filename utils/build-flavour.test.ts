// @vitest-environment happy-dom
/*
 * The release build's rules for addresses (the e2e build relaxes them for its loopback sandboxes): only https Okta
 * orgs, typed, pre-filled or read from a page, and only https hub addresses that leave this machine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPage } from './autofill/safety';
import { isAllowedWebAddress, setBuildFlavourForTests } from './build-flavour';
import { checkHubBaseUrl } from './hub/session';
import { parseOktaOrgUrl } from './okta/domain';
import { parseOrgInput } from './okta/org-input';

const pageAt = (url: string): Window => {
  const win: { location: URL; top: unknown } = { location: new URL(url), top: null };
  win.top = win;
  return win as unknown as Window;
};

describe('the release build', () => {
  beforeEach(() => setBuildFlavourForTests('release'));
  afterEach(() => setBuildFlavourForTests('e2e'));

  it.each(['http://acme.okta.com/app/UserHome', 'http://acme-admin.okta.com/admin/access/api/tokens'])(
    'refuses the plain-http Okta page %s',
    (url) => {
      expect(parseOktaOrgUrl(url)).toMatchObject({ ok: false, reason: 'unsupported-scheme' });
    },
  );

  it('refuses a typed (or pre-filled) plain-http org, and still takes https and bare names', () => {
    expect(parseOrgInput('http://acme.okta.com')).toMatchObject({ ok: false });
    expect(parseOrgInput('https://acme.okta.com')).toMatchObject({ ok: true, protocol: 'https:' });
    expect(parseOrgInput('acme')).toMatchObject({ ok: true, protocol: null });
    expect(parseOktaOrgUrl('https://acme.okta.com/')).toMatchObject({ ok: true });
  });

  it.each([
    'http://127.0.0.1:8080',
    'https://127.0.0.1:8443',
    'http://localhost:3000',
    'https://hub.localhost',
    'http://[::1]:3000',
  ])('refuses the loopback hub API %s', (url) => {
    expect(checkHubBaseUrl(url)).toMatchObject({ ok: false });
  });

  it('takes an https hub API that leaves the machine', () => {
    expect(checkHubBaseUrl('https://api.stackone.com/')).toMatchObject({
      ok: true,
      baseUrl: 'https://api.stackone.com',
    });
  });

  it.each(['http://localhost:5173/app', 'https://hub.localhost/', 'http://127.0.0.1:8080/'])(
    'fills no hub form on the loopback page %s',
    (url) => {
      expect(checkPage(pageAt(url))).toMatchObject({ reason: 'insecure-origin' });
    },
  );

  it('says which addresses it may use at all', () => {
    expect(isAllowedWebAddress(new URL('https://app.vendor.example/'))).toBe(true);
    expect(isAllowedWebAddress(new URL('http://app.vendor.example/'))).toBe(false);
    expect(isAllowedWebAddress(new URL('https://localhost/'))).toBe(false);
  });
});

describe('the e2e build', () => {
  it('takes the loopback sandboxes and the plain-http Okta replica', () => {
    expect(parseOktaOrgUrl('http://acme.okta.com/app/UserHome')).toMatchObject({ ok: true });
    expect(checkHubBaseUrl('http://127.0.0.1:8080')).toMatchObject({ ok: true });
    expect(checkPage(pageAt('http://localhost:5173/app'))).toBeNull();
  });
});

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBuildFlavourForTests } from '../build-flavour';
import { OKTA_CELLS } from './cells';
import { adminConsoleOrigin, oktaOrgOf, parseOktaOrgUrl } from './domain';
import { orgRefusalMessage } from './org-refusal';

describe('parseOktaOrgUrl', () => {
  it.each([
    ['https://acme.okta.com/app/UserHome', 'acme.okta.com', 'acme', 'okta.com', 'production', false],
    ['https://acme-admin.okta.com/admin/dashboard', 'acme.okta.com', 'acme', 'okta.com', 'production', true],
    [
      'http://acme-admin.okta.com/admin/access/api/tokens',
      'acme.okta.com',
      'acme',
      'okta.com',
      'production',
      true,
    ],
    [
      'https://dev-123-admin.oktapreview.com/',
      'dev-123.oktapreview.com',
      'dev-123',
      'oktapreview.com',
      'preview',
      true,
    ],
    [
      'https://dev-12345678.okta.com',
      'dev-12345678.okta.com',
      'dev-12345678',
      'okta.com',
      'production',
      false,
    ],
    [
      'https://trial-1234567-admin.okta.com/x',
      'trial-1234567.okta.com',
      'trial-1234567',
      'okta.com',
      'production',
      true,
    ],
    [
      'https://my-company.okta-emea.com/',
      'my-company.okta-emea.com',
      'my-company',
      'okta-emea.com',
      'production',
      false,
    ],
    ['https://agency.okta-gov.com/', 'agency.okta-gov.com', 'agency', 'okta-gov.com', 'production', false],
    ['https://unit-admin.okta.mil/', 'unit.okta.mil', 'unit', 'okta.mil', 'production', true],
    ['HTTPS://ACME-ADMIN.OKTA.COM/Admin', 'acme.okta.com', 'acme', 'okta.com', 'production', true],
    ['https://acme.okta.com./app/UserHome', 'acme.okta.com', 'acme', 'okta.com', 'production', false],
    ['https://acme.okta.com:443/', 'acme.okta.com', 'acme', 'okta.com', 'production', false],
    ['http://acme.okta.com:80/', 'acme.okta.com', 'acme', 'okta.com', 'production', false],
    // Only a trailing "-admin" is the console marker; the org name keeps its own hyphens.
    [
      'https://admin-tools-admin.okta.com/',
      'admin-tools.okta.com',
      'admin-tools',
      'okta.com',
      'production',
      true,
    ],
    [
      'https://acme-admin-admin.okta.com/',
      'acme-admin.okta.com',
      'acme-admin',
      'okta.com',
      'production',
      true,
    ],
    ['https://admin.okta.com/', 'admin.okta.com', 'admin', 'okta.com', 'production', false],
  ])('%s → %s', (url, orgDomain, subdomain, cell, environment, isAdminConsole) => {
    expect(parseOktaOrgUrl(url)).toEqual({
      ok: true,
      org: { orgDomain, subdomain, cell, environment, isAdminConsole },
    });
  });

  it.each([
    ['not a url', 'invalid-url'],
    ['ftp://acme.okta.com/', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
    ['file:///etc/passwd', 'unsupported-scheme'],
    ['https://acme.okta.com@evil.test/', 'userinfo'],
    ['https://user:pass@acme.okta.com/', 'userinfo'],
    ['https://acme.okta.com:8443/', 'unusual-port'],
    ['https://acme.okta.com:80/', 'unusual-port'],
    ['http://acme.okta.com:443/', 'unusual-port'],
    ['http://127.0.0.1/admin', 'ip-host'],
    ['https://10.20.30.40/', 'ip-host'],
    ['https://1.2.3.4x.okta.com/', 'nested-subdomain'],
    ['http://[::1]/', 'ip-host'],
    ['https://acme.okta.com.evil.test/', 'not-okta'],
    ['https://acme-okta.com/', 'not-okta'],
    ['https://acmeokta.com/', 'not-okta'],
    ['https://acme.okta.co/', 'not-okta'],
    ['https://acme.oktа.com/', 'not-okta'], // Cyrillic "а": punycode host, not Okta's
    ['https://okta.com/', 'okta-site'],
    ['https://www.okta.com/', 'okta-site'],
    ['https://login.okta.com/', 'okta-site'],
    ['https://developer.okta.com/docs', 'okta-site'],
    ['https://help.okta.com/', 'okta-site'],
    ['https://support.okta.com/', 'okta-site'],
    ['https://status.okta.com/', 'okta-site'],
    ['https://ok12static.oktacdn.com/', 'not-okta'],
    ['https://ok12static.okta.com/', 'okta-site'],
    ['https://a.acme.okta.com/', 'nested-subdomain'],
    ['https://acme.evil.okta.com/', 'nested-subdomain'],
    ['https://xn--acm-jna.okta.com/', 'invalid-subdomain'],
    ['https://-admin.okta.com/', 'invalid-subdomain'],
    ['https://acme_corp.okta.com/', 'invalid-subdomain'],
  ])('refuses %s (%s)', (url, reason) => {
    const result = parseOktaOrgUrl(url);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(orgRefusalMessage(result)).not.toMatch(/^org_|^$/);
  });
});

describe('what the admin is told, naming the host', () => {
  it.each([
    [
      'https://acme.okta.com.evil.test/',
      'acme.okta.com.evil.test is not an Okta org host (<org>.okta.com or <org>-admin.okta.com, or another Okta cell).',
    ],
    ['https://OKTA.com/', "okta.com is Okta's own site."],
    [
      'https://a.acme.oktapreview.com/',
      'a.acme.oktapreview.com is not an org host: orgs are <org>.oktapreview.com.',
    ],
    ['https://developer.okta.com/docs', "developer.okta.com is one of Okta's own sites."],
    ['https://acme_corp.okta.com/', 'acme_corp.okta.com does not have the form of an Okta org host.'],
  ])('%s', (url, message) => {
    const result = parseOktaOrgUrl(url);
    if (result.ok) throw new Error(`${url} was accepted`);
    expect(orgRefusalMessage(result)).toBe(message);
  });
});

describe('in the release build', () => {
  beforeEach(() => setBuildFlavourForTests('release'));
  afterEach(() => setBuildFlavourForTests('e2e'));

  it("only https orgs: plain http is the e2e build's Okta replica", () => {
    expect(parseOktaOrgUrl('https://acme.okta.com/')).toMatchObject({ ok: true });
    const refused = parseOktaOrgUrl('http://acme.okta.com/');
    expect(refused).toEqual({ ok: false, reason: 'unsupported-scheme', words: { key: 'org_plain_http' } });
    if (!refused.ok)
      expect(orgRefusalMessage(refused)).toBe(
        'Okta orgs are served over https only; this address uses plain http.',
      );
  });
});

describe('oktaOrgOf', () => {
  it('the org of an Okta page, null for anything else or no address at all', () => {
    expect(oktaOrgOf('https://acme-admin.okta.com/admin/dashboard')).toEqual({
      orgDomain: 'acme.okta.com',
      subdomain: 'acme',
      cell: 'okta.com',
      environment: 'production',
      isAdminConsole: true,
    });
    expect(oktaOrgOf(new URL('https://acme.oktapreview.com/'))).toMatchObject({
      orgDomain: 'acme.oktapreview.com',
    });
    expect(oktaOrgOf('https://acme.okta.com.evil.test/')).toBeNull();
    expect(oktaOrgOf(undefined)).toBeNull();
  });
});

describe('adminConsoleOrigin', () => {
  it("the org's Admin Console host, over https unless the e2e replica says otherwise", () => {
    expect(adminConsoleOrigin({ subdomain: 'acme', cell: 'okta.com' })).toBe('https://acme-admin.okta.com');
    expect(adminConsoleOrigin({ subdomain: 'dev-1', cell: 'oktapreview.com' }, 'http:')).toBe(
      'http://dev-1-admin.oktapreview.com',
    );
  });
});

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const orgName = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'))
  .filter(
    (name) =>
      !['www', 'login', 'developer', 'help', 'support', 'status', 'trust', 'community', 'global'].includes(
        name,
      ),
  )
  .filter((name) => !/^o[kp]\d+static$/.test(name));
const cell = fc.constantFrom(...OKTA_CELLS);

describe('parseOktaOrgUrl on generated hosts', () => {
  it('reads back any valid org host, on the org or the admin host, in any case', () => {
    fc.assert(
      fc.property(
        orgName,
        cell,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('http', 'https'),
        (name, c, admin, upper, scheme) => {
          let host = `${name}${admin ? '-admin' : ''}.${c}`;
          if (upper) host = host.toUpperCase();
          const result = parseOktaOrgUrl(`${scheme}://${host}/admin/dashboard`);
          expect(result).toMatchObject({
            ok: true,
            org: { orgDomain: `${name}.${c}`, isAdminConsole: admin },
          });
        },
      ),
    );
  });

  it('never accepts a look-alike: the org host followed by any other domain', () => {
    fc.assert(
      fc.property(
        orgName,
        cell,
        fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), { minLength: 1, maxLength: 3 }),
        (name, c, tail) => {
          const result = parseOktaOrgUrl(`https://${name}.${c}.${tail.join('.')}/`);
          const stillOkta = OKTA_CELLS.some((known) => `${c}.${tail.join('.')}`.endsWith(`.${known}`));
          if (!stillOkta) expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it('never accepts a host hidden behind userinfo, a custom port or a nested subdomain', () => {
    fc.assert(
      fc.property(orgName, cell, fc.integer({ min: 1, max: 65535 }), letter, (name, c, port, extra) => {
        expect(parseOktaOrgUrl(`https://${name}.${c}@evil.test/`).ok).toBe(false);
        expect(parseOktaOrgUrl(`https://evil.test@${name}.${c}/`).ok).toBe(false);
        if (port !== 443) expect(parseOktaOrgUrl(`https://${name}.${c}:${port}/`).ok).toBe(false);
        expect(parseOktaOrgUrl(`https://${extra}.${name}.${c}/`).ok).toBe(false);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (input) => {
          const result = parseOktaOrgUrl(input);
          if (result.ok) expect(result.org.orgDomain).toMatch(/^[a-z0-9-]+\.[a-z.-]+$/);
        },
      ),
    );
  });
});

describe('parseOktaOrgUrl on hostile generated hosts', () => {
  /** Letters that look like Latin ones (Cyrillic, Greek). Full-width forms are left out: IDNA maps them to the real host. */
  const HOMOGLYPHS: Record<string, string[]> = {
    a: ['а', 'ɑ'],
    o: ['о', 'ο', '0'],
    k: ['κ', 'к'],
    t: ['τ', 'т'],
    c: ['с', 'ϲ'],
    m: ['м'],
  };

  it('never accepts an Okta cell with a look-alike letter (IDN homoglyphs, in any position)', () => {
    const spoofedCell = fc
      .tuple(fc.constantFrom(...OKTA_CELLS), fc.nat(), fc.nat())
      .map(([c, at, pick]) => {
        const positions = [...c].flatMap((ch, index) => (HOMOGLYPHS[ch] ? [index] : []));
        const index = positions[at % positions.length] ?? 0;
        const options = HOMOGLYPHS[c[index] ?? 'o'] ?? ['о'];
        return `${c.slice(0, index)}${options[pick % options.length]}${c.slice(index + 1)}`;
      })
      .filter((c) => !OKTA_CELLS.includes(c as (typeof OKTA_CELLS)[number]));
    fc.assert(
      fc.property(orgName, spoofedCell, fc.boolean(), (name, c, admin) => {
        expect(parseOktaOrgUrl(`https://${name}${admin ? '-admin' : ''}.${c}/admin/dashboard`).ok).toBe(
          false,
        );
      }),
    );
  });

  it("never accepts Okta's own non-org hosts, on any cell, with or without -admin", () => {
    const site = fc.constantFrom('login', 'www', 'developer', 'help', 'support', 'status', 'ok12static');
    fc.assert(
      fc.property(site, cell, fc.boolean(), (name, c, admin) => {
        expect(parseOktaOrgUrl(`https://${name}${admin ? '-admin' : ''}.${c}/`).ok).toBe(false);
      }),
    );
  });
});

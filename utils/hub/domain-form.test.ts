import { describe, expect, it } from 'vitest';
import { domainFormFor, formatOrgDomain } from './domain-form';
import type { DomainForm, FieldDescriptor } from './hub-fields';

describe('domainFormFor', () => {
  const table: [string, FieldDescriptor, DomainForm][] = [
    ['placeholder your-org.okta.com', { key: 'd', placeholder: 'your-org.okta.com' }, 'host'],
    ['placeholder https://your-org.okta.com', { key: 'd', placeholder: 'https://your-org.okta.com' }, 'url'],
    ['placeholder your-org', { key: 'd', placeholder: 'your-org' }, 'subdomain'],
    ['placeholder acme', { key: 'd', placeholder: 'acme' }, 'subdomain'],
    ['placeholder "e.g. acme.okta.com"', { key: 'd', placeholder: 'e.g. acme.okta.com' }, 'host'],
    [
      'the placeholder over the label',
      { key: 'd', label: 'Organization URL', placeholder: 'your-org' },
      'subdomain',
    ],
    ['label "Okta subdomain"', { key: 'd', label: 'Okta subdomain' }, 'subdomain'],
    ['label "Organization URL"', { key: 'd', label: 'Organization URL' }, 'url'],
    ['label "Okta Domain URL"', { key: 'd', label: 'Okta Domain URL' }, 'url'],
    ['label "Okta domain"', { key: 'd', label: 'Okta domain' }, 'host'],
    ['key subdomain', { key: 'subdomain' }, 'subdomain'],
    [
      'a word placeholder that is no example',
      { key: 'd', label: 'Okta URL', placeholder: 'Required' },
      'url',
    ],
    ['nothing to go on', { key: 'd' }, 'host'],
    [
      'a pattern requiring https',
      { key: 'd', label: 'Okta domain', validation: { type: 'html-pattern', pattern: '^https://' } },
      'url',
    ],
    [
      'a pattern allowing no dot',
      { key: 'd', label: 'Okta domain', validation: { type: 'html-pattern', pattern: '^[a-z0-9-]+$' } },
      'subdomain',
    ],
    [
      'a host pattern over a URL placeholder',
      {
        key: 'd',
        placeholder: 'https://your-org.okta.com',
        validation: { type: 'html-pattern', pattern: '^[a-z0-9-]+\\.okta\\.com$' },
      },
      'host',
    ],
    [
      'a domain check over a subdomain placeholder',
      { key: 'd', placeholder: 'your-org', validation: { type: 'domain', pattern: 'okta' } },
      'host',
    ],
    [
      'the hint when no form passes the check',
      { key: 'd', placeholder: 'your-org', validation: { type: 'html-pattern', pattern: '^nothing$' } },
      'subdomain',
    ],
    [
      'the hint when the pattern does not compile',
      { key: 'd', placeholder: 'https://x.okta.com', validation: { type: 'html-pattern', pattern: '([' } },
      'url',
    ],
  ];

  it.each(table)('%s', (_, field, expected) => {
    expect(domainFormFor(field)).toBe(expected);
  });

  it('checks the pattern with the real domain when it is given', () => {
    const field = { key: 'd', validation: { type: 'html-pattern', pattern: '^https://acme\\.okta\\.com$' } };
    expect(domainFormFor(field, 'acme.okta.com')).toBe('url');
  });
});

describe('formatOrgDomain', () => {
  it.each([
    ['acme.okta.com', 'host', 'acme.okta.com'],
    ['acme.okta.com', 'url', 'https://acme.okta.com'],
    ['acme.okta.com', 'subdomain', 'acme'],
    ['https://ACME.oktapreview.com/', 'host', 'acme.oktapreview.com'],
    ['https://acme.okta.com/app/UserHome', 'url', 'https://acme.okta.com'],
    ['  acme.okta-emea.com  ', 'subdomain', 'acme'],
    ['', 'url', ''],
    ['not a domain', 'host', ''],
  ] as const)('%s as %s → %s', (orgDomain, form, expected) => {
    expect(formatOrgDomain(orgDomain, form)).toBe(expected);
  });
});

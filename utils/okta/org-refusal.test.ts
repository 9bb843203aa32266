import { describe, expect, it } from 'vitest';
import { parseOktaOrgUrl } from './domain';
import { orgRefusalMessage } from './org-refusal';

describe('orgRefusalMessage', () => {
  it.each([
    ['https://okta.example.com/', 'okta.example.com is not an Okta org'],
    ['https://a.acme.okta.com/', 'a.acme.okta.com'],
    ['https://acme_corp.okta.com/', 'acme_corp.okta.com'],
    ['ftp://acme.okta.com/', 'http or https'],
  ])('says why %s is refused, naming what it read', (url, said) => {
    const result = parseOktaOrgUrl(url);
    if (result.ok) throw new Error(`${url} was accepted`);
    expect(orgRefusalMessage(result)).toContain(said);
  });
});

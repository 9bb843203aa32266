import { describe, expect, it } from 'vitest';
import { assignMeanings, fieldMeaning } from './field-meaning';
import type { FieldDescriptor, FieldMeaning } from './hub-fields';

describe('fieldMeaning', () => {
  const table: [string, FieldDescriptor, FieldMeaning | null][] = [
    // the org domain, by label
    ['hub label "Okta Domain URL"', { key: 'k1', label: 'Okta Domain URL' }, 'orgDomain'],
    ['older label "Organization URL"', { key: 'k1', label: 'Organization URL' }, 'orgDomain'],
    ['label "Okta domain"', { key: 'k1', label: 'Okta domain' }, 'orgDomain'],
    ['label "Tenant host"', { key: 'k1', label: 'Tenant host' }, 'orgDomain'],
    ['label "Domain name"', { key: 'k1', label: 'Domain name' }, 'orgDomain'],
    ['label "Okta subdomain"', { key: 'k1', label: 'Okta subdomain' }, 'orgDomain'],
    ['label "Base URL"', { key: 'k1', label: 'Base URL' }, 'orgDomain'],
    ['label with an "(Optional)" suffix', { key: 'k1', label: 'Okta Domain URL (Optional)' }, 'orgDomain'],
    // the org domain, by key
    ['key domain', { key: 'domain' }, 'orgDomain'],
    ['key subdomain', { key: 'subdomain' }, 'orgDomain'],
    ['key okta_tenant_host', { key: 'okta_tenant_host' }, 'orgDomain'],
    ['key org_url', { key: 'org_url' }, 'orgDomain'],
    ['key orgUrl', { key: 'orgUrl' }, 'orgDomain'],
    ['key oktaDomainURL', { key: 'oktaDomainURL' }, 'orgDomain'],
    // the org domain, by placeholder, validation or input type
    ['placeholder your-org.okta.com', { key: 'f1', placeholder: 'your-org.okta.com' }, 'orgDomain'],
    [
      'placeholder https://your-org.okta.com',
      { key: 'f1', placeholder: 'https://your-org.okta.com' },
      'orgDomain',
    ],
    ['placeholder your-org', { key: 'f1', placeholder: 'your-org' }, 'orgDomain'],
    ['placeholder "e.g. acme.okta.com"', { key: 'f1', placeholder: 'e.g. acme.okta.com' }, 'orgDomain'],
    [
      'placeholder "Enter your Okta domain"',
      { key: 'f1', placeholder: 'Enter your Okta domain' },
      'orgDomain',
    ],
    [
      'validation of type domain',
      { key: 'f1', validation: { type: 'domain', pattern: 'okta' } },
      'orgDomain',
    ],
    [
      'html-pattern naming okta',
      { key: 'f1', validation: { type: 'html-pattern', pattern: '^[a-z0-9-]+\\.okta\\.com$' } },
      'orgDomain',
    ],
    ['an unnamed url input', { key: 'f1', type: 'url' }, 'orgDomain'],
    // the token
    ['hub label "API Token"', { key: 'k2', label: 'API Token', type: 'password' }, 'apiToken'],
    ['label "API key"', { key: 'k2', label: 'API key' }, 'apiToken'],
    ['label "SSWS token"', { key: 'k2', label: 'SSWS token' }, 'apiToken'],
    ['label "Access token"', { key: 'k2', label: 'Access token' }, 'apiToken'],
    ['key token', { key: 'token' }, 'apiToken'],
    ['key api_token', { key: 'api_token' }, 'apiToken'],
    ['key APIToken', { key: 'APIToken' }, 'apiToken'],
    ['key apikey', { key: 'apikey' }, 'apiToken'],
    ['key svc_credential with the secret flag', { key: 'svc_credential', secret: true }, 'apiToken'],
    ['label "Secret" on a password input', { key: 'k2', label: 'Secret', type: 'password' }, 'apiToken'],
    ['an unnamed password input', { key: 'f2', type: 'password' }, 'apiToken'],
    ['an unnamed secret field', { key: 'f2', label: '', secret: true }, 'apiToken'],
    ['placeholder "Paste your SSWS token"', { key: 'f2', placeholder: 'Paste your SSWS token' }, 'apiToken'],
    // the event hook name
    ['hub label "Event Hook Name"', { key: 'k3', label: 'Event Hook Name' }, 'eventHookName'],
    ['label "Event hook"', { key: 'k3', label: 'Event hook' }, 'eventHookName'],
    ['key event_hook_name', { key: 'event_hook_name' }, 'eventHookName'],
    ['key eventHookName', { key: 'eventHookName' }, 'eventHookName'],
    // things we must not fill
    ['"Token Name"', { key: 'token_name', label: 'Token Name' }, null],
    ['"Token URL"', { key: 'k', label: 'Token URL' }, null],
    ['"Key ID"', { key: 'k', label: 'Key ID' }, null],
    ['"Event Hook URL"', { key: 'k', label: 'Event Hook URL' }, null],
    ['a masked "Event hook secret"', { key: 'k', label: 'Event hook secret', type: 'password' }, null],
    ['"Client ID"', { key: 'k', label: 'Client ID' }, null],
    ['a masked "Client Secret"', { key: 'k', label: 'Client Secret', type: 'password', secret: true }, null],
    ['a masked "Password"', { key: 'password', label: 'Password', type: 'password' }, null],
    ['"Username"', { key: 'username', label: 'Username' }, null],
    ['"Organization name"', { key: 'k', label: 'Organization name' }, null],
    ['"Redirect URL"', { key: 'k', label: 'Redirect URL' }, null],
    ['"Issuer"', { key: 'issuer', label: 'Issuer' }, null],
    ['a non-secret svc_credential', { key: 'svc_credential' }, null],
    ['a select', { key: 'k', label: 'API Token', type: 'select' }, null],
    ['a number', { key: 'k', label: 'Okta domain', type: 'number' }, null],
    ['a plain unnamed text input', { key: 'field_1', type: 'text' }, null],
    // the label wins over the key
    ['label "Client ID" over key domain', { key: 'domain', label: 'Client ID' }, null],
    ['label "API Token" over key domain', { key: 'domain', label: 'API Token' }, 'apiToken'],
    ['label "Okta Domain" over key api_token', { key: 'api_token', label: 'Okta Domain' }, 'orgDomain'],
    // ...unless the label says nothing
    ['an empty label', { key: 'domain', label: '' }, 'orgDomain'],
    ['label "Okta"', { key: 'org_url', label: 'Okta' }, 'orgDomain'],
    ['label "(Optional)"', { key: 'token', label: '(Optional)' }, 'apiToken'],
  ];

  it.each(table)('%s', (_, field, expected) => {
    expect(fieldMeaning(field)).toBe(expected);
  });
});

describe('assignMeanings', () => {
  it('gives a meaning to the best-recognised field only', () => {
    const fields = [{ key: 'org_url' }, { key: 'x', label: 'Okta domain' }];
    expect(assignMeanings(fields)).toEqual([null, 'orgDomain']);
  });

  it('prefers a required field, then a writable one, then the first', () => {
    expect(assignMeanings([{ key: 'domain' }, { key: 'org_url', required: true }])).toEqual([
      null,
      'orgDomain',
    ]);
    expect(assignMeanings([{ key: 'domain', readOnly: true }, { key: 'org_url' }])).toEqual([
      null,
      'orgDomain',
    ]);
    expect(assignMeanings([{ key: 'domain' }, { key: 'org_url' }])).toEqual(['orgDomain', null]);
  });

  it('fills a required runner-up too, since leaving it empty would block the form', () => {
    const fields = [
      { key: 'a', label: 'Okta domain', required: true },
      { key: 'b', label: 'Okta subdomain', required: true },
    ];
    expect(assignMeanings(fields)).toEqual(['orgDomain', 'orgDomain']);
  });
});

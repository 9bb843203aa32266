import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignMeanings,
  authMethodOfChoice,
  type DomainForm,
  domainFormFor,
  type FieldDescriptor,
  type FieldMeaning,
  fieldMeaning,
  formAuthMethod,
  formatOrgDomain,
  isAuthMethodChooser,
  type LinkValues,
  planCredentials,
  planFieldValues,
} from './field-mapping';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGHIJwxyz';
const values: LinkValues = { orgDomain: 'acme.okta.com', token: TOKEN, eventHookName: 'StackOne events' };

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

// The Okta connector as the hub shows it today ("Falcon" config)...
const hubOktaForm: FieldDescriptor[] = [
  {
    key: 'okta_domain',
    label: 'Okta Domain URL',
    type: 'text',
    required: true,
    secret: false,
    placeholder: 'https://your-org.okta.com',
  },
  { key: 'okta_api_token', label: 'API Token', type: 'password', required: true, secret: true },
  { key: 'event_hook_name', label: 'Event Hook Name', type: 'text', required: false, secret: false },
];
// ...and the older connector, which wanted only the subdomain.
const olderOktaForm: FieldDescriptor[] = [
  { key: 'subdomain_x', label: 'Organization URL', type: 'text', required: true, placeholder: 'your-org' },
  { key: 'token_x', label: 'API Token', type: 'password', required: true, secret: true },
];

/** The plan for hubOktaForm with `values`: every field ours, the domain as the URL the connector wants. */
const HUB_OKTA_PLAN = {
  ok: true,
  credentials: {
    okta_domain: 'https://acme.okta.com',
    okta_api_token: TOKEN,
    event_hook_name: 'StackOne events',
  },
  filled: [
    { key: 'okta_domain', meaning: 'orgDomain' },
    { key: 'okta_api_token', meaning: 'apiToken' },
    { key: 'event_hook_name', meaning: 'eventHookName' },
  ],
};

describe('planCredentials', () => {
  it("fills the hub's Okta form", () => {
    expect(planCredentials(hubOktaForm, values)).toEqual(HUB_OKTA_PLAN);
  });

  it('drops an empty optional value, as the real client does', () => {
    const plan = planCredentials(hubOktaForm, {
      orgDomain: 'acme.okta.com',
      token: TOKEN,
      eventHookName: '  ',
    });
    expect(plan.ok && plan.credentials).toEqual({
      okta_domain: 'https://acme.okta.com',
      okta_api_token: TOKEN,
    });
  });

  it('fills the older connector with the subdomain only', () => {
    const plan = planCredentials(olderOktaForm, values);
    expect(plan.ok && plan.credentials).toEqual({ subdomain_x: 'acme', token_x: TOKEN });
  });

  it('names required fields it cannot fill instead of sending a partial request', () => {
    const fields = [
      ...hubOktaForm,
      { key: 'data_region', label: 'Data Region', type: 'text', required: true },
    ];
    expect(planCredentials(fields, values)).toEqual({
      ok: false,
      missingRequired: [{ key: 'data_region', label: 'Data Region' }],
      problems: [],
    });
  });

  it("sends the hub's own default for a field it does not know", () => {
    const fields = [...hubOktaForm, { key: 'region', label: 'Region', required: true, value: 'us' }];
    expect(planCredentials(fields, values)).toMatchObject({ ok: true, credentials: { region: 'us' } });
  });

  it('keeps the value of a read-only field and reports one without a value', () => {
    const fixed = {
      key: 'okta_domain',
      label: 'Okta Domain URL',
      required: true,
      readOnly: true,
      value: 'fixed.okta.com',
    };
    const tokenOnly = hubOktaForm.slice(1);
    expect(planCredentials([fixed, ...tokenOnly], values)).toMatchObject({
      ok: true,
      credentials: { okta_domain: 'fixed.okta.com' },
    });
    const empty = { ...fixed, value: undefined };
    expect(planCredentials([empty, ...tokenOnly], values)).toMatchObject({
      ok: false,
      missingRequired: [{ key: 'okta_domain', label: 'Okta Domain URL' }],
    });
  });

  it('uses the key when a required field has no label', () => {
    const plan = planCredentials([...hubOktaForm, { key: 'tenant_id', required: true }], values);
    expect(plan).toMatchObject({ ok: false, missingRequired: [{ key: 'tenant_id', label: 'tenant_id' }] });
  });

  it('reports a value that fails the hub pattern, without repeating the value', () => {
    const fields = hubOktaForm.map((field) =>
      field.key === 'okta_api_token'
        ? { ...field, validation: { type: 'html-pattern', pattern: '^SSWS ', error: 'Must start with SSWS' } }
        : field,
    );
    const plan = planCredentials(fields, values);
    expect(plan).toEqual({
      ok: false,
      missingRequired: [],
      problems: [
        {
          kind: 'pattern-mismatch',
          key: 'okta_api_token',
          label: 'API Token',
          message: 'The API token does not fit the hub\'s "API Token" field: Must start with SSWS',
        },
      ],
    });
    expect(JSON.stringify(plan)).not.toContain(TOKEN);
  });

  it('explains the pattern when the hub gives no error text', () => {
    const fields = [
      {
        key: 'd',
        label: 'Okta domain',
        required: true,
        validation: { type: 'html-pattern', pattern: '^zzz$' },
      },
      hubOktaForm[1] as FieldDescriptor,
    ];
    expect(planCredentials(fields, values)).toMatchObject({
      ok: false,
      problems: [
        {
          message: 'The Okta domain does not fit the hub\'s "Okta domain" field: it expects the format ^zzz$',
        },
      ],
    });
  });

  it('refuses to send when no field can take the token', () => {
    const plan = planCredentials([hubOktaForm[0] as FieldDescriptor], values);
    expect(plan).toMatchObject({ ok: false, missingRequired: [], problems: [{ kind: 'no-token-field' }] });
  });

  it('refuses to send without a token', () => {
    expect(planCredentials(hubOktaForm, { ...values, token: '' })).toMatchObject({
      ok: false,
      missingRequired: [{ key: 'okta_api_token', label: 'API Token' }],
    });
    const optionalToken = hubOktaForm.map((field) => ({ ...field, required: false }));
    expect(planCredentials(optionalToken, { ...values, token: '' })).toMatchObject({
      ok: false,
      problems: [
        {
          kind: 'no-token-field',
          message: 'There is no API token to send yet. Create the token in Okta first.',
        },
      ],
    });
  });
});

describe("Okta's auth methods: only the API Key form takes the token", () => {
  const oauthForm: FieldDescriptor[] = [
    {
      key: 'okta_domain',
      label: 'Okta Domain URL',
      type: 'text',
      required: true,
      placeholder: 'your-org.okta.com',
    },
    { key: 'client_id', label: 'Client ID', type: 'text', required: true },
    { key: 'client_secret', label: 'Client Secret', type: 'password', secret: true, required: true },
  ];
  const chooser = (value?: string, withOptions = true): FieldDescriptor => ({
    key: 'auth_method',
    label: 'Authentication Method',
    type: 'select',
    required: true,
    value,
    options: withOptions
      ? [
          { value: 'oauth2', label: 'OAuth 2.0' },
          { value: 'api_key', label: 'API Key' },
        ]
      : undefined,
  });

  it.each([
    ['OAuth 2.0', 'oauth'],
    ['OAuth', 'oauth'],
    ['OpenID Connect', 'oauth'],
    ['API Key', 'api-token'],
    ['API token', 'api-token'],
    ['api_key', 'api-token'],
    ['SSWS', 'api-token'],
    ['Choose how to connect', null],
    ['Select Field', null],
    ['', null],
  ] as const)('the choice "%s" names %s', (text, method) => {
    expect(authMethodOfChoice(text)).toBe(method);
  });

  it('knows a method chooser by its label, key or choices, not a text field', () => {
    expect(isAuthMethodChooser(chooser())).toBe(true);
    expect(isAuthMethodChooser({ key: 'auth_type', type: 'select' })).toBe(true);
    expect(isAuthMethodChooser({ key: 'x', label: 'Grant type', type: 'radio' })).toBe(true);
    expect(
      isAuthMethodChooser({
        key: 'mode',
        type: 'select',
        options: [
          { value: 'a', label: 'OAuth 2.0' },
          { value: 'b', label: 'API Key' },
        ],
      }),
    ).toBe(true);
    expect(isAuthMethodChooser({ key: 'region', label: 'Region', type: 'select' })).toBe(false);
    expect(isAuthMethodChooser({ key: 'auth_method', label: 'Authentication method', type: 'text' })).toBe(
      false,
    );
  });

  it('tells the API Key form, the OAuth form and a chooser that holds no method apart', () => {
    expect(formAuthMethod(hubOktaForm)).toBe('api-token');
    expect(formAuthMethod(oauthForm)).toBe('oauth');
    expect(formAuthMethod([{ key: 'redirect_uri', label: 'Redirect URI' }, ...hubOktaForm])).toBe('oauth');
    expect(formAuthMethod([chooser(), ...hubOktaForm])).toBe('unchosen');
    // As a form shows it: the dropdown's text, without its choices.
    expect(formAuthMethod([chooser('Choose how to connect', false), ...hubOktaForm])).toBe('unchosen');
    expect(formAuthMethod([chooser('OAuth 2.0', false), ...hubOktaForm])).toBe('oauth');
    expect(formAuthMethod([chooser('API Key', false), ...hubOktaForm])).toBe('api-token');
    expect(formAuthMethod([chooser('api_key'), ...hubOktaForm])).toBe('api-token');
  });

  it('never plans the token into an OAuth form, whatever its fields are called', () => {
    const withAccessToken = [...oauthForm, { key: 'access_token', label: 'Access Token', type: 'password' }];
    for (const form of [oauthForm, withAccessToken, [chooser('OAuth 2.0', false), ...hubOktaForm]]) {
      const planned = planFieldValues(form, values);
      expect(planned.map((field) => field.value)).not.toContain(TOKEN);
      const plan = planCredentials(form, values);
      expect(plan).toMatchObject({ ok: false, problems: [{ kind: 'oauth-form' }] });
      expect(JSON.stringify(plan)).not.toContain(TOKEN);
    }
  });

  it('never plans the token while a chooser holds no method', () => {
    const form = [chooser('Choose how to connect', false), ...hubOktaForm];
    expect(planFieldValues(form, values).map((field) => field.value)).not.toContain(TOKEN);
  });

  it('chooses API Key in a chooser the connector config describes, for our own request', () => {
    expect(planCredentials([chooser(), ...hubOktaForm], values)).toEqual({
      ...HUB_OKTA_PLAN,
      credentials: { auth_method: 'api_key', ...HUB_OKTA_PLAN.credentials },
    });
  });
});

describe('planFieldValues', () => {
  it('gives the form filler every field with its value and whether the value is ours', () => {
    const fields = [...hubOktaForm, { key: 'region', label: 'Region', value: 'us' }];
    expect(planFieldValues(fields, { orgDomain: 'acme.okta.com', token: TOKEN })).toEqual([
      {
        key: 'okta_domain',
        label: 'Okta Domain URL',
        meaning: 'orgDomain',
        value: 'https://acme.okta.com',
        required: true,
        ours: true,
      },
      {
        key: 'okta_api_token',
        label: 'API Token',
        meaning: 'apiToken',
        value: TOKEN,
        required: true,
        ours: true,
      },
      {
        key: 'event_hook_name',
        label: 'Event Hook Name',
        meaning: 'eventHookName',
        value: '',
        required: false,
        ours: false,
      },
      { key: 'region', label: 'Region', meaning: null, value: 'us', required: false, ours: false },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const labelPool = [
  'Okta Domain URL',
  'Organization URL',
  'Okta domain',
  'Tenant host',
  'API Token',
  'API key',
  'SSWS token',
  'Event Hook Name',
  'Event Hook URL',
  'Token Name',
  'Client ID',
  'Client Secret',
  'Password',
  'Secret',
  'Region',
  'Username',
  '(Optional)',
  '',
];
const keyPool = [
  'domain',
  'subdomain',
  'okta_tenant_host',
  'org_url',
  'token',
  'api_token',
  'svc_credential',
  'event_hook_name',
  'client_id',
  'region',
  'field_1',
];
const placeholderPool = [
  'your-org.okta.com',
  'https://your-org.okta.com',
  'your-org',
  'Paste your SSWS token',
  '',
];

const descriptorArbitrary: fc.Arbitrary<FieldDescriptor> = fc.record(
  {
    key: fc.oneof(fc.constantFrom(...keyPool), fc.string({ minLength: 1, maxLength: 12 })),
    label: fc.oneof(fc.constantFrom(...labelPool), fc.string({ maxLength: 20 })),
    type: fc.constantFrom('text', 'password', 'number', 'select', 'text_area', 'url', 'email'),
    secret: fc.boolean(),
    placeholder: fc.oneof(fc.constantFrom(...placeholderPool), fc.string({ maxLength: 20 })),
    required: fc.boolean(),
    readOnly: fc.boolean(),
    value: fc.constantFrom('us', 'preset.okta.com', 'default'),
    validation: fc.record({
      type: fc.constantFrom('html-pattern', 'domain'),
      pattern: fc.constantFrom('^https://', 'okta', '^[a-z0-9-]+$', '.*', '(['),
    }),
  },
  { requiredKeys: ['key'] },
);

const valuesArbitrary: fc.Arbitrary<LinkValues> = fc.record({
  orgDomain: fc.constantFrom('acme.okta.com', 'beta.oktapreview.com', 'https://gamma.okta-emea.com', ''),
  token: fc.stringMatching(/^00[A-Za-z0-9_-]{38,40}$/),
  eventHookName: fc.option(fc.constantFrom('StackOne', 'Hub events', ''), { nil: undefined }),
});

/** Independent of the implementation: where a person would agree a token may go. */
function mayHoldToken(field: FieldDescriptor): boolean {
  const masked = field.secret === true || field.type === 'password';
  const saysToken = [field.label, field.key, field.placeholder].some((text) =>
    /token|api[\W_]*key|ssws/i.test(text ?? ''),
  );
  return masked || saysToken;
}

describe('properties', () => {
  const fieldsArbitrary = fc.array(descriptorArbitrary, { maxLength: 6 });

  it('maps deterministically', () => {
    fc.assert(
      fc.property(fieldsArbitrary, valuesArbitrary, (fields, linkValues) => {
        const copy = structuredClone(fields);
        expect(planCredentials(copy, linkValues)).toEqual(planCredentials(fields, linkValues));
        expect(planFieldValues(copy, linkValues)).toEqual(planFieldValues(fields, linkValues));
        expect(copy.map(fieldMeaning)).toEqual(fields.map(fieldMeaning));
      }),
      { numRuns: 400 },
    );
  });

  it('never puts the token into a field that is neither masked nor about a token', () => {
    fc.assert(
      fc.property(fieldsArbitrary, valuesArbitrary, (fields, linkValues) => {
        planFieldValues(fields, linkValues).forEach((planned, index) => {
          if (planned.value.includes(linkValues.token))
            expect(mayHoldToken(fields[index] as FieldDescriptor)).toBe(true);
        });
        const plan = planCredentials(fields, linkValues);
        if (!plan.ok) {
          expect(JSON.stringify(plan)).not.toContain(linkValues.token);
          return;
        }
        for (const [key, value] of Object.entries(plan.credentials)) {
          if (!value.includes(linkValues.token)) continue;
          expect(fields.filter((field) => field.key === key).some(mayHoldToken)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a meaning to two fields only when both are required', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        const meanings = assignMeanings(fields);
        for (const meaning of ['orgDomain', 'apiToken', 'eventHookName'] as const) {
          const optionalHolders = fields.filter(
            (field, index) => meanings[index] === meaning && !field.required,
          );
          const holders = meanings.filter((assigned) => assigned === meaning).length;
          if (holders > 1) expect(optionalHolders.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('only ever fills a meaning that the field has on its own', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        assignMeanings(fields).forEach((meaning, index) => {
          if (meaning) expect(fieldMeaning(fields[index] as FieldDescriptor)).toBe(meaning);
        });
      }),
      { numRuns: 400 },
    );
  });
});

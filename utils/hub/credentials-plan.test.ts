import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCredentials, planFieldValues } from './credentials-plan';
import { assignMeanings, fieldMeaning } from './field-meaning';
import type { FieldDescriptor, LinkValues } from './hub-fields';
import { HUB_OKTA_PLAN, hubOktaForm, olderOktaForm, TOKEN, values } from './hub-forms.fixture';

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

import { describe, expect, it } from 'vitest';
import {
  accountCreatedSchema,
  connectorAnswerSchema,
  connectorsListSchema,
  fieldSchema,
  fieldsOfConfig,
  hubErrorBodySchema,
  hubSettingsSchema,
  type Integration,
  isLegacyConfig,
  type LegacyConfig,
} from './schemas';

const oktaIntegration = {
  active: true,
  name: 'Okta',
  provider: 'okta',
  type: 'hris',
  version: '1.0.0',
  authentication_config_key: 'api_token',
  environment: 'production',
  integration_id: 'int-okta-1',
  logo_url: 'https://logos.example/okta.png',
};

const domainField = {
  key: 'okta_domain',
  label: 'Okta Domain URL',
  type: 'text',
  required: true,
  readOnly: false,
  secret: false,
  placeholder: 'https://your-org.okta.com',
};
const tokenField = {
  key: 'api_token',
  label: 'API Token',
  type: 'password',
  required: true,
  readOnly: false,
  secret: true,
  placeholder: '',
};

function integration(overrides: Partial<Integration> = {}): Integration {
  return { ...integrationSchemaDefaults(), ...overrides };
}
function integrationSchemaDefaults(): Integration {
  return connectorsListSchema.parse({ integrations: [oktaIntegration] }).integrations[0] as Integration;
}

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('hubSettingsSchema', () => {
  it('reads the settings and keeps unknown keys', () => {
    const settings = hubSettingsSchema.parse({
      enabled_features: ['a'],
      existing_account_id: 'acc-1',
      extra: 1,
    });
    expect(settings).toMatchObject({ enabled_features: ['a'], existing_account_id: 'acc-1', extra: 1 });
  });

  it('treats missing or null values as absent', () => {
    expect(hubSettingsSchema.parse({})).toEqual({ enabled_features: [], existing_account_id: undefined });
    expect(hubSettingsSchema.parse({ enabled_features: null, existing_account_id: null })).toEqual({
      enabled_features: [],
      existing_account_id: undefined,
    });
  });

  it('refuses features that are not a list of texts', () => {
    expect(hubSettingsSchema.safeParse({ enabled_features: 'all' }).success).toBe(false);
  });
});

describe('connectorsListSchema', () => {
  it('reads integrations and tolerates extra keys at every level', () => {
    const list = connectorsListSchema.parse({
      integrations: [{ ...oktaIntegration, category: 'iam' }],
      page: 1,
    });
    expect(list.integrations[0]).toMatchObject({
      integration_id: 'int-okta-1',
      provider: 'okta',
      category: 'iam',
    });
  });

  it('accepts integrations without the legacy keys (Falcon connectors)', () => {
    const { authentication_config_key: _key, environment: _environment, ...falcon } = oktaIntegration;
    const list = connectorsListSchema.parse({ integrations: [falcon] });
    expect(list.integrations[0]?.authentication_config_key).toBeUndefined();
  });

  it.each([
    ['integration_id', 'integrations.0.integration_id'],
    ['provider', 'integrations.0.provider'],
    ['active', 'integrations.0.active'],
    ['name', 'integrations.0.name'],
  ])('names a missing %s', (key, path) => {
    const broken: Record<string, unknown> = { ...oktaIntegration };
    delete broken[key];
    expect(issuePaths(connectorsListSchema.safeParse({ integrations: [broken] }))).toEqual([path]);
  });

  it('refuses an empty integration id and a non-list', () => {
    expect(
      connectorsListSchema.safeParse({ integrations: [{ ...oktaIntegration, integration_id: '' }] }).success,
    ).toBe(false);
    expect(connectorsListSchema.safeParse({ integrations: {} }).success).toBe(false);
    expect(connectorsListSchema.safeParse([]).success).toBe(false);
  });
});

describe('fieldSchema', () => {
  it('reads a complete field', () => {
    const field = fieldSchema.parse({
      ...domainField,
      description: 'Your Okta org',
      tooltip: 'From the admin console',
      validation: { type: 'html-pattern', pattern: '^https://', error: 'Must start with https://' },
    });
    expect(field).toMatchObject({
      key: 'okta_domain',
      required: true,
      validation: { type: 'html-pattern', pattern: '^https://', error: 'Must start with https://' },
    });
  });

  it('normalises what the real client tolerates: missing required, null texts, non-text values', () => {
    const field = fieldSchema.parse({
      key: 'port',
      label: 'Port',
      type: 'number',
      placeholder: null,
      value: 443,
      validation: null,
    });
    expect(field).toMatchObject({
      required: false,
      placeholder: undefined,
      value: '443',
      validation: undefined,
    });
    expect(fieldSchema.parse({ ...domainField, value: true }).value).toBe('true');
    expect(fieldSchema.parse({ ...domainField, value: null }).value).toBeUndefined();
  });

  it('is strict on what the mapping reads', () => {
    expect(fieldSchema.safeParse({ ...domainField, key: '' }).success).toBe(false);
    expect(fieldSchema.safeParse({ ...domainField, label: 3 }).success).toBe(false);
    expect(fieldSchema.safeParse({ ...domainField, secret: 'yes' }).success).toBe(false);
    expect(fieldSchema.safeParse({ ...domainField, validation: { type: 'html-pattern' } }).success).toBe(
      false,
    );
    expect(fieldSchema.safeParse({ ...domainField, value: { a: 1 } }).success).toBe(false);
  });
});

describe('connectorAnswerSchema', () => {
  const falcon = {
    key: 'okta',
    name: 'Okta',
    type: 'custom',
    configFields: [domainField, tokenField],
    support: {},
  };
  const legacy = {
    key: 'okta',
    name: 'Okta',
    authentication: {
      api_token: { production: { type: 'custom', fields: [domainField, tokenField], guide: {} } },
    },
  };

  it('reads a Falcon config', () => {
    const { config } = connectorAnswerSchema.parse({ config: falcon, hub_settings: {} });
    expect(isLegacyConfig(config)).toBe(false);
    const fields = isLegacyConfig(config) ? [] : config.configFields;
    expect(fields.map((field) => field.key)).toEqual(['okta_domain', 'api_token']);
  });

  it('reads a legacy config', () => {
    const { config } = connectorAnswerSchema.parse({ config: legacy });
    expect(isLegacyConfig(config)).toBe(true);
    expect((config as LegacyConfig).authentication.api_token?.production?.fields).toHaveLength(2);
  });

  it('reports a broken Falcon field by its full path', () => {
    const broken = { ...falcon, configFields: [{ ...domainField, key: undefined }] };
    expect(issuePaths(connectorAnswerSchema.safeParse({ config: broken }))).toEqual([
      'config.configFields.0.key',
    ]);
  });

  it('reports a broken legacy field against the legacy shape', () => {
    const broken = {
      ...legacy,
      authentication: {
        api_token: { production: { type: 'custom', fields: [{ ...tokenField, label: null }] } },
      },
    };
    expect(issuePaths(connectorAnswerSchema.safeParse({ config: broken }))).toEqual([
      'config.authentication.api_token.production.fields.0.label',
    ]);
  });

  it('reports a config of neither shape as a Falcon config without fields', () => {
    expect(issuePaths(connectorAnswerSchema.safeParse({ config: { key: 'okta', name: 'Okta' } }))).toEqual([
      'config.configFields',
    ]);
    expect(connectorAnswerSchema.safeParse({}).success).toBe(false);
    expect(connectorAnswerSchema.safeParse({ config: 'okta' }).success).toBe(false);
  });
});

describe('accountCreatedSchema', () => {
  it('reads the created account', () => {
    expect(accountCreatedSchema.parse({ id: 'acc-1', provider: 'okta', extra: true })).toMatchObject({
      id: 'acc-1',
      provider: 'okta',
    });
    expect(accountCreatedSchema.parse({ id: 'acc-1' }).provider).toBeUndefined();
  });

  it('needs an id', () => {
    expect(accountCreatedSchema.safeParse({ provider: 'okta' }).success).toBe(false);
    expect(accountCreatedSchema.safeParse({ id: '' }).success).toBe(false);
    expect(accountCreatedSchema.safeParse({ id: 42 }).success).toBe(false);
  });
});

describe('hubErrorBodySchema', () => {
  it.each([
    ['a text', 'Invalid token provided'],
    ['an object', { errorCode: 'E0000011', errorSummary: 'Invalid token' }],
    ['a list', [{ errorSummary: 'Invalid token' }]],
  ])('takes a provider_response that is %s', (_, providerResponse) => {
    const body = hubErrorBodySchema.parse({
      statusCode: 400,
      message: 'Bad credentials',
      provider_response: providerResponse,
    });
    expect(body.provider_response).toEqual(providerResponse);
  });

  it('joins NestJS-style message lists and allows a missing status code', () => {
    const body = hubErrorBodySchema.parse({ message: ['a is wrong', 'b is wrong'] });
    expect(body.message).toBe('a is wrong; b is wrong');
    expect(body.statusCode).toBeUndefined();
  });

  it('needs a message', () => {
    expect(hubErrorBodySchema.safeParse({ statusCode: 400 }).success).toBe(false);
  });
});

describe('fieldsOfConfig', () => {
  const field = (key: string) => fieldSchema.parse({ ...domainField, key });

  it('returns the fields of a Falcon config', () => {
    const result = fieldsOfConfig(
      { key: 'okta', name: 'Okta', type: 'custom', configFields: [field('a')] },
      integration(),
    );
    expect(result).toEqual({ ok: true, shape: 'falcon', fields: [field('a')] });
  });

  it("picks the legacy authentication of the integration's key and environment", () => {
    const config: LegacyConfig = {
      key: 'okta',
      name: 'Okta',
      authentication: {
        oauth: { production: { type: 'oauth2', fields: [field('oauth')] } },
        api_token: {
          production: { type: 'custom', fields: [field('prod')] },
          sandbox: { type: 'custom', fields: [field('sandbox')] },
        },
      },
    };
    const result = fieldsOfConfig(config, integration({ environment: 'sandbox' }));
    expect(result).toEqual({ ok: true, shape: 'legacy', fields: [field('sandbox')] });
  });

  it('falls back to the only authentication when the key or environment is missing or unknown', () => {
    const config: LegacyConfig = {
      key: 'okta',
      name: 'Okta',
      authentication: { custom: { prod: { type: 'custom', fields: [field('only')] } } },
    };
    for (const ref of [
      integration(),
      integration({ authentication_config_key: undefined, environment: undefined }),
      integration({ authentication_config_key: 'custom', environment: 'staging' }),
    ]) {
      expect(fieldsOfConfig(config, ref)).toEqual({ ok: true, shape: 'legacy', fields: [field('only')] });
    }
  });

  it('names what it looked for and what exists when nothing fits', () => {
    const config: LegacyConfig = {
      key: 'okta',
      name: 'Okta',
      authentication: {
        a: { production: { type: 'custom', fields: [] } },
        b: { production: { type: 'custom', fields: [] }, sandbox: { type: 'custom', fields: [] } },
      },
    };
    const result = fieldsOfConfig(config, integration());
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'authentication-not-found',
        message:
          'The hub\'s "Okta" connector has no authentication settings for api_token/production (it offers a/production, b/production, b/sandbox).',
      },
    });
  });

  it('refuses OAuth-redirect connectors, which cannot take a token', () => {
    const falcon = fieldsOfConfig(
      { key: 'okta', name: 'Okta', type: 'oauth2', configFields: [] },
      integration(),
    );
    expect(falcon).toMatchObject({ ok: false, problem: { kind: 'oauth-only' } });
    const legacy = fieldsOfConfig(
      {
        key: 'okta',
        name: 'Okta',
        authentication: { api_token: { production: { type: 'oauth2', fields: [] } } },
      },
      integration(),
    );
    expect(legacy).toMatchObject({ ok: false, problem: { kind: 'oauth-only' } });
  });

  it('keeps OAuth client-credentials connectors, whose fields are a form', () => {
    const config = {
      key: 'okta',
      name: 'Okta',
      type: 'oauth2',
      grantType: 'client_credentials',
      configFields: [field('a')],
    };
    expect(fieldsOfConfig(config, integration())).toMatchObject({ ok: true, fields: [field('a')] });
  });
});

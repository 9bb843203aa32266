import { describe, expect, it, vi } from 'vitest';
import { HubError } from './client';
import { type LinkClient, linkOktaAccount } from './link';
import {
  type AccountCreated,
  accountCreatedSchema,
  type ConnectorConfig,
  connectorAnswerSchema,
  connectorsListSchema,
  type Integration,
} from './schemas';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGHIJwxyz';
const values = { orgDomain: 'acme.okta.com', token: TOKEN, eventHookName: 'StackOne' };

function integration(id: string, overrides: Record<string, unknown> = {}): Integration {
  const raw = {
    integration_id: id,
    provider: 'okta',
    name: `Okta ${id}`,
    active: true,
    authentication_config_key: 'api_token',
    environment: 'production',
    ...overrides,
  };
  return connectorsListSchema.parse({ integrations: [raw] }).integrations[0] as Integration;
}

function config(raw: unknown): ConnectorConfig {
  return connectorAnswerSchema.parse({ config: raw }).config;
}

const hubForm = [
  {
    key: 'okta_domain',
    label: 'Okta Domain URL',
    type: 'text',
    required: true,
    placeholder: 'https://your-org.okta.com',
  },
  { key: 'okta_api_token', label: 'API Token', type: 'password', required: true, secret: true },
  { key: 'event_hook_name', label: 'Event Hook Name', type: 'text', required: false },
];
const falcon = config({ key: 'okta', name: 'Okta', type: 'custom', configFields: hubForm });

function fakeClient(
  integrations: Integration[],
  connector: ConnectorConfig = falcon,
  created: AccountCreated = accountCreatedSchema.parse({ id: 'acc-1', provider: 'okta' }),
) {
  return {
    listOktaIntegrations: vi.fn(async () => integrations),
    getConnectorConfig: vi.fn(async (_id: string) => connector),
    createAccount: vi.fn(async (_id: string, _credentials: Record<string, string>) => created),
  } satisfies LinkClient;
}

describe('linkOktaAccount', () => {
  it('links through the only Okta integration', async () => {
    const client = fakeClient([integration('int-1')]);
    await expect(linkOktaAccount(client, values)).resolves.toEqual({
      status: 'linked',
      accountId: 'acc-1',
      provider: 'okta',
      integrationId: 'int-1',
    });
    expect(client.getConnectorConfig).toHaveBeenCalledWith('int-1');
    expect(client.createAccount).toHaveBeenCalledTimes(1);
    expect(client.createAccount).toHaveBeenCalledWith('int-1', {
      okta_domain: 'https://acme.okta.com',
      okta_api_token: TOKEN,
      event_hook_name: 'StackOne',
    });
  });

  it("uses the integration's provider when the answer has none", async () => {
    const client = fakeClient(
      [integration('int-1', { provider: 'Okta' })],
      falcon,
      accountCreatedSchema.parse({ id: 'acc-2' }),
    );
    await expect(linkOktaAccount(client, values)).resolves.toMatchObject({
      accountId: 'acc-2',
      provider: 'Okta',
    });
  });

  it('says clearly when the hub offers no Okta integration', async () => {
    const client = fakeClient([]);
    await expect(linkOktaAccount(client, values)).resolves.toEqual({
      status: 'cannot-link',
      reason: 'no-okta-integration',
      message:
        'The hub offers no active Okta integration for this session. Ask the vendor to enable Okta in their StackOne project, then open the hub again.',
    });
    expect(client.getConnectorConfig).not.toHaveBeenCalled();
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('asks which integration to use when there are several', async () => {
    const client = fakeClient([integration('int-1'), integration('int-2', { environment: undefined })]);
    await expect(linkOktaAccount(client, values)).resolves.toEqual({
      status: 'choose-integration',
      integrations: [
        { id: 'int-1', name: 'Okta int-1', environment: 'production' },
        { id: 'int-2', name: 'Okta int-2' },
      ],
    });
    // Each form was read, to ask only between those that take an API token.
    expect(client.getConnectorConfig).toHaveBeenCalledTimes(2);
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('links through the chosen integration', async () => {
    const client = fakeClient([integration('int-1'), integration('int-2')]);
    await expect(linkOktaAccount(client, values, { integrationId: 'int-2' })).resolves.toMatchObject({
      status: 'linked',
      integrationId: 'int-2',
    });
    expect(client.createAccount).toHaveBeenCalledWith('int-2', expect.any(Object));
  });

  it('refuses a choice the hub no longer offers', async () => {
    const client = fakeClient([integration('int-1')]);
    await expect(linkOktaAccount(client, values, { integrationId: 'int-9' })).resolves.toMatchObject({
      status: 'cannot-link',
      reason: 'unknown-integration',
    });
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('reads the fields of a legacy config by authentication key and environment', async () => {
    const legacy = config({
      key: 'okta',
      name: 'Okta',
      authentication: {
        api_token: {
          production: {
            type: 'custom',
            fields: [
              {
                key: 'org',
                label: 'Organization URL',
                type: 'text',
                required: true,
                placeholder: 'your-org',
              },
              { key: 'tok', label: 'API Token', type: 'password', required: true, secret: true },
            ],
          },
        },
      },
    });
    const client = fakeClient([integration('int-1')], legacy);
    await expect(linkOktaAccount(client, values)).resolves.toMatchObject({ status: 'linked' });
    expect(client.createAccount).toHaveBeenCalledWith('int-1', { org: 'acme', tok: TOKEN });
  });

  it('refuses a connector that only signs in with OAuth', async () => {
    const oauth = config({ key: 'okta', name: 'Okta', type: 'oauth2', configFields: [] });
    const client = fakeClient([integration('int-1')], oauth);
    await expect(linkOktaAccount(client, values)).resolves.toMatchObject({
      status: 'cannot-link',
      reason: 'oauth-only',
      message: expect.stringContaining("enable Okta's API Key method"),
    });
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  describe("a hub that offers Okta's OAuth 2.0 and API Key methods", () => {
    const oauthFields = [
      { key: 'okta_domain', label: 'Okta Domain URL', type: 'text', required: true },
      { key: 'client_id', label: 'Client ID', type: 'text', required: true },
      { key: 'client_secret', label: 'Client Secret', type: 'password', secret: true, required: true },
    ];
    /** Both integrations named "Okta", as the hub's list shows them; OAuth 2.0 listed first. */
    const twoOktas = [
      integration('int-oauth', { name: 'Okta', authentication_config_key: 'oauth2' }),
      integration('int-key', { name: 'Okta' }),
    ];
    const byId = (configs: Record<string, ConnectorConfig>) => {
      const client = fakeClient(twoOktas);
      client.getConnectorConfig.mockImplementation(async (id: string) => configs[id] as ConnectorConfig);
      return client;
    };

    it('links the integration whose form takes an API token, without asking (Falcon: an oauth2 config)', async () => {
      const client = byId({
        'int-oauth': config({ key: 'okta', name: 'Okta', type: 'oauth2', configFields: oauthFields }),
        'int-key': falcon,
      });
      await expect(linkOktaAccount(client, values)).resolves.toMatchObject({
        status: 'linked',
        integrationId: 'int-key',
      });
      expect(client.createAccount).toHaveBeenCalledTimes(1);
      expect(client.createAccount).toHaveBeenCalledWith(
        'int-key',
        expect.objectContaining({ okta_api_token: TOKEN }),
      );
    });

    it('the same with the legacy shape: each integration names its auth config', async () => {
      const legacy = config({
        key: 'okta',
        name: 'Okta',
        authentication: {
          oauth2: { production: { type: 'oauth2', fields: oauthFields } },
          api_token: { production: { type: 'custom', fields: hubForm } },
        },
      });
      const client = byId({ 'int-oauth': legacy, 'int-key': legacy });
      await expect(linkOktaAccount(client, values)).resolves.toMatchObject({ integrationId: 'int-key' });
    });

    it('an OAuth form the config calls "custom" is still no place for the token', async () => {
      const client = byId({
        'int-oauth': config({ key: 'okta', name: 'Okta', type: 'custom', configFields: oauthFields }),
        'int-key': falcon,
      });
      await expect(linkOktaAccount(client, values)).resolves.toMatchObject({ integrationId: 'int-key' });
    });

    it('the admin chose the OAuth one: refused, nothing sent', async () => {
      const client = byId({
        'int-oauth': config({ key: 'okta', name: 'Okta', type: 'oauth2', configFields: oauthFields }),
        'int-key': falcon,
      });
      await expect(linkOktaAccount(client, values, { integrationId: 'int-oauth' })).resolves.toMatchObject({
        status: 'cannot-link',
        reason: 'oauth-only',
      });
      expect(client.createAccount).not.toHaveBeenCalled();
    });

    it('one integration whose form asks for the method first: API Key is chosen in what is sent', async () => {
      const chooser = {
        key: 'auth_method',
        label: 'Authentication Method',
        type: 'select',
        required: true,
        options: [
          { value: 'oauth2', label: 'OAuth 2.0' },
          { value: 'api_key', label: 'API Key' },
        ],
      };
      const client = fakeClient(
        [integration('int-1')],
        config({ key: 'okta', name: 'Okta', type: 'custom', configFields: [chooser, ...hubForm] }),
      );
      await expect(linkOktaAccount(client, values)).resolves.toMatchObject({ status: 'linked' });
      expect(client.createAccount).toHaveBeenCalledWith(
        'int-1',
        expect.objectContaining({ auth_method: 'api_key', okta_api_token: TOKEN }),
      );
    });
  });

  it('names the required fields it cannot fill and posts nothing', async () => {
    const withRegion = config({
      key: 'okta',
      name: 'Okta',
      configFields: [...hubForm, { key: 'data_region', label: 'Data Region', type: 'text', required: true }],
    });
    const client = fakeClient([integration('int-1')], withRegion);
    await expect(linkOktaAccount(client, values)).resolves.toEqual({
      status: 'missing-fields',
      integrationId: 'int-1',
      fields: [{ key: 'data_region', label: 'Data Region' }],
      problems: [],
    });
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('reports a value the hub form would refuse and posts nothing', async () => {
    const strict = config({
      key: 'okta',
      name: 'Okta',
      configFields: hubForm.map((field) =>
        field.key === 'okta_domain'
          ? {
              ...field,
              validation: {
                type: 'html-pattern',
                pattern: '^https://[a-z0-9-]+\\.okta\\.com$',
                error: 'Use an okta.com URL',
              },
            }
          : field,
      ),
    });
    const client = fakeClient([integration('int-1')], strict);
    const outcome = await linkOktaAccount(client, { ...values, orgDomain: 'acme.oktapreview.com' });
    expect(outcome).toMatchObject({
      status: 'missing-fields',
      fields: [],
      problems: [
        {
          kind: 'pattern-mismatch',
          key: 'okta_domain',
          message: expect.stringContaining('Use an okta.com URL'),
        },
      ],
    });
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('lets hub failures through as HubError', async () => {
    const client = fakeClient([integration('int-1')]);
    const failure = new HubError('session', 'Hub session expired or invalid (401).', {
      endpoint: 'POST /hub/accounts',
      status: 401,
      attempts: 1,
    });
    client.createAccount.mockRejectedValueOnce(failure);
    await expect(linkOktaAccount(client, values)).rejects.toBe(failure);
  });
});

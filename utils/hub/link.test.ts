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
    expect(client.getConnectorConfig).not.toHaveBeenCalled();
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
      reason: 'unusable-config',
      message: expect.stringContaining('OAuth'),
    });
    expect(client.createAccount).not.toHaveBeenCalled();
  });

  it('names the required fields it cannot fill and posts nothing', async () => {
    const withClientId = config({
      key: 'okta',
      name: 'Okta',
      configFields: [...hubForm, { key: 'client_id', label: 'Client ID', type: 'text', required: true }],
    });
    const client = fakeClient([integration('int-1')], withClientId);
    await expect(linkOktaAccount(client, values)).resolves.toEqual({
      status: 'missing-fields',
      integrationId: 'int-1',
      fields: [{ key: 'client_id', label: 'Client ID' }],
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

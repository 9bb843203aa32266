// @vitest-environment node
/*
 * The extension's hub client and link flow (utils/hub) against this stub hub backend over loopback HTTP
 * with the real fetch (real servers, so it lives beside the sandbox, not among the unit tests): every connector shape and field variant, several integrations, and the faults that
 * decide whether a link request may be sent again.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubClient, type HubClientOptions, HubError } from '../../utils/hub/client';
import { linkOktaAccount } from '../../utils/hub/link';
import { HUB_CLIENT_VERSION } from '../../utils/hub/transport';
import { DEFAULT_SESSION, type HubSandbox, startHubSandbox } from './server';

const TOKEN = '00Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3a';
const values = { orgDomain: 'acme.okta.com', token: TOKEN, eventHookName: 'StackOne events' };

let hub: HubSandbox;

beforeAll(async () => {
  hub = await startHubSandbox();
});
afterAll(async () => {
  await hub?.close();
});
beforeEach(() => {
  hub.reset();
});

function client(options: Partial<HubClientOptions> = {}) {
  return createHubClient({
    baseUrl: hub.backendOrigin,
    sessionToken: DEFAULT_SESSION,
    retry: { baseDelayMs: 1, maxDelayMs: 20 },
    ...options,
  });
}

const apiCalls = () => hub.requests.filter((request) => request.method !== 'OPTIONS');

describe('linking against the stub hub', () => {
  const expectedCredentials = {
    standard: { okta_domain: 'acme.okta.com', api_token: TOKEN, event_hook_name: 'StackOne events' },
    url: { okta_domain_url: 'https://acme.okta.com', api_token: TOKEN, event_hook_name: 'StackOne events' },
    subdomain: { subdomain: 'acme', token: TOKEN },
    'unknown-keys': {
      okta_tenant_host: 'acme.okta.com',
      svc_credential: TOKEN,
      notif_hook_title: 'StackOne events',
    },
  } as const;

  for (const shape of ['falcon', 'legacy'] as const) {
    for (const [fields, credentials] of Object.entries(expectedCredentials)) {
      it(`fills the ${fields} fields of a ${shape} connector`, async () => {
        hub.setConnector({ shape, fields: fields as keyof typeof expectedCredentials });
        const outcome = await linkOktaAccount(client(), values);
        expect(outcome).toMatchObject({ status: 'linked', provider: 'okta', integrationId: 'int_okta_01' });
        expect(hub.accounts).toHaveLength(1);
        expect(hub.accounts[0]?.credentials).toEqual(credentials);
        expect(outcome.status === 'linked' && outcome.accountId).toBe(hub.accounts[0]?.id);
      });
    }
  }

  for (const shape of ['falcon', 'legacy'] as const) {
    it(`a ${shape} hub offering Okta's OAuth 2.0 and API Key: links the API Key integration, no "pick one"`, async () => {
      hub.setConnector({ shape, authMethods: 'both' });
      const outcome = await linkOktaAccount(client(), values);
      expect(outcome).toMatchObject({ status: 'linked', integrationId: 'int_okta_01' });
      expect(hub.accounts.map((account) => account.credentials)).toEqual([expectedCredentials.standard]);
      expect(apiCalls().filter((call) => call.method === 'POST')).toHaveLength(1);
    });

    it(`a ${shape} connector that asks for the method first: chooses API Key`, async () => {
      hub.setConnector({ shape, authMethods: 'chooser' });
      expect(await linkOktaAccount(client(), values)).toMatchObject({ status: 'linked' });
      expect(hub.accounts[0]?.credentials).toEqual({
        auth_method: 'api_key',
        ...expectedCredentials.standard,
      });
    });
  }

  it('sends the headers of the real client on every call', async () => {
    await linkOktaAccount(client(), values);
    const calls = apiCalls();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /hub/connectors?provider=okta',
      'GET /hub/connectors/int_okta_01',
      'POST /hub/accounts',
    ]);
    for (const call of calls) {
      expect(call.headers).toMatchObject({
        'content-type': 'application/json',
        'x-hub-session-token': DEFAULT_SESSION,
        'x-hub-version': HUB_CLIENT_VERSION,
      });
    }
  });

  it('asks which integration to use, then links the chosen one (legacy, sandbox environment)', async () => {
    hub.setConnector({ shape: 'legacy', integrations: 2, others: 2 });
    const first = await linkOktaAccount(client(), values);
    expect(first).toEqual({
      status: 'choose-integration',
      integrations: [
        { id: 'int_okta_01', name: 'Okta', environment: 'production' },
        { id: 'int_okta_02', name: 'Okta (EU cell)', environment: 'sandbox' },
      ],
    });
    const second = await linkOktaAccount(client(), values, { integrationId: 'int_okta_02' });
    expect(second).toMatchObject({ status: 'linked', integrationId: 'int_okta_02' });
    expect(hub.accounts.map((account) => account.integrationId)).toEqual(['int_okta_02']);
  });

  it("shows the hub's refusal with the provider's answer", async () => {
    const error = await linkOktaAccount(client(), { ...values, orgDomain: 'acme-admin.okta.com' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(error.message).toContain('Could not verify the Okta credentials');
    expect(error.providerResponse).toContain('Admin Console address');
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('faults', () => {
  it('reports an unknown session without retrying', async () => {
    const error = await client({ sessionToken: 'hub-session-expired' })
      .listOktaIntegrations()
      .catch((e) => e);
    expect(error).toMatchObject({ kind: 'session', status: 401 });
    expect(error.message).not.toContain('hub-session-expired');
    expect(apiCalls()).toHaveLength(1);
  });

  it('retries a POST the hub turned away with 503 and creates one account', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', status: 503, retryAfterSeconds: 0 });
    await expect(linkOktaAccount(client(), values)).resolves.toMatchObject({ status: 'linked' });
    expect(apiCalls().filter((call) => call.method === 'POST')).toHaveLength(2);
    expect(hub.accounts).toHaveLength(1);
  });

  it('never repeats a POST the hub handled before the connection dropped', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', succeedThenDrop: true });
    const error = await linkOktaAccount(client(), values).catch((e) => e);
    expect(error).toMatchObject({ kind: 'outcome-unknown' });
    expect(error.message).toContain('may have created the account');
    expect(hub.accounts).toHaveLength(1);
    expect(apiCalls().filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('never repeats a POST whose connection was reset', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', reset: true });
    await expect(linkOktaAccount(client(), values)).rejects.toMatchObject({ kind: 'outcome-unknown' });
    expect(apiCalls().filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('never repeats a POST that timed out', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', hang: true });
    await expect(linkOktaAccount(client({ timeoutMs: 300 }), values)).rejects.toMatchObject({
      kind: 'outcome-unknown',
    });
    expect(apiCalls().filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('retries GETs that hang, then reports the timeout', async () => {
    hub.failNext({ method: 'GET', path: '/hub/settings', hang: true, times: 3 });
    const error = await client({ timeoutMs: 200 })
      .getSettings()
      .catch((e) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 3 });
  });

  it('names what is wrong with a malformed answer', async () => {
    hub.failNext({ method: 'GET', path: '/hub/connectors', status: 200, rawBody: '{"integrations": [' });
    await expect(client().listOktaIntegrations()).rejects.toMatchObject({
      kind: 'malformed',
      message: 'The hub answered GET /hub/connectors with something unexpected: the answer is not JSON',
    });
  });
});

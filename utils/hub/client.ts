import type * as z from 'zod/mini';
import { missingSessionError } from './hub-errors';
import {
  type AccountCreated,
  accountCreatedSchema,
  type ConnectorConfig,
  connectorAnswerSchema,
  connectorsListSchema,
  type HubSettings,
  hubSettingsSchema,
  type Integration,
} from './schemas';
import { checkHubBaseUrl } from './session';
import {
  type Call,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type RetryPolicy,
  send,
  type TransportSettings,
} from './transport';

/*
 * The hub backend's endpoints as the official client (`@stackone/hub` 1.11.x) calls them, for a background
 * worker: each call goes through the transport (timeouts, bounded retries, validated answers) and fails
 * with a HubError whose message is written for the admin. No message ever holds the session token or a
 * credential value.
 */

/** Callers catch what the client throws without knowing where it is made. */
export { HubError } from './hub-errors';

export interface HubClientOptions {
  baseUrl: string;
  sessionToken: string;
  fetch?: typeof globalThis.fetch;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); spreads retries of many clients apart. */
  random?: () => number;
  /** Milliseconds since the epoch; reads `Retry-After` dates. */
  now?: () => number;
}

export interface HubClient {
  getSettings(): Promise<HubSettings>;
  /** The hub's active Okta integrations. */
  listOktaIntegrations(): Promise<Integration[]>;
  getConnectorConfig(integrationId: string): Promise<ConnectorConfig>;
  /** Not idempotent: the transport never sends it again when it may have created the account. */
  createAccount(integrationId: string, credentials: Record<string, string>): Promise<AccountCreated>;
  /** The hub backend's own word that an account exists for this session (`GET /hub/accounts/{id}`). */
  confirmAccount(accountId: string): Promise<boolean>;
}

export function createHubClient(options: HubClientOptions): HubClient {
  const base = checkHubBaseUrl(options.baseUrl);
  if (!base.ok) throw new TypeError(`Cannot talk to the hub: ${base.reason}`);
  if (!options.sessionToken.trim()) throw missingSessionError();
  const settings: TransportSettings = {
    baseUrl: base.baseUrl,
    sessionToken: options.sessionToken,
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  const call = <T>(request: Call, schema: z.ZodMiniType<T>) => send(settings, request, schema);

  return {
    getSettings: () => call({ method: 'GET', path: '/hub/settings' }, hubSettingsSchema),
    listOktaIntegrations: async () => {
      const list = await call(
        { method: 'GET', path: '/hub/connectors', query: 'provider=okta' },
        connectorsListSchema,
      );
      return list.integrations.filter((integration) => integration.active && isOkta(integration));
    },
    getConnectorConfig: async (integrationId) => {
      const path = `/hub/connectors/${encodeURIComponent(requireId(integrationId))}`;
      const answer = await call({ method: 'GET', path }, connectorAnswerSchema);
      return answer.config;
    },
    createAccount: async (integrationId, credentials) => {
      const sent = withoutEmptyValues(credentials);
      const body = { integration_id: requireId(integrationId), credentials: sent };
      return call(
        { method: 'POST', path: '/hub/accounts', body, secrets: Object.values(sent) },
        accountCreatedSchema,
      );
    },
    confirmAccount: async (accountId) => {
      const path = `/hub/accounts/${encodeURIComponent(requireId(accountId))}`;
      const answer = await call({ method: 'GET', path }, accountCreatedSchema);
      return answer.id === accountId;
    },
  };
}

function isOkta(integration: Integration): boolean {
  return integration.provider.toLowerCase() === 'okta';
}

function requireId(integrationId: string): string {
  if (!integrationId.trim()) throw new TypeError('An integration id is required.');
  return integrationId;
}

/** The real client drops empty values before posting; an empty string would overwrite nothing useful. */
function withoutEmptyValues(credentials: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(credentials).filter(([, value]) => value !== ''));
}

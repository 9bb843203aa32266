/*
 * Connector data served by the stub hub backend: the integrations list and the connector configs in the
 * two shapes the real client (`@stackone/hub` 1.10.1 and 1.11.4) understands, with interchangeable
 * field sets ("variants") so tests can prove the extension maps fields by meaning, not by key.
 */

export type ConfigShape = 'falcon' | 'legacy';
export type FieldVariant =
  /** "Okta Domain URL" (host, placeholder `your-org.okta.com`), "API Token" (secret), "Event Hook Name" (optional). */
  | 'standard'
  /** The domain field wants a full URL: placeholder `https://your-org.okta.com`, pattern requiring https://. */
  | 'url'
  /** Older connector: "Organization URL" with key `subdomain` (only the subdomain), token key `token`. */
  | 'subdomain'
  /** Keys the extension has never seen (`okta_tenant_host`, `svc_credential`, …) with meaningful labels/types. */
  | 'unknown-keys';

/**
 * How the hub offers Okta's two auth methods (StackOne's Okta connector has OAuth 2.0 and API Key):
 * - `api-key`: only API Key integrations (what hubs showed before);
 * - `both`: an OAuth 2.0 integration listed first, then the API Key one(s), all named "Okta", as the hub's list
 *   shows them (the real 1.11.4 component renders one auth config per integration, picked by its
 *   `authentication_config_key`);
 * - `chooser`: one integration whose form asks for the method first ("Authentication Method": OAuth 2.0 or
 *   API Key, a select the real component renders as its dropdown), then the API Key fields.
 */
export type AuthMethods = 'api-key' | 'both' | 'chooser';

export interface HubFieldValidation {
  type: 'html-pattern' | 'domain';
  pattern: string;
  error?: string;
}

/** One form field of a connector config, as the real client reads it. */
export interface HubField {
  key: string;
  label: string;
  type: 'text' | 'password' | 'number' | 'select' | 'text_area';
  required: boolean;
  readOnly: boolean;
  secret: boolean;
  placeholder: string;
  description?: string;
  tooltip?: string;
  value?: string;
  display?: boolean;
  validation?: HubFieldValidation;
  /** A select's choices, as the real client reads them. */
  options?: { value: string; label: string }[];
}

/** An entry of `GET /hub/connectors`. */
export interface HubIntegration {
  active: boolean;
  name: string;
  provider: string;
  type: string;
  version: string;
  authentication_config_key: string;
  environment: string;
  integration_id: string;
  logo_url: string;
}

export interface ConnectorOptions {
  shape: ConfigShape;
  fields: FieldVariant;
  /** Active Okta integrations (each one a separate `integration_id`). */
  integrations: number;
  /** Active non-Okta integrations listed next to Okta (an inactive one is always listed). */
  others: number;
  authMethods: AuthMethods;
}

export const DEFAULT_CONNECTOR: ConnectorOptions = {
  shape: 'falcon',
  fields: 'standard',
  integrations: 1,
  others: 0,
  authMethods: 'api-key',
};

/** The auth config key every Okta API Key integration points at (the legacy shape holds OAuth's next to it). */
export const OKTA_AUTH_KEY = 'api_token';
/** The auth config key of Okta's OAuth 2.0 method. */
export const OKTA_OAUTH_KEY = 'oauth2';
/** The integration that connects Okta with OAuth 2.0 (`authMethods: 'both'`). */
export const OKTA_OAUTH_INTEGRATION_ID = 'int_okta_oauth';

/** Okta cells whose org domains the connector accepts. */
const OKTA_CELLS = '(okta|oktapreview|okta-emea|okta-gov|okta-mil)';
export const HOST_PATTERN = `^[A-Za-z0-9][A-Za-z0-9-]*\\.${OKTA_CELLS}\\.com$`;
export const URL_PATTERN = `^https://[A-Za-z0-9][A-Za-z0-9-]*\\.${OKTA_CELLS}\\.com/?$`;
export const SUBDOMAIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]*$';

function field(partial: Partial<HubField> & Pick<HubField, 'key' | 'label'>): HubField {
  return { type: 'text', required: true, readOnly: false, secret: false, placeholder: '', ...partial };
}

const eventHook = (key: string): HubField =>
  field({
    key,
    label: 'Event Hook Name',
    required: false,
    placeholder: 'StackOne Event Hook',
    description: 'Name of the Okta event hook StackOne registers to receive changes.',
  });

const apiToken = (key: string): HubField =>
  field({
    key,
    label: 'API Token',
    type: 'password',
    secret: true,
    placeholder: 'Enter your Okta API token',
    description: 'Create it in the Okta Admin Console under Security > API > Tokens.',
  });

/** The fields of each variant, in display order. */
export function fieldsFor(variant: FieldVariant): HubField[] {
  switch (variant) {
    case 'standard':
      return [
        field({
          key: 'okta_domain',
          label: 'Okta Domain URL',
          placeholder: 'your-org.okta.com',
          description: 'Your Okta org domain, without https://',
          validation: {
            type: 'html-pattern',
            pattern: HOST_PATTERN,
            error: 'Enter your Okta domain only, e.g. your-org.okta.com',
          },
        }),
        apiToken('api_token'),
        eventHook('event_hook_name'),
      ];
    case 'url':
      return [
        field({
          key: 'okta_domain_url',
          label: 'Okta Domain URL',
          placeholder: 'https://your-org.okta.com',
          description: 'The full URL of your Okta org',
          validation: {
            type: 'html-pattern',
            pattern: URL_PATTERN,
            error: 'Enter the full URL, starting with https://, e.g. https://your-org.okta.com',
          },
        }),
        apiToken('api_token'),
        eventHook('event_hook_name'),
      ];
    case 'subdomain':
      return [
        field({
          key: 'subdomain',
          label: 'Organization URL',
          placeholder: 'your-org',
          description: 'Only the subdomain: for https://your-org.okta.com enter your-org',
          validation: {
            type: 'html-pattern',
            pattern: SUBDOMAIN_PATTERN,
            error: 'Enter only the subdomain of your Okta org, e.g. your-org',
          },
        }),
        apiToken('token'),
      ];
    case 'unknown-keys':
      return [
        field({
          key: 'okta_tenant_host',
          label: 'Okta Domain URL',
          placeholder: 'your-org.okta.com',
          validation: { type: 'html-pattern', pattern: HOST_PATTERN },
        }),
        apiToken('svc_credential'),
        eventHook('notif_hook_title'),
      ];
  }
}

/**
 * Okta's OAuth 2.0 form: the org and the OAuth app's client; no API token. The real component sends these to
 * the hub's OAuth redirect in a pop-up, never to POST /hub/accounts. In the legacy shape it also sits next to
 * the API Key auth config, first, so a client that takes "the first auth config" gets the wrong fields.
 */
export const OAUTH_FIELDS: HubField[] = [
  field({
    key: 'okta_domain',
    label: 'Okta Domain URL',
    placeholder: 'your-org.okta.com',
    validation: { type: 'html-pattern', pattern: HOST_PATTERN },
  }),
  field({ key: 'client_id', label: 'Client ID', placeholder: '0oa…' }),
  field({ key: 'client_secret', label: 'Client Secret', type: 'password', secret: true }),
];

/** The method chooser of a connector that offers both methods in one integration (`authMethods: 'chooser'`). */
export const AUTH_METHOD_FIELD: HubField = field({
  key: 'auth_method',
  label: 'Authentication Method',
  type: 'select',
  placeholder: 'Choose how to connect',
  description: 'OAuth 2.0 signs in through an Okta app; API Key uses an API token you create in Okta.',
  options: [
    { value: 'oauth2', label: 'OAuth 2.0' },
    { value: 'api_key', label: 'API Key' },
  ],
});

const OKTA_NAMES = ['Okta', 'Okta (EU cell)', 'Okta (preview org)', 'Okta (staging)'];
const OTHER_PROVIDERS: { provider: string; name: string; type: string }[] = [
  { provider: 'google_workspace', name: 'Google Workspace', type: 'iam' },
  { provider: 'azure_ad', name: 'Microsoft Entra ID', type: 'iam' },
  { provider: 'bamboohr', name: 'BambooHR', type: 'hris' },
];

export const oktaIntegrationId = (index: number): string => `int_okta_${String(index + 1).padStart(2, '0')}`;
/** The first Okta integration is the production one, the others point at the `sandbox` environment. */
export const environmentOf = (index: number): string => (index === 0 ? 'production' : 'sandbox');

export function integrationsFor(options: ConnectorOptions, backendOrigin: string): HubIntegration[] {
  const logo = (provider: string) => `${backendOrigin}/assets/logos/${provider}.svg`;
  const list: HubIntegration[] = [];
  if (options.authMethods === 'both') {
    // Listed first, named like the API Key one: the admin cannot tell them apart in the hub's list.
    list.push({
      active: true,
      name: 'Okta',
      provider: 'okta',
      type: 'iam',
      // The list keys its entries by provider@version: a distinct version keeps the two entries apart.
      version: '2.0.0',
      authentication_config_key: OKTA_OAUTH_KEY,
      environment: 'production',
      integration_id: OKTA_OAUTH_INTEGRATION_ID,
      logo_url: logo('okta'),
    });
  }
  for (let i = 0; i < options.integrations; i++) {
    list.push({
      active: true,
      name: OKTA_NAMES[i] ?? `Okta ${i + 1}`,
      provider: 'okta',
      type: 'iam',
      version: '1.0.0',
      authentication_config_key: OKTA_AUTH_KEY,
      environment: environmentOf(i),
      integration_id: oktaIntegrationId(i),
      logo_url: logo('okta'),
    });
  }
  for (let i = 0; i < options.others; i++) {
    const other = OTHER_PROVIDERS[i % OTHER_PROVIDERS.length] as (typeof OTHER_PROVIDERS)[number];
    list.push({
      active: true,
      name: other.name,
      provider: other.provider,
      type: other.type,
      version: '1.0.0',
      authentication_config_key: 'api_key',
      environment: 'production',
      integration_id: `int_${other.provider}_${String(i + 1).padStart(2, '0')}`,
      logo_url: logo(other.provider),
    });
  }
  // Always listed, never active: the hub ignores it, so must any client.
  list.push({
    active: false,
    name: 'BambooHR (disabled)',
    provider: 'bamboohr',
    type: 'hris',
    version: '1.0.0',
    authentication_config_key: 'api_key',
    environment: 'production',
    integration_id: 'int_bamboohr_disabled',
    logo_url: logo('bamboohr'),
  });
  return list;
}

const OTHER_FIELDS: HubField[] = [
  field({
    key: 'api_key',
    label: 'API Key',
    type: 'password',
    secret: true,
    placeholder: 'Enter your API key',
  }),
];

/** Whether an integration connects Okta with OAuth 2.0 (its auth config key says so). */
export function isOAuthIntegration(integration: HubIntegration): boolean {
  return integration.authentication_config_key === OKTA_OAUTH_KEY;
}

/** `GET /hub/connectors/{id}` answer for an integration, in the requested shape. */
export function connectorConfigFor(
  integration: HubIntegration,
  options: ConnectorOptions,
  backendOrigin: string,
): { config: Record<string, unknown>; hub_settings: Record<string, unknown> } {
  const isOkta = integration.provider === 'okta';
  const key = integration.provider;
  const name = isOkta ? 'Okta' : integration.name;
  const assets = { icon: `${backendOrigin}/assets/logos/${integration.provider}.svg` };
  const support = {
    link: 'https://docs.stackone.com/integrations/okta',
    description: 'Create an API token in Okta under Security > API > Tokens.',
  };
  const hub_settings = { show_connection_guide: true };
  if (options.shape === 'falcon') {
    const oauth = isOAuthIntegration(integration);
    const fields = activeFieldsFor(integration, options);
    return {
      config: {
        key,
        name,
        type: oauth ? 'oauth2' : 'custom',
        assets,
        configFields: fields,
        configNotices: [],
        support,
      },
      hub_settings,
    };
  }
  const guide = { supportLink: support.link, description: support.description };
  const authentication: Record<string, Record<string, unknown>> = {};
  // OAuth's config comes first so a client that takes "the first auth config" gets the wrong fields.
  if (isOkta) {
    authentication[OKTA_OAUTH_KEY] = {
      production: { type: 'oauth2', fields: OAUTH_FIELDS },
      sandbox: { type: 'oauth2', fields: OAUTH_FIELDS },
    };
  }
  const apiKeyFields = isOkta ? apiKeyFieldsFor(options) : OTHER_FIELDS;
  const apiKeyAuthKey = isOkta ? OKTA_AUTH_KEY : integration.authentication_config_key;
  authentication[apiKeyAuthKey] = {
    production: { type: 'custom', fields: apiKeyFields, guide },
    sandbox: { type: 'custom', fields: apiKeyFields, guide },
  };
  return { config: { key, name, assets, authentication }, hub_settings };
}

/** The API Key form: the method chooser first when the connector asks for it. */
function apiKeyFieldsFor(options: ConnectorOptions): HubField[] {
  const fields = fieldsFor(options.fields);
  return options.authMethods === 'chooser' ? [AUTH_METHOD_FIELD, ...fields] : fields;
}

/** The fields the real client shows for an integration: the config picked by auth key and environment. */
export function activeFieldsFor(integration: HubIntegration, options: ConnectorOptions): HubField[] {
  if (integration.provider !== 'okta') return OTHER_FIELDS;
  return isOAuthIntegration(integration) ? OAUTH_FIELDS : apiKeyFieldsFor(options);
}

/** Validates credentials the way the real client's zod schema does, plus unknown keys; returns problems. */
export function validateCredentials(fields: HubField[], credentials: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(credentials)) {
    if (!known.has(key)) problems.push(`Unexpected credential field "${key}"`);
    else if (typeof credentials[key] !== 'string') problems.push(`${key} must be a string`);
  }
  for (const f of fields) {
    const raw = credentials[f.key];
    const value = typeof raw === 'string' ? raw : '';
    if (value === '') {
      if (f.required) problems.push(`${f.label} is required`);
      continue;
    }
    if (f.type === 'number' && !/^\d+$/.test(value)) problems.push(`${f.label}: Must be a valid number`);
    if (f.options && !f.options.some((option) => option.value === value)) {
      problems.push(`${f.label}: choose one of ${f.options.map((option) => option.label).join(', ')}`);
    }
    if (f.validation) {
      const re =
        f.validation.type === 'html-pattern'
          ? new RegExp(f.validation.pattern)
          : new RegExp(`.*${f.validation.pattern}\\.com.*`);
      if (!re.test(value)) {
        problems.push(
          `${f.label}: ${f.validation.error ?? `Please match the required format: ${f.validation.pattern}`}`,
        );
      }
    }
  }
  return problems;
}

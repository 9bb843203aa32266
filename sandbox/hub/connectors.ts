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
}

export const DEFAULT_CONNECTOR: ConnectorOptions = {
  shape: 'falcon',
  fields: 'standard',
  integrations: 1,
  others: 0,
};

/** The auth config key every Okta integration points at (the legacy shape holds a decoy next to it). */
export const OKTA_AUTH_KEY = 'api_token';

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

/** Fields of a decoy auth config (legacy shape only): what a client that ignores `authentication_config_key` gets. */
const DECOY_FIELDS: HubField[] = [
  field({ key: 'client_id', label: 'Client ID', placeholder: '0oa…' }),
  field({ key: 'client_secret', label: 'Client Secret', type: 'password', secret: true }),
];

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

/** `GET /hub/connectors/{id}` answer for an integration, in the requested shape. */
export function connectorConfigFor(
  integration: HubIntegration,
  options: ConnectorOptions,
  backendOrigin: string,
): { config: Record<string, unknown>; hub_settings: Record<string, unknown> } {
  const isOkta = integration.provider === 'okta';
  const fields = isOkta ? fieldsFor(options.fields) : OTHER_FIELDS;
  const key = integration.provider;
  const name = isOkta ? 'Okta' : integration.name;
  const assets = { icon: `${backendOrigin}/assets/logos/${integration.provider}.svg` };
  const support = {
    link: 'https://docs.stackone.com/integrations/okta',
    description: 'Create an API token in Okta under Security > API > Tokens.',
  };
  const hub_settings = { show_connection_guide: true };
  if (options.shape === 'falcon') {
    return {
      config: { key, name, type: 'custom', assets, configFields: fields, configNotices: [], support },
      hub_settings,
    };
  }
  const guide = { supportLink: support.link, description: support.description };
  const authentication: Record<string, Record<string, unknown>> = {};
  // The decoy comes first so a client that takes "the first auth config" gets the wrong fields.
  if (isOkta) {
    authentication.oauth2 = {
      production: { type: 'oauth2', fields: DECOY_FIELDS },
      sandbox: { type: 'oauth2', fields: DECOY_FIELDS },
    };
  }
  authentication[integration.authentication_config_key] = {
    production: { type: 'custom', fields, guide },
    sandbox: { type: 'custom', fields, guide },
  };
  return { config: { key, name, assets, authentication }, hub_settings };
}

/** The fields the real client shows for an integration: the config picked by auth key and environment. */
export function activeFieldsFor(integration: HubIntegration, options: ConnectorOptions): HubField[] {
  return integration.provider === 'okta' ? fieldsFor(options.fields) : OTHER_FIELDS;
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

import * as z from 'zod/mini';
import { t } from '../i18n/browser-language';

/*
 * Schemas of every answer the hub backend (`@stackone/hub` 1.10–1.11 contract) gives us.
 * Objects are loose: the hub adds keys over time and unknown keys must not break linking.
 * Keys we actually read are typed strictly, so a changed contract fails loudly and by name.
 * zod/mini: its objects never compile validators with `new Function`, which extension CSPs forbid.
 */

/**
 * A key the hub may leave out or send as `null`: both come out as an absent key, so code that builds
 * these objects (tests, the form reader) need not spell out every optional key.
 */
function absentOrNull<T extends z.ZodMiniType>(schema: T) {
  return z.optional(
    z.pipe(
      z.nullish(schema),
      z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
    ),
  );
}

/** A list the hub may leave out or send as `null`: both come out empty. */
function listOrEmpty<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((value: z.output<T>[] | null | undefined) => value ?? []),
  );
}

const nonEmptyText = z.string().check(z.minLength(1));

const optionalText = absentOrNull(z.string());
const optionalFlag = absentOrNull(z.boolean());

export const hubSettingsSchema = z.looseObject({
  enabled_features: listOrEmpty(z.string()),
  existing_account_id: optionalText,
});
export type HubSettings = z.output<typeof hubSettingsSchema>;

export const integrationSchema = z.looseObject({
  integration_id: nonEmptyText,
  provider: nonEmptyText,
  name: z.string(),
  active: z.boolean(),
  // Only legacy configs need these two, so a Falcon-only hub may leave them out.
  authentication_config_key: optionalText,
  environment: optionalText,
  type: optionalText,
  version: optionalText,
  logo_url: optionalText,
});
export type Integration = z.output<typeof integrationSchema>;

export const connectorsListSchema = z.looseObject({
  integrations: z.array(integrationSchema),
});
export type ConnectorsList = z.output<typeof connectorsListSchema>;

export const fieldValidationSchema = z.looseObject({
  type: z.string(),
  pattern: z.string(),
  error: optionalText,
});
export type FieldValidation = z.output<typeof fieldValidationSchema>;

export const fieldSchema = z.looseObject({
  key: nonEmptyText,
  label: z.string(),
  type: z.string(),
  // The real client treats a missing `required` as optional; so do we.
  required: z.pipe(
    z.nullish(z.boolean()),
    z.transform((value: boolean | null | undefined) => value ?? false),
  ),
  readOnly: optionalFlag,
  secret: optionalFlag,
  placeholder: optionalText,
  description: optionalText,
  tooltip: optionalText,
  // The real client pre-fills the form with `String(value)`, so numbers and booleans occur.
  value: absentOrNull(z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform(String))),
  validation: absentOrNull(fieldValidationSchema),
  /** A select's choices (e.g. a connector that asks for OAuth 2.0 or API Key first). */
  options: absentOrNull(
    z.array(
      z.looseObject({
        value: z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform(String)),
        label: z.string(),
      }),
    ),
  ),
});
export type Field = z.output<typeof fieldSchema>;

export const falconConfigSchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  type: optionalText,
  grantType: optionalText,
  configFields: z.array(fieldSchema),
});
export type FalconConfig = z.output<typeof falconConfigSchema>;

export const legacyAuthenticationSchema = z.looseObject({
  type: z.string(),
  grantType: optionalText,
  fields: listOrEmpty(fieldSchema),
  guide: z.optional(z.unknown()),
});
export type LegacyAuthentication = z.output<typeof legacyAuthenticationSchema>;

export const legacyConfigSchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  authentication: z.record(z.string(), z.record(z.string(), legacyAuthenticationSchema)),
});
export type LegacyConfig = z.output<typeof legacyConfigSchema>;

export type ConnectorConfig = FalconConfig | LegacyConfig;

/** The real client's rule: a config with `authentication` is legacy, anything else is Falcon. */
export function isLegacyConfig(config: ConnectorConfig): config is LegacyConfig {
  return 'authentication' in config;
}

function hasAuthenticationKey(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'authentication' in value;
}

/*
 * Picked by shape rather than with z.union, so a malformed config is reported against the shape
 * it claims to be ("config.configFields[0].key is missing") instead of as "no union member matched".
 */
export const connectorConfigSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx): ConnectorConfig => {
    const result = hasAuthenticationKey(value)
      ? legacyConfigSchema.safeParse(value)
      : falconConfigSchema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.issues.push({ ...issue, input: value } as (typeof ctx.issues)[number]);
    return z.NEVER;
  }),
);

export const connectorAnswerSchema = z.looseObject({
  config: connectorConfigSchema,
  hub_settings: z.optional(z.unknown()),
});
export type ConnectorAnswer = z.output<typeof connectorAnswerSchema>;

export const accountCreatedSchema = z.looseObject({
  id: nonEmptyText,
  // The real client ignores the answer's provider and uses the integration's; so it may be absent.
  provider: optionalText,
});
export type AccountCreated = z.output<typeof accountCreatedSchema>;

/** `provider_response` is whatever the provider said: text, or a JSON object/array. */
const providerResponseSchema = absentOrNull(
  z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
);

export const hubErrorBodySchema = z.looseObject({
  statusCode: z.optional(z.number()),
  // NestJS validation errors carry a list of messages.
  message: z.union([
    z.string(),
    z.pipe(
      z.array(z.string()),
      z.transform((messages: string[]) => messages.join('; ')),
    ),
  ]),
  provider_response: providerResponseSchema,
});
export type HubErrorBody = z.output<typeof hubErrorBodySchema>;

// ---------------------------------------------------------------------------------------------
// Fields of a connector config

export type ConfigFieldsProblem =
  | { kind: 'authentication-not-found'; message: string }
  | { kind: 'oauth-only'; message: string };

export type ConfigFieldsResult =
  | { ok: true; shape: 'falcon' | 'legacy'; fields: Field[] }
  | { ok: false; problem: ConfigFieldsProblem };

type IntegrationRef = Pick<Integration, 'name' | 'authentication_config_key' | 'environment'>;

/** The field list the hub's form would show for `integration`, whichever config shape the hub uses. */
export function fieldsOfConfig(config: ConnectorConfig, integration: IntegrationRef): ConfigFieldsResult {
  if (!isLegacyConfig(config)) {
    if (isOAuthRedirect(config)) return { ok: false, problem: oauthOnlyProblem(integration) };
    return { ok: true, shape: 'falcon', fields: config.configFields };
  }
  const authentication = pickLegacyAuthentication(config, integration);
  if (!authentication.ok) return authentication;
  if (isOAuthRedirect(authentication.value)) return { ok: false, problem: oauthOnlyProblem(integration) };
  return { ok: true, shape: 'legacy', fields: authentication.value.fields };
}

/** Mirrors the real client: OAuth2 without a grant type, or with authorization_code, is a browser redirect. */
function isOAuthRedirect(auth: { type?: string | undefined; grantType?: string | undefined }): boolean {
  return auth.type === 'oauth2' && (auth.grantType === undefined || auth.grantType === 'authorization_code');
}

function oauthOnlyProblem(integration: IntegrationRef): ConfigFieldsProblem {
  return {
    kind: 'oauth-only',
    message: t('config_oauth_only', { name: integration.name }),
  };
}

function pickLegacyAuthentication(
  config: LegacyConfig,
  integration: IntegrationRef,
): { ok: true; value: LegacyAuthentication } | { ok: false; problem: ConfigFieldsProblem } {
  const byEnvironment = pickEntry(config.authentication, integration.authentication_config_key);
  const authentication = byEnvironment && pickEntry(byEnvironment, integration.environment);
  if (authentication) return { ok: true, value: authentication };
  const wanted = `${integration.authentication_config_key ?? '(none)'}/${integration.environment ?? '(none)'}`;
  const offered = describeOffered(config.authentication);
  return {
    ok: false,
    problem: {
      kind: 'authentication-not-found',
      message: t('config_no_authentication', { name: integration.name, wanted, offered }),
    },
  };
}

/** The entry named `wanted`, or the only entry when the name is missing or unknown. */
function pickEntry<T>(entries: Record<string, T>, wanted: string | undefined): T | undefined {
  if (wanted !== undefined && Object.hasOwn(entries, wanted)) return entries[wanted];
  const all = Object.values(entries);
  return all.length === 1 ? all[0] : undefined;
}

function describeOffered(authentication: LegacyConfig['authentication']): string {
  const pairs = Object.entries(authentication).flatMap(([key, byEnvironment]) =>
    Object.keys(byEnvironment).map((environment) => `${key}/${environment}`),
  );
  return pairs.length === 0 ? 'none' : pairs.join(', ');
}

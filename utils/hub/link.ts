import { t } from '../i18n/browser-language';
import { isApiKeyForm } from './auth-method';
import type { HubClient } from './client';
import { type PlanProblem, planCredentials } from './credentials-plan';
import type { LinkValues } from './hub-fields';
import { type Field, fieldsOfConfig, type Integration } from './schemas';

/*
 * From "we have the org domain and a token" to a linked hub account, in the order the hub's own
 * form goes: pick the Okta integration whose form takes an API token (a hub may offer Okta's OAuth 2.0
 * method too, under the same name), read its fields, fill them by meaning, post once.
 * Failed hub calls surface as the client's HubError (thrown); every other outcome is returned.
 */

export type LinkClient = Pick<HubClient, 'listOktaIntegrations' | 'getConnectorConfig' | 'createAccount'>;

export interface IntegrationChoice {
  integrationId?: string | undefined;
}

export type CannotLinkReason =
  | 'no-okta-integration'
  | 'unknown-integration'
  | 'unusable-config'
  | 'oauth-only';

export interface IntegrationOption {
  id: string;
  name: string;
  environment?: string;
}

/** What one link attempt came to, as the hub answered it (the background stores its own `LinkOutcome` from it). */
export type LinkResult =
  | { status: 'linked'; accountId: string; provider: string; integrationId: string }
  | { status: 'choose-integration'; integrations: IntegrationOption[] }
  | {
      status: 'missing-fields';
      integrationId: string;
      fields: { key: string; label: string }[];
      problems: PlanProblem[];
    }
  | { status: 'cannot-link'; reason: CannotLinkReason; message: string };

export async function linkOktaAccount(
  client: LinkClient,
  values: LinkValues,
  choice: IntegrationChoice = {},
): Promise<LinkResult> {
  const integrations = await client.listOktaIntegrations();
  const offered = offeredIntegrations(integrations, choice);
  if (!Array.isArray(offered)) return offered;
  const picked = await pickApiTokenForm(client, offered);
  if (picked.status !== 'picked') return picked;
  const { integration, fields } = picked;

  const plan = planCredentials(fields, values);
  if (!plan.ok) {
    return {
      status: 'missing-fields',
      integrationId: integration.integration_id,
      fields: plan.missingRequired,
      problems: plan.problems,
    };
  }

  const account = await client.createAccount(integration.integration_id, plan.credentials);
  return {
    status: 'linked',
    accountId: account.id,
    provider: account.provider ?? integration.provider,
    integrationId: integration.integration_id,
  };
}

type CannotLink = Extract<LinkResult, { status: 'cannot-link' }>;

/** The integrations to consider: the one the admin chose, or all the hub's active Okta ones. */
function offeredIntegrations(
  integrations: readonly Integration[],
  choice: IntegrationChoice,
): Integration[] | CannotLink {
  if (integrations.length === 0) {
    return {
      status: 'cannot-link',
      reason: 'no-okta-integration',
      message: t('link_no_okta_integration'),
    };
  }
  if (choice.integrationId === undefined) return [...integrations];
  const chosen = integrations.find((integration) => integration.integration_id === choice.integrationId);
  if (chosen) return [chosen];
  return {
    status: 'cannot-link',
    reason: 'unknown-integration',
    message: t('link_unknown_integration'),
  };
}

type FormPick =
  | { status: 'picked'; integration: Integration; fields: Field[] }
  | Extract<LinkResult, { status: 'choose-integration' | 'cannot-link' }>;

/**
 * The integration whose form takes an API token. Each candidate's form is read: an OAuth 2.0 one is never
 * linked with a token, so it is left out even when it is the only one, and "pick one" is asked only
 * between API Key forms.
 */
async function pickApiTokenForm(client: LinkClient, candidates: readonly Integration[]): Promise<FormPick> {
  const forms = await Promise.all(
    candidates.map(async (integration) => ({
      integration,
      form: fieldsOfConfig(await client.getConnectorConfig(integration.integration_id), integration),
    })),
  );
  const usable = forms.flatMap(({ integration, form }) =>
    form.ok && isApiKeyForm(form.fields) ? [{ integration, fields: form.fields }] : [],
  );
  const [only, ...others] = usable;
  if (only && others.length === 0) return { status: 'picked', ...only };
  if (only)
    return {
      status: 'choose-integration',
      integrations: usable.map(({ integration }) => describeChoice(integration)),
    };
  // No API Key form: either a form is OAuth 2.0 (say so), or a config could not be read (say why).
  for (const { form } of forms) {
    if (!form.ok && form.problem.kind !== 'oauth-only') {
      return { status: 'cannot-link', reason: 'unusable-config', message: form.problem.message };
    }
  }
  return {
    status: 'cannot-link',
    reason: 'oauth-only',
    message: t('link_oauth_only'),
  };
}

function describeChoice(integration: Integration): IntegrationOption {
  const { integration_id: id, name, environment } = integration;
  return environment === undefined ? { id, name } : { id, name, environment };
}

import type { HubClient } from './client';
import { type LinkValues, type PlanProblem, planCredentials } from './field-mapping';
import { fieldsOfConfig, type Integration } from './schemas';

/*
 * From "we have the org domain and a token" to a linked hub account, in the order the hub's own
 * form goes: pick the Okta integration, read its fields, fill them by meaning, post once.
 * Failed hub calls surface as the client's HubError (thrown); every other outcome is returned.
 */

export type LinkClient = Pick<HubClient, 'listOktaIntegrations' | 'getConnectorConfig' | 'createAccount'>;

export interface IntegrationChoice {
  integrationId?: string | undefined;
}

export type CannotLinkReason = 'no-okta-integration' | 'unknown-integration' | 'unusable-config';

/** What one link attempt came to, as the hub answered it (the background stores its own `LinkOutcome` from it). */
export type LinkResult =
  | { status: 'linked'; accountId: string; provider: string; integrationId: string }
  | { status: 'choose-integration'; integrations: { id: string; name: string; environment?: string }[] }
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
  const picked = pickIntegration(integrations, choice);
  if (picked.status !== 'picked') return picked;
  const { integration } = picked;

  const config = await client.getConnectorConfig(integration.integration_id);
  const fields = fieldsOfConfig(config, integration);
  if (!fields.ok)
    return { status: 'cannot-link', reason: 'unusable-config', message: fields.problem.message };

  const plan = planCredentials(fields.fields, values);
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

type IntegrationPick =
  | { status: 'picked'; integration: Integration }
  | Extract<LinkResult, { status: 'choose-integration' | 'cannot-link' }>;

function pickIntegration(integrations: readonly Integration[], choice: IntegrationChoice): IntegrationPick {
  if (integrations.length === 0) {
    return {
      status: 'cannot-link',
      reason: 'no-okta-integration',
      message:
        'The hub offers no active Okta integration for this session. Ask the vendor to enable Okta in their StackOne project, then open the hub again.',
    };
  }
  if (choice.integrationId !== undefined) {
    const chosen = integrations.find((integration) => integration.integration_id === choice.integrationId);
    if (chosen) return { status: 'picked', integration: chosen };
    return {
      status: 'cannot-link',
      reason: 'unknown-integration',
      message: 'The chosen Okta integration is no longer offered by the hub. Choose again.',
    };
  }
  const [only, ...others] = integrations;
  if (only && others.length === 0) return { status: 'picked', integration: only };
  return { status: 'choose-integration', integrations: integrations.map(describeChoice) };
}

function describeChoice(integration: Integration): { id: string; name: string; environment?: string } {
  const { integration_id: id, name, environment } = integration;
  return environment === undefined ? { id, name } : { id, name, environment };
}

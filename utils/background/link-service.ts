import { createHubClient, HubError } from '../hub/client';
import { linkOktaAccount } from '../hub/link';
import { fingerprintHubSession } from '../hub/session';
import { t } from '../i18n/browser-language';
import type { ConnectRequest } from '../messages/popup-protocol';
import { hubSessionItem, type LinkOutcome, linkOutcomeItem } from '../storage';
import { mayReceiveToken } from './hub-trust';
import { readLinkOutcome } from './link-outcome';
import { recordLinked } from './linked';
import { tokenFor } from './token-vault';

/**
 * Turns the captured token into a hub account: one request per click, whatever the admin or the
 * service worker does meanwhile. The token stays until the hub confirms, then it is wiped.
 */

/** A click while a request is under way joins it instead of sending a second one. */
let inFlight: Promise<LinkOutcome> | null = null;

/**
 * The attempt this worker is running, if any. Its 'in-flight' mark is alive; any other one was left by a
 * worker that stopped. (Whether *a* request is running says nothing about whose mark is stored.)
 */
let runningAttemptId: string | null = null;

export function connect(request: ConnectRequest): Promise<LinkOutcome> {
  inFlight ??= runConnect(request).finally(() => {
    inFlight = null;
    runningAttemptId = null;
  });
  return inFlight;
}

/**
 * A service worker that stopped mid-request left an 'in-flight' mark: the hub may or may not have created
 * the account, so it is reported and never silently retried.
 */
export async function settleInterruptedAttempt(): Promise<void> {
  const outcome = await linkOutcomeItem.getValue();
  if (outcome?.status !== 'in-flight' || outcome.attemptId === runningAttemptId) return;
  await linkOutcomeItem.setValue({
    status: 'failed',
    kind: 'outcome-unknown',
    orgDomain: outcome.orgDomain,
    message: t('link_interrupted'),
    at: Date.now(),
  });
}

async function fail(orgDomain: string, kind: string, message: string, detail?: string): Promise<LinkOutcome> {
  const outcome: LinkOutcome = {
    status: 'failed',
    orgDomain,
    kind,
    message,
    at: Date.now(),
    ...(detail ? { detail } : {}),
  };
  await linkOutcomeItem.setValue(outcome);
  return outcome;
}

async function runConnect(request: ConnectRequest): Promise<LinkOutcome> {
  await settleInterruptedAttempt();
  const [captured, session, previous] = await Promise.all([
    tokenFor(request.orgDomain),
    hubSessionItem.getValue(),
    readLinkOutcome(),
  ]);
  if (!captured) {
    // A click that comes after the link succeeded (a second popup, a stale one) has nothing left to
    // send: the link stands, and must not be replaced by "no token".
    if (previous?.status === 'linked' && previous.orgDomain === (request.orgDomain ?? previous.orgDomain))
      return previous;
    return fail('', 'no-token', t('link_no_token'));
  }
  const { orgDomain } = captured;
  if (!session) {
    return fail(orgDomain, 'no-session', t('link_no_session'));
  }
  if (!(await mayReceiveToken(session.baseUrl))) {
    // Kept before a policy (or another setting) ruled its hub API out: the token goes only where IT or the admin chose.
    return fail(orgDomain, 'untrusted-hub', t('link_untrusted_hub', { host: new URL(session.baseUrl).host }));
  }
  if (
    previous?.status === 'failed' &&
    previous.kind === 'outcome-unknown' &&
    !request.confirmAfterUnknownOutcome
  ) {
    return previous;
  }
  const attemptId = crypto.randomUUID();
  runningAttemptId = attemptId;
  await linkOutcomeItem.setValue({ status: 'in-flight', attemptId, orgDomain, startedAt: Date.now() });
  try {
    // Inside the try: whatever goes wrong, the in-flight mark must end in an outcome the admin sees.
    const client = createHubClient({ baseUrl: session.baseUrl, sessionToken: session.token });
    const result = await linkOktaAccount(
      client,
      { orgDomain, token: captured.token, eventHookName: request.eventHookName?.trim() || undefined },
      { integrationId: request.integrationId },
    );
    switch (result.status) {
      case 'linked':
        return recordLinked(orgDomain, result.accountId, result.provider);
      case 'choose-integration': {
        const outcome: LinkOutcome = {
          status: 'choose-integration',
          orgDomain,
          integrations: result.integrations,
          hubSession: await fingerprintHubSession(session.token),
        };
        await linkOutcomeItem.setValue(outcome);
        return outcome;
      }
      case 'missing-fields': {
        // Nothing is sent: either fields we cannot fill are required, or the form would refuse our values.
        const missing = result.fields.map((field) => field.label || field.key);
        const problems = result.problems.map((problem) => problem.message).join(' ');
        if (missing.length === 0) {
          return fail(orgDomain, 'unfit-values', t('link_unfit_values', { problems }));
        }
        return fail(
          orgDomain,
          'missing-fields',
          t('link_missing_fields', { fields: missing.join(t('link_list_separator')) }),
          problems || undefined,
        );
      }
      case 'cannot-link':
        return fail(orgDomain, result.reason, result.message);
    }
  } catch (error) {
    if (error instanceof HubError) {
      // Some messages already quote the provider's answer; showing it twice only buries it.
      const { message, providerResponse } = error;
      const detail = providerResponse && !message.includes(providerResponse) ? providerResponse : undefined;
      return fail(orgDomain, error.kind, message, detail);
    }
    return fail(orgDomain, 'unexpected', t('link_failed'));
  }
}

import { useState } from 'preact/hooks';
import type { PopupState } from '../../utils/messages/popup-protocol';

interface Props {
  link: PopupState['link'];
  hasToken: boolean;
  hasSession: boolean;
  busy: boolean;
  onConnect: (options: { integrationId?: string; confirmAfterUnknownOutcome?: boolean }) => void;
}

export function ConnectPanel({ link, hasToken, hasSession, busy, onConnect }: Props) {
  const [integrationId, setIntegrationId] = useState<string | undefined>(undefined);
  // A token held after a link is a new one (captured since), so the way to link it comes first.
  if (link?.status === 'linked' && !hasToken) {
    return (
      <section class="card success" aria-label="Result" role="status">
        <p class="big">Connected</p>
        <p>
          Hub account <code data-testid="account-id">{link.accountId}</code> for {link.orgDomain}. The token
          was wiped from the extension.
        </p>
      </section>
    );
  }
  const unknownOutcome = link?.status === 'failed' && link.kind === 'outcome-unknown';
  // The stored outcome is the truth: a worker stopped mid-request never answers the click that is
  // waiting (`busy`), but it leaves an unknown outcome, which ends the wait.
  const inFlight = link?.status === 'in-flight' || (busy && !unknownOutcome);
  const offered = link?.status === 'choose-integration' ? link.integrations : [];
  // A choice counts only among what the current session's hub offers (the background drops another's list).
  const chosen = offered.some((integration) => integration.id === integrationId) ? integrationId : undefined;
  const mustChoose = link?.status === 'choose-integration' && chosen === undefined;
  return (
    <section class="card" aria-label="Connect">
      {link?.status === 'choose-integration' && (
        <fieldset>
          <legend>The hub has several Okta integrations for API tokens: pick one</legend>
          {offered.map((integration) => (
            <label key={integration.id} class="choice">
              <input
                type="radio"
                name="integration"
                value={integration.id}
                checked={chosen === integration.id}
                onChange={() => setIntegrationId(integration.id)}
              />
              {integrationLabel(integration, offered)}
            </label>
          ))}
        </fieldset>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!hasToken || !hasSession || inFlight || unknownOutcome || mustChoose}
          aria-busy={inFlight}
          onClick={() => onConnect({ integrationId: chosen })}
        >
          Connect
        </button>
        {inFlight && <span class="muted">Linking…</span>}
      </div>
      {!hasToken && <p class="muted">Capture a token with the guide (or paste one) to connect.</p>}
      {hasToken && !hasSession && <p class="muted">A hub session is needed to connect.</p>}
      {link?.status === 'failed' && (
        <div class="error" role="alert">
          <p>{link.message}</p>
          {link.detail && <p class="detail">{link.detail}</p>}
          {hasToken && <p class="muted">Your token is still held; nothing was lost.</p>}
          {unknownOutcome && (
            <button
              type="button"
              onClick={() => onConnect({ integrationId: chosen, confirmAfterUnknownOutcome: true })}
            >
              I checked the hub: link again anyway
            </button>
          )}
        </div>
      )}
    </section>
  );
}

type Offered = Extract<NonNullable<PopupState['link']>, { status: 'choose-integration' }>['integrations'];

/** "Okta", or "Okta (sandbox)" when another integration has the same name: entries the admin can tell apart. */
function integrationLabel(integration: Offered[number], offered: Offered): string {
  const sameName = offered.filter((other) => other.name === integration.name).length > 1;
  return sameName && integration.environment
    ? `${integration.name} (${integration.environment})`
    : integration.name;
}

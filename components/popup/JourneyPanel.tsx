import type { HubJourneyView } from '../../utils/messages/popup-protocol';
import { ErrorLine } from '../common/ErrorLine';

interface Props {
  journey: HubJourneyView;
  hasToken: boolean;
  hasSession: boolean;
  error: string | null;
  onReopen: () => void;
  onCancel: () => void;
}

/** A Get-token-from-Okta journey, as seen from the tab the popup is on: where it stands, and what to do. */
export function JourneyPanel({ journey, hasToken, hasSession, error, onReopen, onCancel }: Props) {
  const { orgDomain, hubOrigin, status, message } = journey;
  const onHub = journey.here === 'hub';
  const linkInstead = hasToken
    ? hasSession
      ? 'Your token is held: Connect sends it to the hub with the session taken from that page.'
      : 'Your token is held: paste the hub session you were sent, or open the hub page again and use Fill hub form there.'
    : 'Once the token is captured, Connect sends it to the hub with the session taken from that page.';
  let text: string;
  switch (status) {
    case 'waiting-token':
      text = onHub
        ? `Getting a token from ${orgDomain}: create it in the Okta tab that opened (the guide shows where). This page is filled once the token is captured.`
        : `Once the token is captured, the hub page (${hubOrigin}) comes back with its form filled.`;
      break;
    case 'okta-closed':
      text = `The Okta tab was closed before the token was captured. Nothing was lost: reopen it to carry on.`;
      break;
    case 'filling':
      text = `Token captured: filling the hub's form on ${hubOrigin}…`;
      break;
    case 'filled':
      text = onHub
        ? (message ?? "Filled: click the hub's Connect.")
        : `${hubOrigin} was filled: click the hub's Connect there.`;
      break;
    case 'fill-refused':
      text = `The hub's form on ${hubOrigin} was not filled: ${message ?? 'the page refused it.'} Your token is held: ${onHub ? 'fix what is said and use Fill hub form.' : 'go back to that tab and use Fill hub form.'}`;
      break;
    case 'hub-closed':
      text = `The hub tab (${hubOrigin}) was closed, so nothing was filled. ${linkInstead}`;
      break;
    case 'hub-navigated':
      text = onHub
        ? `This tab left ${hubOrigin}, so nothing was filled here.`
        : `The hub tab left ${hubOrigin}, so nothing was filled there. ${linkInstead}`;
      break;
  }
  const problem = ['okta-closed', 'fill-refused', 'hub-closed', 'hub-navigated'].includes(status);
  return (
    <section class="card" aria-label="Token from Okta">
      <p class="label">Token from {orgDomain}</p>
      <p data-testid="journey-status" class={problem ? 'warn' : undefined} role="status">
        {text}
      </p>
      {onHub && (status === 'waiting-token' || status === 'okta-closed') && (
        <div class="row">
          {status === 'okta-closed' && (
            <button type="button" class="primary" onClick={onReopen}>
              Reopen the Okta tab
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      <ErrorLine message={error} />
    </section>
  );
}

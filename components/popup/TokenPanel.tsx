import type { ComponentChildren } from 'preact';
import type { PopupState } from '../../utils/messages/popup-protocol';

/** Where the held token goes with the action the popup offers first. */
export type TokenDestination =
  | { kind: 'hub-page'; origin: string }
  | { kind: 'hub-api'; origin: string }
  | { kind: 'not-chosen' };

interface Props {
  token: NonNullable<PopupState['token']>;
  destination: TokenDestination;
  now: number;
  /** What goes with the token (the Event Hook Name field). */
  children?: ComponentChildren;
}

/** The held token, masked, and where it will go: always in view while a token is held. */
export function TokenPanel({ token, destination, now, children }: Props) {
  const minutes = Math.max(0, Math.ceil((token.expiresAt - now) / 60_000));
  return (
    <section class="card" aria-label="API token">
      <p class="label">API token for {token.orgDomain}</p>
      <p>
        <code data-testid="masked-token">{token.masked}</code>{' '}
        <span class="muted">
          {token.source === 'guide' ? 'captured from Okta' : 'pasted'}, held in memory only, forgotten in{' '}
          {minutes} min
        </span>
      </p>
      <p data-testid="token-destination">
        {destination.kind === 'not-chosen' ? (
          <span class="muted">Goes to: your hub, once you open its page or give its session.</span>
        ) : (
          <>
            Goes to: <strong>{destination.origin}</strong>{' '}
            <span class="muted">
              {destination.kind === 'hub-page'
                ? "(this page's hub form)"
                : '(hub API, with your hub session)'}
            </span>
          </>
        )}
      </p>
      {children}
    </section>
  );
}

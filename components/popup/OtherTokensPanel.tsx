import type { TokenView } from '../../utils/messages/popup-protocol';

interface Props {
  tokens: TokenView[];
  now: number;
  onForget: (orgDomain: string) => void;
}

/** Tokens held for other orgs than this tab's: each masked, with its org and time left, and its own Forget. */
export function OtherTokensPanel({ tokens, now, onForget }: Props) {
  if (tokens.length === 0) return null;
  return (
    <section class="card" aria-label="Tokens for other orgs">
      <p class="label">Also held</p>
      <ul class="plain" data-testid="other-tokens">
        {tokens.map((token) => (
          <li key={token.orgDomain} data-org={token.orgDomain}>
            <code>{token.masked}</code> for <strong>{token.orgDomain}</strong>{' '}
            <span class="muted">
              forgotten in {Math.max(0, Math.ceil((token.expiresAt - now) / 60_000))} min
            </span>{' '}
            <button
              type="button"
              aria-label={`Forget token for ${token.orgDomain}`}
              onClick={() => onForget(token.orgDomain)}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

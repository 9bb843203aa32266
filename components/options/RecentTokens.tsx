import type { TokenEnding, TokenRecord } from '../../utils/storage';

interface Props {
  records: TokenRecord[];
  revokeUnused: boolean;
  revokeLocked: boolean;
  onRevokeUnusedChange: (on: boolean) => void;
  onClear: () => void;
}

/** "Recent tokens": what became of each token of the last 7 days (no secret), and the revocation option. */
export function RecentTokens({ records, revokeUnused, revokeLocked, onRevokeUnusedChange, onClear }: Props) {
  return (
    <section aria-label="Recent tokens">
      <h2>Recent tokens</h2>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={revokeUnused}
            disabled={revokeLocked}
            onChange={(e) => onRevokeUnusedChange(e.currentTarget.checked)}
          />{' '}
          Revoke unused tokens
        </label>
        <p class="hint">
          A token that ends without reaching your hub (forgotten, its 15 minutes up, replaced by a new one,
          the guide stopped) is revoked in Okta, so no live credential is left behind. Tokens a hub got are
          never revoked by the extension.
        </p>
        {revokeLocked && <p class="hint">Set by your administrator.</p>}
      </div>
      {records.length === 0 ? (
        <p class="hint">No token ended in the last 7 days.</p>
      ) : (
        <>
          <ul data-testid="recent-tokens">
            {records.map((record) => (
              <li key={`${record.orgDomain}-${record.capturedAt}`}>
                <code>{record.masked}</code> for {record.orgDomain}
                {record.oktaId ? ` (Okta id ${record.oktaId})` : ''}, captured{' '}
                {new Date(record.capturedAt).toLocaleString()}: {endingText(record.ending)}
              </li>
            ))}
          </ul>
          <p class="hint">Kept 7 days on this computer, without the tokens themselves.</p>
          <button type="button" onClick={onClear}>
            Clear recent tokens
          </button>
        </>
      )}
    </section>
  );
}

const REASONS = {
  forgotten: 'forgotten',
  expired: 'its time was up',
  replaced: 'replaced by a new token',
  'guide-stopped': 'the guide was stopped',
} as const;

export function endingText(ending: TokenEnding): string {
  switch (ending.how) {
    case 'linked':
      return `linked to hub account ${ending.accountId}`;
    case 'filled':
      return 'filled into a hub form (left to the hub)';
    case 'revoked':
      return `revoked in Okta (${REASONS[ending.reason]})`;
    case 'revoke-failed':
      return `not revoked: ${ending.why} (${REASONS[ending.reason]}); revoke it in Okta`;
    case 'not-revoked':
      return `${REASONS[ending.reason]}, not revoked ("Revoke unused tokens" is off)`;
  }
}

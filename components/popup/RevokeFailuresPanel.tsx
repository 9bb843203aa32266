import type { TokenRecord } from '../../utils/storage';

interface Props {
  failures: TokenRecord[];
  onRevokeInOkta: (record: TokenRecord) => void;
  onDismiss: (record: TokenRecord) => void;
}

/**
 * Tokens the extension could not revoke in Okta: still live there (until 30 days unused), held by nobody.
 * "Revoke in Okta" opens the org's Tokens page pointing at the row, for Okta's own revoke.
 */
export function RevokeFailuresPanel({ failures, onRevokeInOkta, onDismiss }: Props) {
  if (failures.length === 0) return null;
  return (
    <section class="card warn" aria-label="Tokens still live in Okta" role="alert">
      {failures.map((record) => (
        <div key={`${record.orgDomain}-${record.capturedAt}`} data-testid="revoke-failure">
          <p>
            The token <code>{record.masked}</code> for {record.orgDomain} is still live in Okta: the extension
            could not revoke it ({record.ending.how === 'revoke-failed' ? record.ending.why : 'unknown'}).
            Revoke it in Okta.
          </p>
          <button type="button" onClick={() => onRevokeInOkta(record)}>
            Revoke in Okta
          </button>{' '}
          <button
            type="button"
            aria-label={`Done: ${record.masked} is revoked`}
            onClick={() => onDismiss(record)}
          >
            Done
          </button>
        </div>
      ))}
    </section>
  );
}

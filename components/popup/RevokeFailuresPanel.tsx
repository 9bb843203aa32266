import type { TokenRecord } from '../../utils/storage';
import { useI18n } from '../common/i18n';

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
  const { t, rich } = useI18n();
  if (failures.length === 0) return null;
  return (
    <section class="card warn" aria-label={t('popup_revoke_failures_label')} role="alert">
      {failures.map((record) => (
        <div key={`${record.orgDomain}-${record.capturedAt}`} data-testid="revoke-failure">
          <p>
            {rich('popup_revoke_failure', {
              masked: <code>{record.masked}</code>,
              org: record.orgDomain,
              why:
                record.ending.how === 'revoke-failed' ? record.ending.why : t('popup_revoke_failure_unknown'),
            })}
          </p>
          <button type="button" onClick={() => onRevokeInOkta(record)}>
            {t('popup_revoke_in_okta')}
          </button>{' '}
          <button
            type="button"
            aria-label={t('popup_revoke_failure_done_label', { masked: record.masked })}
            onClick={() => onDismiss(record)}
          >
            {t('popup_revoke_failure_done')}
          </button>
        </div>
      ))}
    </section>
  );
}

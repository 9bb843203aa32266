import type { Translate } from '../../utils/i18n/catalogue';
import type { TokenEnding, TokenEndReason, TokenRecord } from '../../utils/storage';
import { useI18n } from '../common/i18n';

interface Props {
  records: TokenRecord[];
  revokeUnused: boolean;
  revokeLocked: boolean;
  onRevokeUnusedChange: (on: boolean) => void;
  onClear: () => void;
}

/** "Recent tokens": what became of each token of the last 7 days (no secret), and the revocation option. */
export function RecentTokens({ records, revokeUnused, revokeLocked, onRevokeUnusedChange, onClear }: Props) {
  const { t, rich, lang } = useI18n();
  return (
    <section aria-label={t('options_recent_tokens')}>
      <h2>{t('options_recent_tokens')}</h2>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={revokeUnused}
            disabled={revokeLocked}
            onChange={(e) => onRevokeUnusedChange(e.currentTarget.checked)}
          />{' '}
          {t('options_revoke_unused')}
        </label>
        <p class="hint">{t('options_revoke_unused_hint')}</p>
        {revokeLocked && <p class="hint">{t('options_managed')}</p>}
      </div>
      {records.length === 0 ? (
        <p class="hint">{t('options_recent_tokens_none')}</p>
      ) : (
        <>
          <ul data-testid="recent-tokens">
            {records.map((record) => (
              <li key={`${record.orgDomain}-${record.capturedAt}`}>
                {record.oktaId
                  ? rich('options_recent_token_with_id', {
                      masked: <code>{record.masked}</code>,
                      org: record.orgDomain,
                      id: record.oktaId,
                      captured: new Date(record.capturedAt).toLocaleString(lang),
                      ending: endingText(record.ending, t),
                    })
                  : rich('options_recent_token', {
                      masked: <code>{record.masked}</code>,
                      org: record.orgDomain,
                      captured: new Date(record.capturedAt).toLocaleString(lang),
                      ending: endingText(record.ending, t),
                    })}
              </li>
            ))}
          </ul>
          <p class="hint">{t('options_recent_tokens_kept')}</p>
          <button type="button" onClick={onClear}>
            {t('options_recent_tokens_clear')}
          </button>
        </>
      )}
    </section>
  );
}

function reason(reason: TokenEndReason, t: Translate): string {
  switch (reason) {
    case 'forgotten':
      return t('token_reason_forgotten');
    case 'expired':
      return t('token_reason_expired');
    case 'replaced':
      return t('token_reason_replaced');
    case 'guide-stopped':
      return t('token_reason_guide_stopped');
  }
}

export function endingText(ending: TokenEnding, t: Translate): string {
  switch (ending.how) {
    case 'linked':
      return t('token_ending_linked', { account: ending.accountId });
    case 'filled':
      return t('token_ending_filled');
    case 'revoked':
      return t('token_ending_revoked', { reason: reason(ending.reason, t) });
    case 'revoke-failed':
      return t('token_ending_revoke_failed', { why: ending.why, reason: reason(ending.reason, t) });
    case 'not-revoked':
      return t('token_ending_not_revoked', { reason: reason(ending.reason, t) });
  }
}

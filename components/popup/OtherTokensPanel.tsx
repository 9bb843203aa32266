import type { TokenView } from '../../utils/messages/popup-protocol';
import { useI18n } from '../common/i18n';

interface Props {
  tokens: TokenView[];
  now: number;
  onForget: (orgDomain: string) => void;
}

/** Tokens held for other orgs than this tab's: each masked, with its org and time left, and its own Forget. */
export function OtherTokensPanel({ tokens, now, onForget }: Props) {
  const { t, rich, plural } = useI18n();
  if (tokens.length === 0) return null;
  return (
    <section class="card" aria-label={t('popup_other_tokens_label')}>
      <p class="label">{t('popup_other_tokens_title')}</p>
      <ul class="plain" data-testid="other-tokens">
        {tokens.map((token) => (
          <li key={token.orgDomain} data-org={token.orgDomain}>
            {rich('popup_other_token', {
              masked: <code>{token.masked}</code>,
              org: <strong>{token.orgDomain}</strong>,
            })}{' '}
            <span class="muted">
              {plural(
                'popup_other_token_forgotten_in',
                Math.max(0, Math.ceil((token.expiresAt - now) / 60_000)),
              )}
            </span>{' '}
            <button
              type="button"
              aria-label={t('popup_other_token_forget_label', { org: token.orgDomain })}
              onClick={() => onForget(token.orgDomain)}
            >
              {t('popup_other_token_forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

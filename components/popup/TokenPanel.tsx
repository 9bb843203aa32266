import type { ComponentChildren } from 'preact';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { useI18n } from '../common/i18n';

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
  const { t, plural, rich } = useI18n();
  const minutes = Math.max(0, Math.ceil((token.expiresAt - now) / 60_000));
  return (
    <section class="card" aria-label={t('popup_token_label')}>
      <p class="label">{t('popup_token_for', { org: token.orgDomain })}</p>
      <p>
        <code data-testid="masked-token">{token.masked}</code>{' '}
        <span class="muted">
          {plural(token.source === 'guide' ? 'popup_token_captured' : 'popup_token_pasted', minutes)}
        </span>
      </p>
      <p data-testid="token-destination">
        {destination.kind === 'not-chosen' ? (
          <span class="muted">{t('popup_goes_to_not_chosen')}</span>
        ) : (
          <>
            {rich('popup_goes_to', { origin: <strong>{destination.origin}</strong> })}{' '}
            <span class="muted">
              {t(destination.kind === 'hub-page' ? 'popup_goes_to_hub_page' : 'popup_goes_to_hub_api')}
            </span>
          </>
        )}
      </p>
      {children}
    </section>
  );
}

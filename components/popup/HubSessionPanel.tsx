import type { PopupState } from '../../utils/messages/popup-protocol';
import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';
import { SecretField } from './SecretField';

interface Props {
  session: PopupState['hubSession'];
  /** The popup is on a page that may show the hub (not an Okta page). */
  canReadFromTab: boolean;
  error: string | null;
  onFindInTab: () => void;
  onPaste: (value: string) => void;
}

export function HubSessionPanel({ session, canReadFromTab, error, onFindInTab, onPaste }: Props) {
  const { t, rich } = useI18n();
  return (
    <section class="card" aria-label={t('popup_session_label')}>
      <p class="label">{t('popup_session_label')}</p>
      {session ? (
        <p data-testid="hub-session">
          {rich('popup_session_for', {
            session: <code>{session.masked}</code>,
            origin: <strong>{session.origin}</strong>,
          })}
          {session.foundOn ? (
            <span class="muted"> {t('popup_session_found_on', { page: session.foundOn })}</span>
          ) : null}
        </p>
      ) : (
        <p class="muted">{t('popup_session_none')}</p>
      )}
      {canReadFromTab && (
        <button type="button" onClick={onFindInTab}>
          {t('popup_session_from_tab')}
        </button>
      )}
      <SecretField
        id="hub-session-input"
        label={t('popup_session_input')}
        submitLabel={t('popup_session_use')}
        onSubmit={onPaste}
      />
      <ErrorLine message={error} />
    </section>
  );
}

import { useI18n } from '../common/i18n';

/**
 * A hub session the extension did not take on the page's word: its hub API is outside the trusted ones (the admin
 * confirms that host), or it is of another hub than the session in use (the admin says which one to keep).
 */
export type SessionChoice =
  | { kind: 'confirm'; origin: string; host: string; message: string }
  | { kind: 'replace'; from: string; to: string; message: string };

interface Props {
  choice: SessionChoice;
  onConfirm: (origin: string) => void;
  onReplace: () => void;
}

export function HubApiConfirm({ choice, onConfirm, onReplace }: Props) {
  const { t } = useI18n();
  return (
    <section class="card" aria-label={t('popup_hub_api_label')}>
      <p class="warn" role="status" data-testid="hub-api-confirm">
        {choice.message}
      </p>
      {choice.kind === 'confirm' ? (
        <>
          <p class="muted">{t('popup_hub_api_only_if')}</p>
          <button type="button" onClick={() => onConfirm(choice.origin)}>
            {t('popup_hub_api_trust', { host: choice.host })}
          </button>
        </>
      ) : (
        <button type="button" onClick={onReplace}>
          {t('popup_hub_api_use_session', { host: choice.to })}
        </button>
      )}
    </section>
  );
}

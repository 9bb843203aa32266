import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/catalogue';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { tokenUsageText } from '../../utils/okta/token-usage-copy';
import { useI18n } from '../common/i18n';

interface Props {
  link: PopupState['link'];
  hasToken: boolean;
  hasSession: boolean;
  busy: boolean;
  /** The host that receives the token with Connect (the hub API of the session). */
  hubHost?: string | null;
  onConnect: (options: { integrationId?: string; confirmAfterUnknownOutcome?: boolean }) => void;
}

export function ConnectPanel({ link, hasToken, hasSession, busy, hubHost = null, onConnect }: Props) {
  const { t, rich, lang } = useI18n();
  const [integrationId, setIntegrationId] = useState<string | undefined>(undefined);
  // A token held after a link is a new one (captured since), so the way to link it comes first.
  if (link?.status === 'linked' && !hasToken) {
    return (
      <section class="card success" aria-label={t('popup_result_label')} role="status">
        <p class="big">{t('popup_connected')}</p>
        <p>
          {rich('popup_connected_detail', {
            account: <code data-testid="account-id">{link.accountId}</code>,
            org: link.orgDomain,
          })}
        </p>
        {link.usage && <p data-testid="token-usage">{tokenUsageText(link.usage, { t, lang })}</p>}
      </section>
    );
  }
  const unknownOutcome = link?.status === 'failed' && link.kind === 'outcome-unknown';
  // The stored outcome is the truth: a worker stopped mid-request never answers the click that is
  // waiting (`busy`), but it leaves an unknown outcome, which ends the wait.
  const inFlight = link?.status === 'in-flight' || (busy && !unknownOutcome);
  const offered = link?.status === 'choose-integration' ? link.integrations : [];
  // A choice counts only among what the current session's hub offers (the background drops another's list).
  const chosen = offered.some((integration) => integration.id === integrationId) ? integrationId : undefined;
  const mustChoose = link?.status === 'choose-integration' && chosen === undefined;
  return (
    <section class="card" aria-label={t('popup_connect')}>
      {link?.status === 'choose-integration' && (
        <fieldset>
          <legend>{t('popup_choose_integration')}</legend>
          {offered.map((integration) => (
            <label key={integration.id} class="choice">
              <input
                type="radio"
                name="integration"
                value={integration.id}
                checked={chosen === integration.id}
                onChange={() => setIntegrationId(integration.id)}
              />
              {integrationLabel(integration, offered, t)}
            </label>
          ))}
        </fieldset>
      )}
      {hasSession && hubHost && (
        <p data-testid="connect-destination">
          {rich('popup_connect_destination', { host: <strong>{hubHost}</strong> })}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!hasToken || !hasSession || inFlight || unknownOutcome || mustChoose}
          aria-busy={inFlight}
          onClick={() => onConnect({ integrationId: chosen })}
        >
          {t('popup_connect')}
        </button>
        {inFlight && <span class="muted">{t('popup_linking')}</span>}
      </div>
      {!hasToken && <p class="muted">{t('popup_connect_needs_token')}</p>}
      {hasToken && !hasSession && <p class="muted">{t('popup_connect_needs_session')}</p>}
      {link?.status === 'failed' && (
        <div class="error" role="alert">
          <p>{link.message}</p>
          {link.detail && <p class="detail">{link.detail}</p>}
          {hasToken && <p class="muted">{t('popup_token_still_held')}</p>}
          {unknownOutcome && (
            <button
              type="button"
              onClick={() => onConnect({ integrationId: chosen, confirmAfterUnknownOutcome: true })}
            >
              {t('popup_link_again')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

type Offered = Extract<NonNullable<PopupState['link']>, { status: 'choose-integration' }>['integrations'];

/** "Okta", or "Okta (sandbox)" when another integration has the same name: entries the admin can tell apart. */
function integrationLabel(integration: Offered[number], offered: Offered, t: Translate): string {
  const sameName = offered.filter((other) => other.name === integration.name).length > 1;
  return sameName && integration.environment
    ? t('popup_integration_environment', { name: integration.name, environment: integration.environment })
    : integration.name;
}

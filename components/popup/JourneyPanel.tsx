import type { HubJourneyView } from '../../utils/messages/popup-protocol';
import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';

interface Props {
  journey: HubJourneyView;
  hasToken: boolean;
  hasSession: boolean;
  error: string | null;
  onReopen: () => void;
  onCancel: () => void;
}

/** A Get-token-from-Okta journey, as seen from the tab the popup is on: where it stands, and what to do. */
export function JourneyPanel({ journey, hasToken, hasSession, error, onReopen, onCancel }: Props) {
  const { t } = useI18n();
  const { orgDomain, hubOrigin, status, message } = journey;
  const hub = hubOrigin;
  const onHub = journey.here === 'hub';
  const linkInstead = t(
    hasToken
      ? hasSession
        ? 'journey_held_with_session'
        : 'journey_held_without_session'
      : 'journey_connect_later',
  );
  let text: string;
  switch (status) {
    case 'waiting-token':
      text = onHub ? t('journey_waiting_hub', { org: orgDomain }) : t('journey_waiting_okta', { hub });
      break;
    case 'okta-closed':
      text = t('journey_okta_closed');
      break;
    case 'filling':
      text = t('journey_filling', { hub });
      break;
    case 'filled':
      text = onHub ? (message ?? t('journey_filled_here')) : t('journey_filled_there', { hub });
      break;
    case 'fill-refused':
      text = t('journey_refused', {
        hub,
        reason: message ?? t('journey_refused_reason'),
        next: t(onHub ? 'journey_refused_next_here' : 'journey_refused_next_there'),
      });
      break;
    case 'hub-closed':
      text = t('journey_hub_closed', { hub, instead: linkInstead });
      break;
    case 'hub-navigated':
      text = onHub ? t('journey_left_here', { hub }) : t('journey_left_there', { hub, instead: linkInstead });
      break;
  }
  const problem = ['okta-closed', 'fill-refused', 'hub-closed', 'hub-navigated'].includes(status);
  return (
    <section class="card" aria-label={t('journey_label')}>
      <p class="label">{t('journey_title', { org: orgDomain })}</p>
      <p data-testid="journey-status" class={problem ? 'warn' : undefined} role="status">
        {text}
      </p>
      {onHub && (status === 'waiting-token' || status === 'okta-closed') && (
        <div class="row">
          {status === 'okta-closed' && (
            <button type="button" class="primary" onClick={onReopen}>
              {t('journey_reopen')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        </div>
      )}
      <ErrorLine message={error} />
    </section>
  );
}

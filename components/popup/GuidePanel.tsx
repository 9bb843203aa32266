import type { GuideMode } from '../../utils/messages/guide-protocol';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import { stepNumber } from '../../utils/okta/steps-ids';
import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';
import { PrivilegeSummary } from './PrivilegeSummary';

interface Props {
  guide: PopupState['guide'];
  privilege: PopupState['privilege'];
  /** A guide runs on this tab (and has not reached `linked`): its progress, not the ways to start. */
  running: boolean;
  error: string | null;
  onStart: (mode: GuideMode) => void;
  onStop: () => void;
}

/** On an Okta tab: Start (straight to the Tokens page) and Show me the way (the tour), or the guide's progress. */
export function GuidePanel({ guide, privilege, running, error, onStart, onStop }: Props) {
  const { t } = useI18n();
  // The tour counts its steps; Start skips the menus, so its count would start at 5.
  const progress = guide?.step && guide.mode === 'tour' ? stepNumber(guide.step) : null;
  return (
    <section class="card" aria-label={t('popup_guide_label')}>
      {running && guide ? (
        <>
          <p data-testid="guide-progress">
            {guide.step
              ? progress
                ? t('popup_step_of', {
                    index: progress.index,
                    total: progress.total,
                    title: t(GUIDE_STEPS[guide.step].copy.title),
                  })
                : t(GUIDE_STEPS[guide.step].copy.title)
              : t(guide.mode === 'direct' ? 'popup_opening_tokens' : 'popup_guide_started')}
            {guide.target === 'missing' && ` ${t('popup_follow_on_page')}`}
          </p>
          <button type="button" onClick={onStop}>
            {t('popup_stop_guide')}
          </button>
        </>
      ) : (
        <>
          <p>{t('popup_start_intro')}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => onStart('direct')}>
              {t('popup_start')}
            </button>
            <button type="button" onClick={() => onStart('tour')}>
              {t('popup_show_me')}
            </button>
          </div>
        </>
      )}
      <ErrorLine message={error} />
      <PrivilegeSummary privilege={privilege} />
    </section>
  );
}

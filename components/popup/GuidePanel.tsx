import type { PopupState } from '../../utils/background/popup-state';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import { stepNumber } from '../../utils/okta/steps-ids';
import { ErrorLine } from '../common/ErrorLine';
import { PrivilegeSummary } from './PrivilegeSummary';

interface Props {
  guide: PopupState['guide'];
  privilege: PopupState['privilege'];
  error: string | null;
  onStart: () => void;
  onStop: () => void;
}

export function GuidePanel({ guide, privilege, error, onStart, onStop }: Props) {
  const progress = guide?.step ? stepNumber(guide.step) : null;
  return (
    <section class="card" aria-label="Guide">
      {guide ? (
        <>
          <p data-testid="guide-progress">
            {guide.step
              ? `${progress ? `Step ${progress.index} of ${progress.total}: ` : ''}${GUIDE_STEPS[guide.step].copy.title}`
              : 'Guide started on this tab.'}
            {guide.target === 'missing' && ' (follow the instructions on the page)'}
          </p>
          <button type="button" onClick={onStop}>
            Stop guide
          </button>
        </>
      ) : (
        <>
          <p>The guide shows you, one step at a time, where to create the API token the hub needs.</p>
          <button type="button" class="primary" onClick={onStart}>
            Start
          </button>
        </>
      )}
      <ErrorLine message={error} />
      <PrivilegeSummary privilege={privilege} />
    </section>
  );
}

import type { GuideMode } from '../../utils/messages/guide-protocol';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import { stepNumber } from '../../utils/okta/steps-ids';
import { ErrorLine } from '../common/ErrorLine';
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
  // The tour counts its steps; Start skips the menus, so its count would start at 5.
  const progress = guide?.step && guide.mode === 'tour' ? stepNumber(guide.step) : null;
  return (
    <section class="card" aria-label="Guide">
      {running && guide ? (
        <>
          <p data-testid="guide-progress">
            {guide.step
              ? `${progress ? `Step ${progress.index} of ${progress.total}: ` : ''}${GUIDE_STEPS[guide.step].copy.title}`
              : guide.mode === 'direct'
                ? 'Opening the Tokens page…'
                : 'Guide started on this tab.'}
            {guide.target === 'missing' && ' (follow the instructions on the page)'}
          </p>
          <button type="button" onClick={onStop}>
            Stop guide
          </button>
        </>
      ) : (
        <>
          <p>
            Create the API token the hub needs: Start opens your Admin Console's Tokens page and shows you
            what to click.
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={() => onStart('direct')}>
              Start
            </button>
            <button type="button" onClick={() => onStart('tour')}>
              Show me the way
            </button>
          </div>
        </>
      )}
      <ErrorLine message={error} />
      <PrivilegeSummary privilege={privilege} />
    </section>
  );
}

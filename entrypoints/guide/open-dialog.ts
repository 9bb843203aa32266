import type { TargetVerdict } from '@/utils/guide/target-watch';
import type { GuideMode } from '@/utils/messages/guide-protocol';
import { ADMIN_TOKENS_PATH } from '@/utils/okta/steps';
import type { StepId } from '@/utils/okta/steps-ids';

/**
 * Start and Get token from Okta bring the admin to the Tokens page to create a token: there the guide opens
 * Okta's Create-token dialog itself, with Okta's own button, so the admin's next click is Okta's Create token
 * in the filled dialog. Opening creates nothing. Once per journey (the background keeps the mark, so a reload
 * or a later return does not open it again), never in the tour (which teaches the way), never on a button
 * that is disabled (no rights). If the admin closes the dialog, the guide highlights Create token instead.
 *
 * While the question is out and the dialog is coming, Create token is not shown as found: the admin is not
 * invited to click a button the guide is about to click.
 */

/** How long the guide waits for Okta's dialog after its click before it highlights Create token again. */
const DIALOG_WAIT_MS = 3000;

export interface DialogOpener {
  /**
   * Called each evaluation with its step and verdict; returns the verdict to show (searching while the guide
   * is opening the dialog).
   */
  verdictFor(step: StepId, verdict: TargetVerdict, target: Element | null): TargetVerdict;
  /**
   * Our worker pushed a new status (e.g. Start again on this page: a new journey). A guide that settled the
   * question asks again at the next Create token; the worker's mark says whether this journey had its dialog.
   */
  reconsider(): void;
}

export function dialogOpener(options: {
  mode: () => GuideMode;
  path: () => string;
  /** Asks the background whether this journey may still have its dialog opened (and claims it). */
  claim: () => Promise<boolean>;
  /** Looks again (the next evaluation), after `ms` when given. */
  reevaluate: (ms?: number) => void;
  now: () => number;
}): DialogOpener {
  /** Idle, asking the background, opening (until `until`), or done with this journey's question. */
  let phase: 'idle' | 'asking' | 'opening' | 'done' = 'idle';
  let until = 0;
  let last: StepId | null = null;
  return {
    reconsider() {
      if (phase === 'done') phase = 'idle';
    },
    verdictFor(step, verdict, target) {
      last = step;
      // Opening ends when the dialog came (the step moved on) or did not in time: Create token is the admin's.
      if (phase === 'opening' && (step !== 'create-token' || options.now() >= until)) phase = 'done';
      if (phase === 'done' || step !== 'create-token') return verdict;
      if (phase !== 'idle') return HOLD;
      // The tour, or another page: not now (a Start on this page later begins a journey that may).
      if (verdict.state !== 'found' || !target || options.mode() !== 'direct') return verdict;
      if (options.path().replace(/\/$/, '') !== ADMIN_TOKENS_PATH) return verdict;
      if (isDisabled(target)) {
        phase = 'done';
        return verdict;
      }
      phase = 'asking';
      void options
        .claim()
        .catch(() => false)
        .then((open) => {
          phase = 'done';
          // Not if the page moved on meanwhile (the admin opened the dialog, or left).
          if (open && last === 'create-token' && target.isConnected && !isDisabled(target)) {
            phase = 'opening';
            until = options.now() + DIALOG_WAIT_MS;
            (target as HTMLElement).click();
            options.reevaluate(DIALOG_WAIT_MS);
          } else options.reevaluate();
        });
      return HOLD;
    },
  };
}

const HOLD: TargetVerdict = { state: 'searching', recheck: null };

function isDisabled(button: Element): boolean {
  return button.matches(':disabled, [aria-disabled="true"]');
}

import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { STEP_COPY } from '../../utils/okta/step-copy';
import { type StepId, stepNumber } from '../../utils/okta/steps-ids';
import { Callout } from './Callout';
import { Highlight } from './Highlight';
import { PrivilegeNote } from './PrivilegeNote';

export interface GuideOverlayProps {
  step: StepId;
  target: Element | null;
  /** Still waiting for the page to render the target; the fallback shows once this is false. */
  searching: boolean;
  shortcut: string | null;
  status: GuideStatus;
  /** For steps the admin confirms in the guide itself (name, network). */
  onContinue: (() => void) | null;
  onStop: () => void;
}

export function GuideOverlay({
  step,
  target,
  searching,
  shortcut,
  status,
  onContinue,
  onStop,
}: GuideOverlayProps) {
  const copy = STEP_COPY[step];
  const progress = stepNumber(step);
  const missing = !target && !searching && step !== 'linked' && step !== 'token-captured';
  return (
    <div class="ola">
      {target && <Highlight target={target} />}
      <Callout target={target}>
        {progress && (
          <p class="progress">
            Step {progress.index} of {progress.total}
          </p>
        )}
        <h2>{copy.title}</h2>
        {missing ? (
          <p>{copy.fallback}</p>
        ) : (
          <p>{searching && !target ? `Looking for it on the page… ${copy.fallback}` : copy.instruction}</p>
        )}
        {step === 'token-captured' && status.tokenCaptured && (
          <p class="note ok">
            Token captured ({status.tokenCaptured.masked}), held in memory only. Okta will not show it again.
          </p>
        )}
        {step === 'linked' && status.linkedAccountId && (
          <p class="note ok">Hub account: {status.linkedAccountId}</p>
        )}
        <PrivilegeNote step={step} privilege={status.privilege} />
        <div class="actions">
          {onContinue && (
            <button type="button" class="primary" onClick={onContinue}>
              Continue
            </button>
          )}
          {shortcut && (
            <a class={missing ? 'button primary' : 'button'} href={shortcut}>
              Take me there
            </a>
          )}
          <button type="button" class="stop" onClick={onStop}>
            {step === 'linked' ? 'Close guide' : 'Stop guide'}
          </button>
        </div>
      </Callout>
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import type { Box } from '../../utils/dom/hit-test';
import type { TargetState } from '../../utils/guide/target-watch';
import type { GuideMode, GuideStatus } from '../../utils/messages/guide-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import type { NetworkState } from '../../utils/okta/steps';
import { type StepId, stepNumber } from '../../utils/okta/steps-ids';
import { Callout } from './Callout';
import { ConnectOffer } from './ConnectOffer';
import { Highlight } from './Highlight';
import { PrivilegeNote } from './PrivilegeNote';

export interface GuideOverlayProps {
  step: StepId;
  /** Whether the element to act on is found (then `target` is its box), still searched for, or missing. */
  state: TargetState;
  target: Box | null;
  mode: GuideMode;
  shortcut: string | null;
  status: GuideStatus;
  /** In the create-token dialog: the form as it stands, which the admin can still change. */
  form: { name: string; network: string; networkState: NetworkState } | null;
  /** Okta is at work after the admin's "Create token" (its button is disabled): e.g. a verification window. */
  oktaBusy: boolean;
  connectPending: boolean;
  onConnect: () => void;
  /** "Copy details for support": what the last copy did. */
  copied: 'copied' | 'refused' | null;
  onCopyDetails: () => void;
  onStop: () => void;
}

export function GuideOverlay(props: GuideOverlayProps) {
  const { step, state, target, mode, shortcut, status } = props;
  const copy = GUIDE_STEPS[step].copy;
  const progress = mode === 'tour' ? stepNumber(step) : null;
  const missing = state === 'missing';
  return (
    <div class="ola">
      {state === 'found' && target && <Highlight target={target} />}
      <Callout>
        {progress && (
          <p class="progress">
            Step {progress.index} of {progress.total}
          </p>
        )}
        <h2>{copy.title}</h2>
        {state === 'searching' ? <p>Looking for it on the page…</p> : <StepBody {...props} />}
        <PrivilegeNote step={step} privilege={status.privilege} />
        <div class="actions">
          {shortcut && (
            <a class={missing || mode === 'direct' ? 'primary' : undefined} href={shortcut}>
              Take me there
            </a>
          )}
          {missing && (
            <button type="button" onClick={props.onCopyDetails}>
              Copy details for support
            </button>
          )}
          <button type="button" class="stop" onClick={props.onStop}>
            {step === 'linked' ? 'Close guide' : 'Stop guide'}
          </button>
        </div>
        {missing && props.copied && (
          <p class="hint" role="status">
            {props.copied === 'copied'
              ? 'Copied. It holds no token, name or e-mail.'
              : 'The browser refused the clipboard.'}
          </p>
        )}
      </Callout>
    </div>
  );
}

function StepBody({ step, state, status, form, oktaBusy, connectPending, onConnect }: GuideOverlayProps) {
  const copy = GUIDE_STEPS[step].copy;
  if (state === 'missing' && step !== 'token-captured' && step !== 'linked') {
    return <p>{copy.fallback ?? copy.instruction}</p>;
  }
  switch (step) {
    case 'choose-network':
      return form?.networkState === 'needs-zones' ? (
        <p>
          With "{form.network}", Okta needs the zones the token may be used from: pick at least one. They must
          allow the hub's addresses, or linking will fail.
        </p>
      ) : (
        <Lines>
          <p>{copy.instruction}</p>
          <ZonesNote />
        </Lines>
      );
    case 'submit-token':
      if (oktaBusy) {
        return <p>Okta is creating the token. If it asks you to verify it is you, do so: the guide waits.</p>;
      }
      return form ? (
        <Lines>
          <p>
            Name: <strong>{form.name}</strong> · Calls from: <strong>{form.network || 'not chosen'}</strong>
          </p>
          <p>{copy.instruction}</p>
          <ZonesNote />
        </Lines>
      ) : (
        <p>{copy.instruction}</p>
      );
    case 'token-captured':
      return (
        <Lines>
          <p class="note ok">
            {status.tokenCaptured ? `${status.tokenCaptured.masked} is h` : 'H'}eld in memory only, for 15
            minutes, never on the clipboard.{state === 'found' ? ' You can close Okta’s dialog.' : ''}
          </p>
          {status.connect ? (
            <ConnectOffer connect={status.connect} pending={connectPending} onConnect={onConnect} />
          ) : (
            <p>To link it, open the extension on the hub’s page.</p>
          )}
        </Lines>
      );
    case 'linked':
      return (
        <p class="note ok">
          {copy.instruction}
          {status.linkedAccountId ? ` Hub account: ${status.linkedAccountId}.` : ''}
        </p>
      );
    default:
      return <p>{copy.instruction}</p>;
  }
}

function Lines({ children }: { children: ComponentChildren }) {
  return <>{children}</>;
}

/** When zones are the better choice, said where the admin decides. */
function ZonesNote() {
  return (
    <p class="hint">
      "Any IP" lets the hub reach Okta from its servers. Choose network zones instead if your org only allows
      API calls from known networks; the zones must then allow the hub’s addresses.
    </p>
  );
}

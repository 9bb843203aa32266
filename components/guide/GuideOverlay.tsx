import type { Box } from '../../utils/dom/hit-test';
import type { TargetState } from '../../utils/guide/target-watch';
import type { GuideMode, GuideStatus } from '../../utils/messages/guide-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import type { NetworkState } from '../../utils/okta/steps';
import type { StepId } from '../../utils/okta/steps-ids';
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
  form: {
    name: string;
    network: string;
    networkState: NetworkState;
    /** The guide found no Any IP among the choices, so the admin picks what the hub can live with. */
    noAnyIp: boolean;
  } | null;
  /** Okta is at work after the admin's "Create token" (its button is disabled): e.g. a verification window. */
  oktaBusy: boolean;
  connectPending: boolean;
  onConnect: () => void;
  /** "Copy details for support", once the details are written up; and whether they were copied. */
  onCopyDetails: (() => void) | null;
  copied: boolean;
  onStop: () => void;
}

export function GuideOverlay(props: GuideOverlayProps) {
  const { step, state, target, mode, shortcut, status } = props;
  const copy = GUIDE_STEPS[step].copy;
  const missing = state === 'missing';
  return (
    <div class="ola">
      {state === 'found' && target && <Highlight target={target} />}
      {/* The card; the runtime places it after each render (utils/guide/placement.ts). */}
      <section class="callout" aria-label="Okta Link Assistant guide" aria-live="polite">
        <h2>{copy.title}</h2>
        {state === 'searching' ? <p>Looking for it…</p> : <StepBody {...props} />}
        {status.tokenNotice && (
          <p class="note warn" role="alert">
            {status.tokenNotice}
          </p>
        )}
        <PrivilegeNote step={step} privilege={status.privilege} />
        <div class="actions">
          {shortcut && (
            <a class={missing || mode === 'direct' ? 'primary' : undefined} href={shortcut}>
              Take me there
            </a>
          )}
          {missing && props.onCopyDetails && (
            <button type="button" onClick={props.onCopyDetails}>
              {props.copied ? 'Copied' : 'Copy details for support'}
            </button>
          )}
          <button type="button" class="stop" onClick={props.onStop}>
            {step === 'linked' ? 'Close guide' : 'Stop guide'}
          </button>
        </div>
      </section>
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
      if (form?.networkState === 'needs-zones')
        return <p>Pick at least one zone for "{form.network}". The zones must allow the hub's addresses.</p>;
      return (
        <>
          <p>{form?.noAnyIp ? NO_ANY_IP : copy.instruction}</p>
          <ZonesNote />
        </>
      );
    case 'submit-token':
      if (oktaBusy) {
        return <p>Okta is creating the token. If it asks you to verify it is you, do so.</p>;
      }
      return form ? (
        <>
          <p>
            Name: <strong>{form.name}</strong> · Calls from: <strong>{form.network || 'not chosen'}</strong>
          </p>
          <p>{copy.instruction}</p>
          <ZonesNote />
        </>
      ) : (
        <p>{copy.instruction}</p>
      );
    case 'token-captured':
      return (
        <>
          <p class="note ok">
            Now held in memory only (15 minutes), never on the clipboard: {status.tokenCaptured?.masked}.
            {state === 'found' ? ' You can close Okta’s dialog.' : ''}
          </p>
          {status.connect ? (
            <ConnectOffer connect={status.connect} pending={connectPending} onConnect={onConnect} />
          ) : (
            <p>To link it, open the extension on the hub’s page.</p>
          )}
        </>
      );
    case 'linked':
      return (
        <>
          <p class="note ok">
            {copy.instruction}
            {status.linkedAccountId ? ` Hub account: ${status.linkedAccountId}.` : ''}
          </p>
          {status.tokenUsage && <p class="note">{status.tokenUsage}</p>}
        </>
      );
    default:
      return <p>{copy.instruction}</p>;
  }
}

/** Said when this console offers no Any IP, so the guide could not set it. */
const NO_ANY_IP = 'This list has no "Any IP": choose one that lets the hub’s servers call Okta.';

/** What zones mean for the hub, in one line, where the admin decides. */
function ZonesNote() {
  return <p class="hint">With zones, Okta accepts the hub’s calls only from addresses those zones allow.</p>;
}

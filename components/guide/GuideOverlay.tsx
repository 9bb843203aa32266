import type { Box } from '../../utils/dom/hit-test';
import type { TargetState } from '../../utils/guide/target-watch';
import type { GuideText } from '../../utils/i18n/guide-words';
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
  /** The words, in the console's language (sent by the background). */
  text: GuideText;
}

export function GuideOverlay(props: GuideOverlayProps) {
  const { step, state, target, mode, shortcut, status, text } = props;
  const copy = GUIDE_STEPS[step].copy;
  const missing = state === 'missing';
  return (
    <div class="ola">
      {state === 'found' && target && <Highlight target={target} />}
      {/* The card; the runtime places it after each render (utils/guide/placement.ts). */}
      <section class="callout" lang={status.lang} aria-label={text.t('guide_label')} aria-live="polite">
        <h2>{text.t(copy.title)}</h2>
        {state === 'searching' ? <p>{text.t('guide_looking')}</p> : <StepBody {...props} />}
        {status.tokenNotice && (
          <p class="note warn" role="alert">
            {status.tokenNotice}
          </p>
        )}
        <PrivilegeNote step={step} privilege={status.privilege} />
        <div class="actions">
          {shortcut && (
            <a class={missing || mode === 'direct' ? 'primary' : undefined} href={shortcut}>
              {text.t('guide_take_me_there')}
            </a>
          )}
          {missing && props.onCopyDetails && (
            <button type="button" onClick={props.onCopyDetails}>
              {text.t(props.copied ? 'guide_copied' : 'guide_copy_details')}
            </button>
          )}
          <button type="button" class="stop" onClick={props.onStop}>
            {text.t(step === 'linked' ? 'guide_close' : 'guide_stop')}
          </button>
        </div>
      </section>
    </div>
  );
}

function StepBody(props: GuideOverlayProps) {
  const { step, state, status, form, oktaBusy, connectPending, onConnect, text } = props;
  const copy = GUIDE_STEPS[step].copy;
  const instruction = copy.instruction && text.t(copy.instruction);
  if (state === 'missing' && step !== 'token-captured' && step !== 'linked') {
    return <p>{copy.fallback ? text.t(copy.fallback) : instruction}</p>;
  }
  switch (step) {
    case 'choose-network':
      if (form?.networkState === 'needs-zones')
        return <p>{text.t('guide_zones_pick', { network: form.network })}</p>;
      return (
        <>
          <p>{form?.noAnyIp ? text.t('guide_no_any_ip') : instruction}</p>
          <ZonesNote text={text} />
        </>
      );
    case 'submit-token':
      if (oktaBusy) {
        return <p>{text.t('guide_okta_busy')}</p>;
      }
      return form ? (
        <>
          <p>
            {text.rich('guide_form_summary', {
              name: <strong>{form.name}</strong>,
              network: <strong>{form.network || text.t('guide_not_chosen')}</strong>,
            })}
          </p>
          <p>{instruction}</p>
          <ZonesNote text={text} />
        </>
      ) : (
        <p>{instruction}</p>
      );
    case 'token-captured':
      return (
        <>
          <p class="note ok">
            {text.t('guide_captured', { masked: status.tokenCaptured?.masked ?? '' })}
            {state === 'found' ? ` ${text.t('guide_close_okta_dialog')}` : ''}
          </p>
          {status.connect ? (
            <ConnectOffer
              connect={status.connect}
              pending={connectPending}
              onConnect={onConnect}
              text={text}
            />
          ) : (
            <p>{text.t('guide_open_hub')}</p>
          )}
        </>
      );
    case 'linked':
      return (
        <>
          <p class="note ok">
            {instruction}
            {status.linkedAccountId
              ? ` ${text.t('guide_hub_account', { account: status.linkedAccountId })}`
              : ''}
          </p>
          {status.tokenUsage && <p class="note">{status.tokenUsage}</p>}
        </>
      );
    default:
      return <p>{instruction}</p>;
  }
}

/** What zones mean for the hub, in one line, where the admin decides. */
function ZonesNote({ text }: { text: GuideText }) {
  return <p class="hint">{text.t('guide_zones_note')}</p>;
}

import type { Box } from '../../utils/dom/hit-test';
import type { TargetState } from '../../utils/guide/target-watch';
import type { GuideText } from '../../utils/i18n/guide-words';
import type { GuideMode, GuideStatus } from '../../utils/messages/guide-protocol';
import { GUIDE_STEPS } from '../../utils/okta/guide-steps';
import type { NetworkState } from '../../utils/okta/steps';
import type { StepId } from '../../utils/okta/steps-ids';
import { connectOffer } from './ConnectOffer';
import { attr, type Block, el, type Item, type Part, sync } from './dom';
import { highlight } from './Highlight';
import { privilegeNote } from './PrivilegeNote';

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

export interface GuideOverlay {
  /** The card, placed by the runtime after each draw (utils/dom/placement.ts). */
  card: HTMLElement;
  draw(props: GuideOverlayProps): void;
  erase(): void;
}

/**
 * The overlay in `container`: the ring on the target and the card saying what to do. Its elements are created
 * here once; each draw updates them in place (dom.ts), so the card (a polite live region) and its buttons
 * persist, and a draw where only the target moved sets the ring's styles and nothing else.
 */
export function mountGuideOverlay(container: Element): GuideOverlay {
  /** The last draw's props: the buttons' handlers call what it gave. */
  let props: GuideOverlayProps;
  const ring = highlight();
  const offer = connectOffer(() => props.onConnect());
  const shortcut = el('a');
  const copy = el('button', { type: 'button' });
  copy.addEventListener('click', () => props.onCopyDetails?.());
  const stop = el('button', { type: 'button', class: 'stop' });
  stop.addEventListener('click', () => props.onStop());
  const actions = el('div', { class: 'actions' });
  const card = el('section', { class: 'callout' });
  const root = el('div', { class: 'ola' });

  const label = (element: Element, words: string) => {
    if (element.textContent !== words) element.textContent = words;
  };

  return {
    card,
    draw(next) {
      props = next;
      const { step, state, target, mode, status, text } = next;
      const missing = state === 'missing';
      if (state === 'found' && target) ring.place(target);
      attr(card, 'lang', status.lang);
      attr(card, 'aria-label', text.t('guide_label'));
      attr(card, 'aria-live', 'polite');
      if (next.shortcut) {
        attr(shortcut, 'class', missing || mode === 'direct' ? 'primary' : null);
        attr(shortcut, 'href', next.shortcut);
        label(shortcut, text.t('guide_take_me_there'));
      }
      label(copy, text.t(next.copied ? 'guide_copied' : 'guide_copy_details'));
      label(stop, text.t(step === 'linked' ? 'guide_close' : 'guide_stop'));
      sync(actions, [next.shortcut ? shortcut : null, missing && next.onCopyDetails ? copy : null, stop]);
      const body: Item[] =
        state === 'searching' ? [{ tag: 'p', parts: [text.t('guide_looking')] }] : stepBody(next, offer);
      sync(card, [
        { tag: 'h2', parts: [text.t(GUIDE_STEPS[step].copy.title)] },
        ...body,
        status.tokenNotice
          ? { tag: 'p', attrs: { class: 'note warn', role: 'alert' }, parts: [status.tokenNotice] }
          : null,
        privilegeNote(step, status.privilege),
        actions,
      ]);
      sync(root, [state === 'found' && target && ring.ring, card]);
      sync(container, [root]);
    },
    erase() {
      container.replaceChildren();
    },
  };
}

const p = (...parts: Part[]): Block => ({ tag: 'p', parts });

/** What the card says to do at this step, below its title (the offer to connect is the one persistent part). */
function stepBody(props: GuideOverlayProps, offer: ReturnType<typeof connectOffer>): Item[] {
  const { step, state, status, form, oktaBusy, connectPending, text } = props;
  const copy = GUIDE_STEPS[step].copy;
  const instruction = (copy.instruction && text.t(copy.instruction)) || '';
  if (state === 'missing' && step !== 'token-captured' && step !== 'linked') {
    return [p(copy.fallback ? text.t(copy.fallback) : instruction)];
  }
  switch (step) {
    case 'choose-network':
      if (form?.networkState === 'needs-zones')
        return [p(text.t('guide_zones_pick', { network: form.network }))];
      return [p(form?.noAnyIp ? text.t('guide_no_any_ip') : instruction), zonesNote(text)];
    case 'submit-token':
      if (oktaBusy) return [p(text.t('guide_okta_busy'))];
      if (!form) return [p(instruction)];
      return [
        p(
          ...text.rich<Part>('guide_form_summary', {
            name: { strong: form.name },
            network: { strong: form.network || text.t('guide_not_chosen') },
          }),
        ),
        p(instruction),
        zonesNote(text),
      ];
    case 'token-captured':
      if (status.connect) offer.update(status.connect, connectPending, text);
      return [
        {
          tag: 'p',
          attrs: { class: 'note ok' },
          parts: [
            text.t('guide_captured', { masked: status.tokenCaptured?.masked ?? '' }),
            state === 'found' ? ` ${text.t('guide_close_okta_dialog')}` : '',
          ],
        },
        status.connect ? offer.offer : p(text.t('guide_open_hub')),
      ];
    case 'linked':
      return [
        {
          tag: 'p',
          attrs: { class: 'note ok' },
          parts: [
            instruction,
            status.linkedAccountId
              ? ` ${text.t('guide_hub_account', { account: status.linkedAccountId })}`
              : '',
          ],
        },
        status.tokenUsage ? { tag: 'p', attrs: { class: 'note' }, parts: [status.tokenUsage] } : null,
      ];
    default:
      return [p(instruction)];
  }
}

/** What zones mean for the hub, in one line, where the admin decides. */
function zonesNote(text: GuideText): Block {
  return { tag: 'p', attrs: { class: 'hint' }, parts: [text.t('guide_zones_note')] };
}

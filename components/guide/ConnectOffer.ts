import type { GuideText } from '../../utils/i18n/guide-words';
import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { attr, el, type Part, sync } from './dom';

type Connect = NonNullable<GuideStatus['connect']>;

/**
 * Connect, right after the capture, when a hub session is known: where the token will go, then the button.
 * Created once and updated in place, so the button the admin clicked keeps focus while the link is under way.
 * It acts only on a person's click (a trusted event): a page script clicking it does nothing.
 */
export function connectOffer(onConnect: () => void) {
  const button = el('button', { type: 'button', class: 'primary' });
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onConnect();
  });
  const offer = el('div');
  return {
    offer,
    update(connect: Connect, pending: boolean, text: GuideText): void {
      const busy = pending || connect.state === 'in-flight';
      sync(offer, [
        {
          tag: 'p',
          parts: text.rich<Part>('guide_connect_goes_to', { origin: { strong: connect.hubOrigin } }),
        },
        connect.state === 'failed' && connect.message
          ? { tag: 'p', attrs: { class: 'note warn', role: 'alert' }, parts: [connect.message] }
          : null,
        button,
      ]);
      attr(button, 'disabled', busy ? '' : null);
      const label = text.t(busy ? 'guide_connecting' : 'guide_connect');
      if (button.textContent !== label) button.textContent = label;
    },
  };
}

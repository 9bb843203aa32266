import type { GuideText } from '../../utils/i18n/guide-words';
import type { GuideStatus } from '../../utils/messages/guide-protocol';

type Connect = NonNullable<GuideStatus['connect']>;

/**
 * Connect, right after the capture, when a hub session is known: where the token will go, then the button.
 * It acts only on a person's click (a trusted event): a page script clicking it does nothing.
 */
export function ConnectOffer({
  connect,
  pending,
  onConnect,
  text,
}: {
  connect: Connect;
  pending: boolean;
  onConnect: () => void;
  text: GuideText;
}) {
  const busy = pending || connect.state === 'in-flight';
  return (
    <div>
      <p>{text.rich('guide_connect_goes_to', { origin: <strong>{connect.hubOrigin}</strong> })}</p>
      {connect.state === 'failed' && connect.message && (
        <p class="note warn" role="alert">
          {connect.message}
        </p>
      )}
      <button
        type="button"
        class="primary"
        disabled={busy}
        onClick={(event) => {
          if (event.isTrusted) onConnect();
        }}
      >
        {text.t(busy ? 'guide_connecting' : 'guide_connect')}
      </button>
    </div>
  );
}

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
}: {
  connect: Connect;
  pending: boolean;
  onConnect: () => void;
}) {
  const busy = pending || connect.state === 'in-flight';
  return (
    <div>
      <p>
        It goes to the hub at <strong>{connect.hubOrigin}</strong>.
      </p>
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
        {busy ? 'Connecting…' : 'Connect'}
      </button>
    </div>
  );
}

import type { PopupState } from '../../utils/messages/popup-protocol';
import { ErrorLine } from '../common/ErrorLine';
import { SecretField } from './SecretField';

interface Props {
  session: PopupState['hubSession'];
  /** The popup is on a page that may show the hub (not an Okta page). */
  canReadFromTab: boolean;
  error: string | null;
  onFindInTab: () => void;
  onPaste: (value: string) => void;
}

export function HubSessionPanel({ session, canReadFromTab, error, onFindInTab, onPaste }: Props) {
  return (
    <section class="card" aria-label="Hub session">
      <p class="label">Hub session</p>
      {session ? (
        <p data-testid="hub-session">
          <code>{session.masked}</code> for <strong>{session.origin}</strong>
          {session.foundOn ? <span class="muted"> (found on {session.foundOn})</span> : null}
        </p>
      ) : (
        <p class="muted">
          None yet. Open the hub (or the link you were sent) and use its session, or paste one.
        </p>
      )}
      {canReadFromTab && (
        <button type="button" onClick={onFindInTab}>
          Use hub session from this tab
        </button>
      )}
      <SecretField
        id="hub-session-input"
        label="Hub session or hub link"
        submitLabel="Use session"
        onSubmit={onPaste}
      />
      <ErrorLine message={error} />
    </section>
  );
}

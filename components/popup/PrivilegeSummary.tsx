import type { PopupState } from '../../utils/messages/popup-protocol';
import { privilegeMessage } from '../../utils/okta/privilege-copy';

export function PrivilegeSummary({ privilege }: { privilege: PopupState['privilege'] }) {
  if (!privilege) return <p class="muted">Your admin roles are checked when the guide starts.</p>;
  const message = privilegeMessage(privilege);
  return (
    <p class={message.tone} data-testid="privilege" data-privilege={message.kind}>
      {message.text}
    </p>
  );
}

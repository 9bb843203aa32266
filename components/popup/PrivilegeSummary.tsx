import type { PopupState } from '../../utils/messages/popup-protocol';
import { privilegeMessage } from '../../utils/okta/privilege-copy';
import { useI18n } from '../common/i18n';

export function PrivilegeSummary({ privilege }: { privilege: PopupState['privilege'] }) {
  const i18n = useI18n();
  if (!privilege) return <p class="muted">{i18n.t('popup_roles_checked_later')}</p>;
  const message = privilegeMessage(privilege, i18n);
  return (
    <p class={message.tone} data-testid="privilege" data-privilege={message.kind}>
      {message.text}
    </p>
  );
}

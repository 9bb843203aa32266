import type { PopupState } from '../../utils/background/popup-state';

export function PrivilegeSummary({ privilege }: { privilege: PopupState['privilege'] }) {
  if (!privilege) return <p class="muted">Your admin roles are checked when the guide starts.</p>;
  switch (privilege.status) {
    case 'sufficient':
      return (
        <p class="ok" data-testid="privilege">
          Your roles ({privilege.roles.join(', ')}) can create a suitable token.
        </p>
      );
    case 'insufficient':
      return (
        <p class="warn" data-testid="privilege">
          Your roles ({privilege.roles.join(', ') || 'none'}) cannot create a suitable token: a Super,
          Organization or API Access Management Administrator must create it, ideally for a dedicated service
          account.
        </p>
      );
    default:
      return (
        <p class="muted" data-testid="privilege">
          Could not check your admin roles ({privilege.reason}).
        </p>
      );
  }
}

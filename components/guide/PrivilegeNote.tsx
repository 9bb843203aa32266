import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { ACTION_STEPS, type StepId } from '../../utils/okta/steps-ids';

/** The steps before the token exists, while the admin can still choose who creates it. */
const STEPS_BEFORE_TOKEN: ReadonlySet<StepId> = new Set(
  ACTION_STEPS.slice(0, ACTION_STEPS.indexOf('token-captured')),
);

/** Says up front whether the admin's roles let the token do the job, before the token exists. */
export function PrivilegeNote({ step, privilege }: { step: StepId; privilege: GuideStatus['privilege'] }) {
  if (!privilege || !STEPS_BEFORE_TOKEN.has(step)) return null;
  const roles = privilege.roles?.length ? privilege.roles.join(', ') : 'no admin role';
  switch (privilege.status) {
    case 'insufficient':
      return (
        <p class="note warn" data-privilege="insufficient">
          Your roles ({roles}) are not enough: a token you create would lack the privileges the hub needs. Ask
          a Super, Organization or API Access Management Administrator, ideally for a dedicated service
          account.
        </p>
      );
    case 'sufficient':
      return (
        <p class="note ok" data-privilege="sufficient">
          Your role ({roles}) can create a suitable token. Okta recommends creating it from a dedicated
          service account, since the token acts with its creator's privileges.
        </p>
      );
    default:
      return (
        <p class="note" data-privilege="unknown">
          Could not check your admin roles; the token needs a Super, Organization or API Access Management
          Administrator.
        </p>
      );
  }
}

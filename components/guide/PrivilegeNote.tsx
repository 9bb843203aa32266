import type { GuideStatus } from '../../utils/messages/guide-protocol';
import type { StepId } from '../../utils/okta/steps-ids';

const STEPS_BEFORE_TOKEN: ReadonlySet<StepId> = new Set([
  'open-admin',
  'open-security',
  'open-api',
  'open-tokens-tab',
  'create-token',
  'name-token',
  'choose-network',
  'submit-token',
]);

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

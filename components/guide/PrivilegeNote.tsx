import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { STEP_IDS, type StepId } from '../../utils/okta/steps-ids';

/** Says up front what a token the admin creates could do, before the token exists. */
export function PrivilegeNote({ step, privilege }: { step: StepId; privilege: GuideStatus['privilege'] }) {
  // Only before the token exists, while the admin can still choose who creates it.
  if (!privilege || STEP_IDS.indexOf(step) >= STEP_IDS.indexOf('token-captured')) return null;
  return (
    <p class={`note ${privilege.tone}`} data-privilege={privilege.kind}>
      {privilege.text}
    </p>
  );
}

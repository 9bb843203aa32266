import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { ACTION_STEPS, type StepId } from '../../utils/okta/steps-ids';

/** The steps before the token exists, while the admin can still choose who creates it. */
const STEPS_BEFORE_TOKEN: ReadonlySet<StepId> = new Set(
  ACTION_STEPS.slice(0, ACTION_STEPS.indexOf('token-captured')),
);

/** Says up front what a token the admin creates could do, before the token exists. */
export function PrivilegeNote({ step, privilege }: { step: StepId; privilege: GuideStatus['privilege'] }) {
  if (!privilege || !STEPS_BEFORE_TOKEN.has(step)) return null;
  return (
    <p class={`note ${privilege.tone}`} data-privilege={privilege.kind}>
      {privilege.text}
    </p>
  );
}

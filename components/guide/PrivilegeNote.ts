import type { GuideStatus } from '../../utils/messages/guide-protocol';
import { STEP_IDS, type StepId } from '../../utils/okta/steps-ids';
import type { Block } from './dom';

/** Says up front what a token the admin creates could do, before the token exists. */
export function privilegeNote(step: StepId, privilege: GuideStatus['privilege']): Block | null {
  // Only before the token exists, while the admin can still choose who creates it.
  if (!privilege || STEP_IDS.indexOf(step) >= STEP_IDS.indexOf('token-captured')) return null;
  return {
    tag: 'p',
    attrs: { class: `note ${privilege.tone}`, 'data-privilege': privilege.kind },
    parts: [privilege.text],
  };
}

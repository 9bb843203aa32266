/** The guide's steps, in order. These ids are part of the observable contract (spec.md). */
export const STEP_IDS = [
  'sign-in',
  'open-admin',
  'open-security',
  'open-api',
  'open-tokens-tab',
  'create-token',
  'name-token',
  'choose-network',
  'submit-token',
  'token-captured',
  'linked',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The steps an admin acts on, counted in "step n of N" (sign-in and linked are not counted). */
export const ACTION_STEPS: readonly StepId[] = /* @__PURE__ */ STEP_IDS.slice(1, -1);

export function stepNumber(step: StepId): { index: number; total: number } | null {
  const index = ACTION_STEPS.indexOf(step);
  return index === -1 ? null : { index: index + 1, total: ACTION_STEPS.length };
}

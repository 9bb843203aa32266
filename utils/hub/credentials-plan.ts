import { t } from '../i18n/browser-language';
import type { MessageKey } from '../i18n/catalogue';
import { formAuthMethod, withApiKeyChosen } from './auth-method';
import { domainFormFor, formatOrgDomain } from './domain-form';
import { assignMeanings } from './field-meaning';
import type { FieldDescriptor, FieldMeaning, LinkValues } from './hub-fields';
import { compileHubPattern } from './hub-pattern';

/**
 * Planning the values for a hub's Okta form: each field with what it should hold (the hub-form filler), and the
 * credentials for POST /hub/accounts or why they cannot be sent (the background's Connect).
 */

export interface PlannedField {
  key: string;
  label: string;
  meaning: FieldMeaning | null;
  /** What the form should hold; '' when we have nothing for it. */
  value: string;
  required: boolean;
  /** True when the value is ours (not a hub default or a read-only value). */
  ours: boolean;
}

/**
 * Every field with the value the form should hold. The hub-form filler uses this directly. A method chooser
 * the config describes is set to API Key; a form for OAuth (or whose chooser holds no method) gets no token.
 */
export function planFieldValues(fields: readonly FieldDescriptor[], values: LinkValues): PlannedField[] {
  const chosen = withApiKeyChosen(fields);
  const takesToken = formAuthMethod(chosen) === 'api-token';
  const meanings = assignMeanings(chosen);
  return chosen.map((field, index) => {
    const meaning = field.readOnly ? null : (meanings[index] ?? null);
    const ours = meaning && (meaning !== 'apiToken' || takesToken) ? valueFor(meaning, field, values) : '';
    return {
      key: field.key,
      label: labelOf(field),
      meaning,
      value: ours || (field.value ?? ''),
      required: field.required === true,
      ours: ours !== '',
    };
  });
}

function valueFor(meaning: FieldMeaning, field: FieldDescriptor, values: LinkValues): string {
  switch (meaning) {
    case 'orgDomain':
      return formatOrgDomain(values.orgDomain, domainFormFor(field, values.orgDomain));
    case 'apiToken':
      return values.token.trim();
    case 'eventHookName':
      return values.eventHookName?.trim() ?? '';
  }
}

function labelOf(field: FieldDescriptor): string {
  return field.label?.trim() || field.key;
}

export type PlanProblem =
  | { kind: 'pattern-mismatch'; key: string; label: string; message: string }
  | { kind: 'no-token-field'; message: string }
  | { kind: 'oauth-form'; message: string };

export type CredentialsPlan =
  | { ok: true; credentials: Record<string, string>; filled: { key: string; meaning: FieldMeaning }[] }
  | { ok: false; missingRequired: { key: string; label: string }[]; problems: PlanProblem[] };

/**
 * The credentials for POST /hub/accounts, or why we cannot send them. Empty values are dropped as
 * the real client does; a required field we cannot fill is named instead of sending a partial request.
 */
export function planCredentials(fields: readonly FieldDescriptor[], values: LinkValues): CredentialsPlan {
  const planned = planFieldValues(fields, values);
  const missingRequired = planned
    .filter((field) => field.required && field.value === '')
    .map(({ key, label }) => ({ key, label }));
  const problems: PlanProblem[] = planned.flatMap((field, index) => {
    const problem = validationProblem(field, fields[index]?.validation);
    return problem ? [problem] : [];
  });
  if (formAuthMethod(withApiKeyChosen(fields)) !== 'api-token') {
    problems.push({
      kind: 'oauth-form',
      message: t('plan_oauth_form'),
    });
  } else if (!planned.some((field) => field.meaning === 'apiToken' && field.ours)) {
    problems.push(noTokenFieldProblem(planned, values));
  }
  if (missingRequired.length > 0 || problems.length > 0) return { ok: false, missingRequired, problems };
  const sent = planned.filter((field) => field.value !== '');
  return {
    ok: true,
    credentials: Object.fromEntries(sent.map(({ key, value }) => [key, value])),
    filled: sent.flatMap(({ key, meaning, ours }) => (meaning && ours ? [{ key, meaning }] : [])),
  };
}

/** Checks a value the way the hub's form would; the message never repeats the value. */
function validationProblem(
  field: PlannedField,
  validation: FieldDescriptor['validation'],
): PlanProblem | undefined {
  const check = compileHubPattern(validation);
  // Not checked when the hub's pattern is not safe to run here: the hub's own form and backend check it.
  if (!check || field.value === '' || check(field.value) !== false) return undefined;
  // The hub's own error text is quoted as the hub wrote it.
  const expected =
    validation?.error?.trim() || t('plan_expects_format', { pattern: String(validation?.pattern) });
  const params = { label: field.label, expected };
  return {
    kind: 'pattern-mismatch',
    key: field.key,
    label: field.label,
    message: t(UNFIT[field.meaning ?? 'none'], params),
  };
}

function noTokenFieldProblem(planned: readonly PlannedField[], values: LinkValues): PlanProblem {
  const hasTokenField = planned.some((field) => field.meaning === 'apiToken');
  const message =
    hasTokenField && values.token.trim() === '' ? t('plan_no_token_yet') : t('plan_no_token_field');
  return { kind: 'no-token-field', message };
}

/** Which value does not fit a field, one whole sentence each (languages word them differently). */
const UNFIT = {
  orgDomain: 'plan_domain_unfit',
  apiToken: 'plan_token_unfit',
  eventHookName: 'plan_hook_unfit',
  none: 'plan_value_unfit',
} as const satisfies Record<FieldMeaning | 'none', MessageKey>;

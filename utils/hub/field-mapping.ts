/*
 * One mapping from our three values (org domain, API token, event hook name) to a hub connector's
 * fields. The background uses it to build the POST /hub/accounts credentials and the hub-form filler
 * uses it on the form's inputs, so both always agree on which field gets what.
 *
 * The connector's field keys are not public and change between connector versions, so fields are
 * recognised by meaning: label first (what the admin sees), then key, placeholder, validation, and
 * finally the secret flag. Pure functions only: this file also runs in a content script.
 */

import { compileHubPattern } from './hub-pattern';

/** What we put into a hub field; the hub filler's reports name fields by these. */
export const FIELD_MEANINGS = ['orgDomain', 'apiToken', 'eventHookName'] as const;
export type FieldMeaning = (typeof FIELD_MEANINGS)[number];
export type DomainForm = 'host' | 'url' | 'subdomain';

/** What we know about a field, whether it came from the connector config or from a form input. */
export interface FieldDescriptor {
  key: string;
  label?: string | undefined;
  type?: string | undefined;
  secret?: boolean | undefined;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  readOnly?: boolean | undefined;
  /** A value the hub pre-fills; the real client sends it unless the user changes it. */
  value?: string | undefined;
  validation?:
    | { type?: string | undefined; pattern?: string | undefined; error?: string | undefined }
    | undefined;
  /** A select's choices (from the connector config; a form's dropdown shows only the chosen one). */
  options?: readonly { value: string; label: string }[] | undefined;
}

export interface LinkValues {
  /** The org's host, e.g. `acme.okta.com`. */
  orgDomain: string;
  token: string;
  eventHookName?: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Recognising a field

/** A verdict from one source of text: a meaning, "describes something else", or "says nothing". */
type Verdict = FieldMeaning | 'other' | 'unknown';

interface Assessment {
  meaning: FieldMeaning | null;
  /** How trustworthy the deciding source is; breaks ties when two fields claim one meaning. */
  strength: number;
}

const NO_MEANING: Assessment = { meaning: null, strength: 0 };

/** Input types that cannot hold a host or a token. */
const NON_TEXT_TYPES = new Set([
  'number',
  'select',
  'multiselect',
  'multi_select',
  'checkbox',
  'radio',
  'boolean',
  'hidden',
  'file',
  'email',
  'tel',
  'date',
  'datetime-local',
  'time',
  'color',
  'range',
  'submit',
  'button',
]);

/** Words that carry no meaning of their own in a label, key or hint. */
const FILLER_WORDS = new Set([
  'okta',
  'your',
  'my',
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  'enter',
  'please',
  'here',
  'value',
  'field',
  'input',
  'optional',
  'required',
]);

/** Next to "hook", these say the field is about the hook's endpoint or auth, not its name. */
const HOOK_DETAIL_WORDS = new Set([
  'url',
  'uri',
  'endpoint',
  'secret',
  'token',
  'key',
  'auth',
  'authorization',
  'header',
  'id',
  'verification',
  'signature',
  'signing',
]);

/** Next to "token"/"key", these say the field describes a token rather than holding one. */
const TOKEN_DETAIL_WORDS = new Set([
  'name',
  'id',
  'url',
  'uri',
  'endpoint',
  'expiry',
  'expires',
  'expiration',
  'lifetime',
  'ttl',
  'refresh',
  'type',
  'header',
  'client',
  'user',
  'username',
  'email',
  'scope',
  'scopes',
]);

/** Next to a domain word, these say the field is some other address or identifier. */
const DOMAIN_DETAIL_WORDS = new Set([
  'id',
  'hook',
  'redirect',
  'callback',
  'email',
  'user',
  'username',
  'client',
  'path',
  'port',
  'scope',
  'audience',
  'issuer',
  'logo',
  'icon',
  'image',
  'token',
  'authorize',
  'authorization',
]);

/** Concepts a key may name that are none of ours. */
const OTHER_CONCEPT_WORDS = new Set([
  ...HOOK_DETAIL_WORDS,
  ...TOKEN_DETAIL_WORDS,
  ...DOMAIN_DETAIL_WORDS,
  'password',
  'region',
  'account',
  'project',
  'workspace',
  'code',
]);

/** "acme-admin.okta.com", "https://your-org.okta.com/": a bare host, with or without scheme. */
const HOST_LIKE = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+\/?$/i;
const URL_LIKE = /^https?:\/\//i;
/** "your-org", "yourcompany", "my-tenant": a placeholder standing for the org's subdomain. */
const SUBDOMAIN_STAND_IN =
  /^(?:your|my)[-_]?(?:org|organi[sz]ation|company|tenant|domain|subdomain|instance)$/i;
const SINGLE_LABEL = /^[a-z0-9][a-z0-9-]*$/i;

/** Splits labels and keys alike: "Okta Domain URL", "okta_tenant_host", "orgUrl", "APIToken". */
function wordsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word));
}

function isSecretish(field: FieldDescriptor): boolean {
  return field.secret === true || field.type?.toLowerCase() === 'password';
}

function acceptsText(field: FieldDescriptor): boolean {
  return !NON_TEXT_TYPES.has(field.type?.toLowerCase() ?? '');
}

function mentionsHook(words: readonly string[]): boolean {
  return words.some((word) => word.includes('hook'));
}

function mentionsToken(words: readonly string[]): boolean {
  const joined = words.join('');
  return joined.includes('token') || joined.includes('apikey') || words.includes('ssws');
}

/** "secret" and "credential" only name our token when the field is also masked. */
function mentionsMaskedCredential(words: readonly string[]): boolean {
  return words.some((word) => word.startsWith('secret') || word.startsWith('credential'));
}

function mentionsDomain(words: readonly string[]): boolean {
  return words.some(
    (word) =>
      word.includes('domain') ||
      word.includes('host') ||
      word.endsWith('url') ||
      word.endsWith('uri') ||
      word.startsWith('tenant') ||
      word.startsWith('instance') ||
      word === 'org' ||
      word.startsWith('organi'),
  );
}

/** "Domain name" and "host name" are domains; "organization name" is not. */
function mentionsDomainDetail(words: readonly string[]): boolean {
  const namesAHost = words.some((word) => word.includes('domain') || word.includes('host'));
  return hasAny(words, DOMAIN_DETAIL_WORDS) || (!namesAHost && words.includes('name'));
}

/**
 * Reads a label or a key. A label is written for people, so any word we do not recognise means it
 * is about something else. A key may be an opaque id ("f1", a UUID), so only a known concept does.
 */
function verdictOfName(text: string | undefined, secretish: boolean, kind: 'label' | 'key'): Verdict {
  const words = wordsOf(text);
  if (mentionsHook(words)) return hasAny(words, HOOK_DETAIL_WORDS) ? 'other' : 'eventHookName';
  if (mentionsToken(words)) return hasAny(words, TOKEN_DETAIL_WORDS) ? 'other' : 'apiToken';
  if (mentionsDomain(words)) return mentionsDomainDetail(words) ? 'other' : 'orgDomain';
  if (mentionsMaskedCredential(words) && secretish && !hasAny(words, TOKEN_DETAIL_WORDS)) return 'apiToken';
  const saysSomething =
    kind === 'label'
      ? words.some((word) => !FILLER_WORDS.has(word) && !/^\d+$/.test(word))
      : hasAny(words, OTHER_CONCEPT_WORDS) || mentionsMaskedCredential(words);
  return saysSomething ? 'other' : 'unknown';
}

/** The example address in a placeholder such as "e.g. https://your-org.okta.com". */
function addressInPlaceholder(placeholder: string | undefined): string | undefined {
  const parts = placeholder?.trim().split(/\s+/) ?? [];
  return parts.find((part) => HOST_LIKE.test(part) || SUBDOMAIN_STAND_IN.test(part));
}

/** A placeholder is an example or a hint: it can confirm a meaning but never rule one out. */
function verdictOfPlaceholder(placeholder: string | undefined, secretish: boolean): Verdict {
  if (addressInPlaceholder(placeholder) !== undefined) return 'orgDomain';
  const verdict = verdictOfName(placeholder, secretish, 'label');
  return verdict === 'other' ? 'unknown' : verdict;
}

function verdictOfValidation(validation: FieldDescriptor['validation']): Verdict {
  if (!validation) return 'unknown';
  if (validation.type === 'domain') return 'orgDomain';
  const pattern = validation.pattern ?? '';
  return /okta|https|\\\.com/i.test(pattern) ? 'orgDomain' : 'unknown';
}

function assessField(field: FieldDescriptor): Assessment {
  if (!acceptsText(field)) return NO_MEANING;
  const secretish = isSecretish(field);
  const sources: ReadonlyArray<readonly [() => Verdict, number]> = [
    [() => verdictOfName(field.label, secretish, 'label'), 4],
    [() => verdictOfName(field.key, secretish, 'key'), 3],
    [() => verdictOfPlaceholder(field.placeholder, secretish), 2],
    [() => verdictOfValidation(field.validation), 2],
  ];
  for (const [verdictOf, strength] of sources) {
    const verdict = verdictOf();
    if (verdict === 'other') return NO_MEANING;
    if (verdict !== 'unknown') return { meaning: verdict, strength };
  }
  // Nothing names the field: a masked input is the only place a token may still go.
  if (secretish) return { meaning: 'apiToken', strength: 1 };
  if (field.type?.toLowerCase() === 'url') return { meaning: 'orgDomain', strength: 1 };
  return NO_MEANING;
}

/** What one field stands for, judged on that field alone. */
export function fieldMeaning(field: FieldDescriptor): FieldMeaning | null {
  return assessField(field).meaning;
}

/**
 * The meaning of every field of a form, each meaning given to one field: the best-recognised one,
 * then a required one, then a writable one, then the first. A required runner-up keeps the meaning
 * too, since leaving it empty would block the form anyway.
 */
export function assignMeanings(fields: readonly FieldDescriptor[]): (FieldMeaning | null)[] {
  const assessments = fields.map(assessField);
  const winners = new Map<FieldMeaning, number>();
  assessments.forEach((assessment, index) => {
    if (!assessment.meaning) return;
    const current = winners.get(assessment.meaning);
    if (current === undefined || ranksAbove(index, current, fields, assessments)) {
      winners.set(assessment.meaning, index);
    }
  });
  return assessments.map(({ meaning }, index) => {
    if (!meaning) return null;
    return winners.get(meaning) === index || fields[index]?.required === true ? meaning : null;
  });
}

function ranksAbove(
  candidate: number,
  current: number,
  fields: readonly FieldDescriptor[],
  assessments: readonly Assessment[],
): boolean {
  const rank = (index: number): number[] => [
    assessments[index]?.strength ?? 0,
    fields[index]?.required ? 1 : 0,
    fields[index]?.readOnly ? 0 : 1,
  ];
  const [a, b] = [rank(candidate), rank(current)];
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false; // equal rank: the earlier field keeps it
}

// ---------------------------------------------------------------------------------------------
// The form a domain field expects

const SAMPLE_ORG_DOMAIN = 'your-org.okta.com';

function formHintOfPlaceholder(placeholder: string | undefined): DomainForm | undefined {
  const address = addressInPlaceholder(placeholder);
  if (address !== undefined) {
    if (URL_LIKE.test(address)) return 'url';
    return HOST_LIKE.test(address) ? 'host' : 'subdomain';
  }
  const text = placeholder?.trim() ?? '';
  // A lone word such as "acme" stands for the subdomain; "Required" or "domain" do not.
  const lone =
    SINGLE_LABEL.test(text) && !FILLER_WORDS.has(text.toLowerCase()) && !mentionsDomain(wordsOf(text));
  return lone ? 'subdomain' : formHintOfWords(text);
}

function formHintOfWords(text: string | undefined): DomainForm | undefined {
  const words = wordsOf(text);
  if (words.some((word) => word.includes('subdomain'))) return 'subdomain';
  if (words.some((word) => word.endsWith('url') || word.endsWith('uri'))) return 'url';
  if (words.some((word) => word.includes('domain') || word.includes('host'))) return 'host';
  return undefined;
}

/**
 * Which form of the org domain a field wants. Hints (placeholder, then label, then key) rank the
 * forms; when the hub validates the field, the best-ranked form that passes the check wins.
 */
export function domainFormFor(field: FieldDescriptor, orgDomain: string = SAMPLE_ORG_DOMAIN): DomainForm {
  const hinted = [
    formHintOfPlaceholder(field.placeholder),
    formHintOfWords(field.label),
    formHintOfWords(field.key),
  ].filter((form): form is DomainForm => form !== undefined);
  const ranked = [...new Set<DomainForm>([...hinted, 'host', 'url', 'subdomain'])];
  const preferred = ranked[0] ?? 'host';
  const check = compileHubPattern(field.validation);
  if (!check) return preferred;
  const sample = hostOf(orgDomain) ? orgDomain : SAMPLE_ORG_DOMAIN;
  return ranked.find((form) => check(formatOrgDomain(sample, form)) === true) ?? preferred;
}

/** The host of an org domain given as a host or a URL: `https://Acme.okta.com/` → `acme.okta.com`. */
function hostOf(orgDomain: string): string {
  const trimmed = orgDomain.trim();
  if (!trimmed) return '';
  try {
    return new URL(URL_LIKE.test(trimmed) ? trimmed : `https://${trimmed}`).host;
  } catch {
    return '';
  }
}

/** `acme.okta.com` as `acme.okta.com`, `https://acme.okta.com` or `acme`. Empty when unusable. */
export function formatOrgDomain(orgDomain: string, form: DomainForm): string {
  const host = hostOf(orgDomain);
  if (!host) return '';
  if (form === 'url') return `https://${host}`;
  if (form === 'subdomain') return host.split('.')[0] ?? '';
  return host;
}

// ---------------------------------------------------------------------------------------------
// Okta's auth method: only the API Key form takes a token

/**
 * Which of Okta's auth methods a form is for. StackOne's Okta connector offers OAuth 2.0 and API Key: a hub
 * may list an integration for each, or ask for the method first. Only an API Key form takes the token; an
 * OAuth form sends what it is given to an OAuth redirect, so the token must never go there.
 */
export type FormAuthMethod = 'api-token' | 'oauth' | 'unchosen';

/** Labels and keys of a field that asks for the method: "Authentication Method", "auth_type", "Grant type". */
function namesAuthMethod(words: readonly string[]): boolean {
  const joined = words.join(' ');
  return (
    /\b(auth|authentication|authorization|connection|login|sign)\b.*\b(method|type|mode|kind|option)s?\b/.test(
      joined,
    ) || /\bgrant\b/.test(joined)
  );
}

/** Which method a choice's text names: "OAuth 2.0", "API Key", "API token (SSWS)"; null when neither. */
export function authMethodOfChoice(text: string | undefined): 'api-token' | 'oauth' | null {
  // Not `wordsOf`: it would split "OAuth" into "o auth".
  const plain = ` ${(text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (/ (oauth\d*|oidc|openid|sso) /.test(plain)) return 'oauth';
  if (/ api ?(key|token)s? | ssws |^ (key|token) $/.test(plain)) return 'api-token';
  return null;
}

/** A field that asks which method to use (a select, a radio group, a dropdown), rather than for a value. */
export function isAuthMethodChooser(field: FieldDescriptor): boolean {
  if (acceptsText(field) && !field.options) return false;
  if (namesAuthMethod([...wordsOf(field.label), ...wordsOf(field.key)])) return true;
  const offered = (field.options ?? []).map((option) => authMethodOfChoice(option.label || option.value));
  return offered.includes('oauth') && offered.includes('api-token');
}

/** Words of a field that asks for an OAuth client rather than an API token: "Client ID", "Redirect URI"… */
function namesOAuthCredential(field: FieldDescriptor): boolean {
  return [field.label, field.key].some((text) => {
    const words = wordsOf(text);
    const has = (word: string) => words.includes(word);
    return (
      authMethodOfChoice(text) === 'oauth' ||
      has('redirect') ||
      has('callback') ||
      has('scope') ||
      has('scopes') ||
      has('consumer') ||
      (has('client') && (has('id') || has('secret') || has('key'))) ||
      (has('private') && has('key')) ||
      (has('refresh') && has('token')) ||
      (has('authorization') && (has('url') || has('endpoint') || has('code')))
    );
  });
}

/** The text of the choice a chooser holds: its option's label, or what the form shows. */
function choiceOf(field: FieldDescriptor): string | undefined {
  const option = field.options?.find((candidate) => candidate.value === field.value);
  return option?.label || field.value;
}

/**
 * The method a form is for: OAuth when a field asks for an OAuth client or the chooser holds OAuth,
 * 'unchosen' while a chooser holds neither, else API Key.
 */
export function formAuthMethod(fields: readonly FieldDescriptor[]): FormAuthMethod {
  let method: FormAuthMethod = 'api-token';
  for (const field of fields) {
    if (isAuthMethodChooser(field)) {
      const chosen = authMethodOfChoice(choiceOf(field));
      if (chosen === 'oauth') return 'oauth';
      if (chosen === null) method = 'unchosen';
    } else if (namesOAuthCredential(field)) {
      return 'oauth';
    }
  }
  return method;
}

/** A chooser the config describes, set to its API Key choice (what our own request sends); others as they are. */
function withApiKeyChosen(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  return fields.map((field) => {
    if (!field.options || !isAuthMethodChooser(field)) return field;
    const apiKey = field.options.find(
      (option) => authMethodOfChoice(option.label || option.value) === 'api-token',
    );
    return apiKey ? { ...field, value: apiKey.value } : field;
  });
}

/** Whether a form, as its connector config describes it, is Okta's API Key form (a chooser set to API Key). */
export function isApiKeyForm(fields: readonly FieldDescriptor[]): boolean {
  return formAuthMethod(withApiKeyChosen(fields)) === 'api-token';
}

// ---------------------------------------------------------------------------------------------
// Planning the values

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
      message:
        "The hub's Okta form is for OAuth 2.0 sign-in, which takes no API token, so nothing was sent. Use the hub's API Key method.",
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
  const expected = validation?.error?.trim() || `it expects the format ${validation?.pattern}`;
  const whose = field.meaning ? `${describeMeaning(field.meaning)} does not fit` : 'The value does not fit';
  return {
    kind: 'pattern-mismatch',
    key: field.key,
    label: field.label,
    message: `${whose} the hub's "${field.label}" field: ${expected}`,
  };
}

function noTokenFieldProblem(planned: readonly PlannedField[], values: LinkValues): PlanProblem {
  const hasTokenField = planned.some((field) => field.meaning === 'apiToken');
  const message =
    hasTokenField && values.token.trim() === ''
      ? 'There is no API token to send yet. Create the token in Okta first.'
      : "The hub's Okta form has no field we recognise for the API token, so the token cannot be sent.";
  return { kind: 'no-token-field', message };
}

function describeMeaning(meaning: FieldMeaning): string {
  switch (meaning) {
    case 'orgDomain':
      return 'The Okta domain';
    case 'apiToken':
      return 'The API token';
    case 'eventHookName':
      return 'The event hook name';
  }
}

/*
 * Reading a hub form's fields: what we know of a field (from the connector config or a form input), the
 * values we have for it, and the words and examples it shows. Judging what a field means is
 * field-meaning.ts; which sign-in method the form is for, auth-method.ts; the form of the org domain a field
 * wants, domain-form.ts; the values to send, credentials-plan.ts. The background uses them to build the
 * POST /hub/accounts credentials and the hub-form filler on the form's inputs, so both agree on which field
 * gets what. Pure functions only: these files also run in a content script.
 */

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

/** Input types that cannot hold a host or a token. */
export const NON_TEXT_TYPES = new Set([
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
export const FILLER_WORDS = new Set([
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

/** "acme-admin.okta.com", "https://your-org.okta.com/": a bare host, with or without scheme. */
export const HOST_LIKE = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+\/?$/i;
export const URL_LIKE = /^https?:\/\//i;
/** "your-org", "yourcompany", "my-tenant": a placeholder standing for the org's subdomain. */
export const SUBDOMAIN_STAND_IN =
  /^(?:your|my)[-_]?(?:org|organi[sz]ation|company|tenant|domain|subdomain|instance)$/i;
export const SINGLE_LABEL = /^[a-z0-9][a-z0-9-]*$/i;

/** Splits labels and keys alike: "Okta Domain URL", "okta_tenant_host", "orgUrl", "APIToken". */
export function wordsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word));
}

export function isSecretish(field: FieldDescriptor): boolean {
  return field.secret === true || field.type?.toLowerCase() === 'password';
}

export function acceptsText(field: FieldDescriptor): boolean {
  return !NON_TEXT_TYPES.has(field.type?.toLowerCase() ?? '');
}

export function mentionsDomain(words: readonly string[]): boolean {
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

/** The example address in a placeholder such as "e.g. https://your-org.okta.com". */
export function addressInPlaceholder(placeholder: string | undefined): string | undefined {
  const parts = placeholder?.trim().split(/\s+/) ?? [];
  return parts.find((part) => HOST_LIKE.test(part) || SUBDOMAIN_STAND_IN.test(part));
}

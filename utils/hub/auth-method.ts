import { acceptsText, type FieldDescriptor, wordsOf } from './hub-fields';

/** Okta's auth method: only the API Key form takes a token. */

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
export function withApiKeyChosen(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
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

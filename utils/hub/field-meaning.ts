/*
 * What a hub field means, judged by what a person reads: label first, then key, placeholder, validation, and
 * finally the secret flag. The connector's field keys are not public and change between connector versions,
 * so fields are recognised by meaning, never by a known key.
 */

import {
  acceptsText,
  addressInPlaceholder,
  FILLER_WORDS,
  type FieldDescriptor,
  type FieldMeaning,
  hasAny,
  isSecretish,
  mentionsDomain,
  wordsOf,
} from './hub-fields';

/** A verdict from one source of text: a meaning, "describes something else", or "says nothing". */
type Verdict = FieldMeaning | 'other' | 'unknown';

interface Assessment {
  meaning: FieldMeaning | null;
  /** How trustworthy the deciding source is; breaks ties when two fields claim one meaning. */
  strength: number;
}

const NO_MEANING: Assessment = { meaning: null, strength: 0 };

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

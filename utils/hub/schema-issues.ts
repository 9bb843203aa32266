import type * as z from 'zod/mini';
import { browserTranslator, t } from '../i18n/browser-language';
import type { MessageKey } from '../i18n/catalogue';

/*
 * A hub answer that does not fit its schema, in words an admin (or a support engineer reading over their
 * shoulder) can act on: "integrations[0].integration_id is missing". Never the value itself: answers may
 * echo things we must not repeat.
 */

/** "integrations[0].integration_id is missing", plus a count of further problems. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const [first, ...rest] = issues;
  if (!first) return t('schema_shape');
  const problem = describeIssue(first, data);
  return rest.length === 0 ? problem : browserTranslator().plural('schema_more', rest.length, { problem });
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(data, issue.path);
  const subject = where || t('schema_the_answer');
  if (issue.code === 'invalid_type') {
    if (found === undefined) return t('schema_missing', { subject });
    return t('schema_should_be', {
      subject,
      expected: withArticle(issue.expected),
      found: describeValue(found),
    });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return t('schema_empty', { subject });
  if (issue.code === 'invalid_union')
    return t('schema_unexpected_form', { subject, found: describeValue(found) });
  // zod's own words for the rest (developer-facing; rare for hub answers).
  return `${subject}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return text ? `${text}.${name}` : name;
    return `${text}[${JSON.stringify(name)}]`;
  }, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The kind of a value, never the value itself. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('schema_a_list');
  switch (typeof value) {
    case 'string':
      return value === '' ? t('schema_an_empty_text') : t('schema_a_text');
    case 'number':
      return t('schema_a_number');
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return t('schema_an_object');
    default:
      return typeof value;
  }
}

function withArticle(expected: string): string {
  const names: Record<string, MessageKey> = {
    string: 'schema_a_text',
    number: 'schema_a_number',
    boolean: 'schema_true_or_false',
    array: 'schema_a_list',
    object: 'schema_an_object',
    record: 'schema_an_object',
  };
  const key = names[expected];
  return key ? t(key as 'schema_a_text') : expected;
}

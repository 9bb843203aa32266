import type * as z from 'zod/mini';

/*
 * A hub answer that does not fit its schema, in words an admin (or a support engineer reading over their
 * shoulder) can act on: "integrations[0].integration_id is missing". Never the value itself: answers may
 * echo things we must not repeat.
 */

/** "integrations[0].integration_id is missing", plus a count of further problems. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const [first, ...rest] = issues;
  if (!first) return 'its shape is not the expected one';
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  return `${describeIssue(first, data)}${more}`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(data, issue.path);
  const subject = where || 'the answer';
  if (issue.code === 'invalid_type') {
    if (found === undefined) return `${subject} is missing`;
    return `${subject} should be ${withArticle(issue.expected)} but is ${describeValue(found)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${subject} is empty`;
  if (issue.code === 'invalid_union') return `${subject} has an unexpected form (${describeValue(found)})`;
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
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty text' : 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function withArticle(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    record: 'an object',
  };
  return names[expected] ?? expected;
}

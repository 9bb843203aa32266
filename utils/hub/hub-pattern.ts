/*
 * The hub's own check of a field (`validation: {type, pattern}`), run where we plan values: in the worker
 * (Connect) and in the hub filler. The pattern comes from the hub, so it is run only when it cannot stall
 * us. A backtracking engine is slow only when a path can be chosen in very many ways; that needs a
 * repeated group, a backreference or lookaround, or many quantifiers in a row. Patterns with those are not
 * run at all (the hub's own form and backend still check the value), and the rest are run only on values
 * as short as an org domain, which bounds the work to a small count of paths.
 */

export interface HubValidation {
  type?: string | undefined;
  pattern?: string | undefined;
}

/** Whether a value passes the hub's check; undefined when it cannot be checked safely (too long). */
export type HubPatternCheck = (value: string) => boolean | undefined;

/** Longer than any real field pattern (the Okta connector's are under 100 characters). */
const MAX_PATTERN_LENGTH = 256;
/** Longer than any org domain in any form we send (`https://` + a 63-character label + a cell). */
const MAX_CHECKED_VALUE_LENGTH = 128;
/**
 * The most ways a pattern may have to match one value from one position: the product of its choices (each
 * alternative, each count a quantifier may take on a value of MAX_CHECKED_VALUE_LENGTH). `.*okta\.com.*`,
 * the widest rule the hub builds itself, has about 17 000.
 */
const MAX_PATHS = 20_000;

/** The hub's check, built exactly as the real client builds it, or undefined when it is not safe to run. */
export function compileHubPattern(validation: HubValidation | undefined): HubPatternCheck | undefined {
  if (!validation?.pattern) return undefined;
  let source: string;
  if (validation.type === 'html-pattern') source = validation.pattern;
  else if (validation.type === 'domain') source = `.*${validation.pattern}\\.com.*`;
  else return undefined;
  if (validation.pattern.length > MAX_PATTERN_LENGTH || !isSafeToRun(source)) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch {
    // A pattern the browser cannot compile cannot be checked, here or by the hub's own form.
    return undefined;
  }
  return (value) => (value.length > MAX_CHECKED_VALUE_LENGTH ? undefined : regex.test(value));
}

interface Group {
  alternatives: number;
  /** The product of the choices inside the group, alternatives not counted. */
  paths: number;
}

/** Ways a quantifier may repeat an atom on a value of MAX_CHECKED_VALUE_LENGTH: `*` any count, `?` two… */
function choicesOf(min: number, max: number | null): number {
  const upper = max === null ? MAX_CHECKED_VALUE_LENGTH : Math.min(max, MAX_CHECKED_VALUE_LENGTH);
  return Math.max(1, upper - min + 1);
}

const BOUNDED_QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

/** The quantifier at `at`: its count range and length, or null when there is none. */
function quantifierAt(
  source: string,
  at: number,
): { min: number; max: number | null; length: number } | null {
  const char = source[at];
  let quantifier: { min: number; max: number | null; length: number } | null = null;
  if (char === '*') quantifier = { min: 0, max: null, length: 1 };
  else if (char === '+') quantifier = { min: 1, max: null, length: 1 };
  else if (char === '?') quantifier = { min: 0, max: 1, length: 1 };
  else if (char === '{') {
    const match = BOUNDED_QUANTIFIER.exec(source.slice(at));
    if (match) {
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? null : Number(match[3]);
      quantifier = { min, max, length: match[0].length };
    }
  }
  // A lazy quantifier (`*?`) tries the same counts in another order.
  if (quantifier && source[at + quantifier.length] === '?') quantifier.length += 1;
  return quantifier;
}

/**
 * Whether matching `source` from one position can take at most MAX_PATHS paths. Reads the pattern once:
 * atoms (characters, escapes, classes), groups, alternatives and quantifiers. No group may be repeated
 * (except made optional with `?`), so each choice is made at most once per path and the product bounds them.
 */
function isSafeToRun(source: string): boolean {
  const groups: Group[] = [{ alternatives: 1, paths: 1 }];
  let at = 0;
  while (at < source.length) {
    const char = source[at] as string;
    const current = groups.at(-1) as Group;
    let atomEnd: number;
    if (char === '\\') {
      const next = source[at + 1] ?? '';
      // Backreferences make the cost depend on what was captured: never run.
      if (/[1-9]/.test(next) || next === 'k') return false;
      atomEnd = at + 2;
    } else if (char === '[') {
      let end = at + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      atomEnd = end + 1;
    } else if (char === '(') {
      const opening = groupOpening(source, at);
      if (opening === null) return false;
      groups.push({ alternatives: 1, paths: 1 });
      at += opening;
      continue;
    } else if (char === ')') {
      const group = groups.pop();
      const outer = groups.at(-1);
      if (!group || !outer) return false;
      const quantifier = quantifierAt(source, at + 1);
      // A repeated group is the classic way to an exponential match; only "optional" (`?`) is run.
      if (quantifier && (quantifier.max === null || quantifier.max > 1)) return false;
      outer.paths *= group.paths * group.alternatives * (quantifier ? 2 : 1);
      at += 1 + (quantifier?.length ?? 0);
      continue;
    } else if (char === '|') {
      current.alternatives += 1;
      at += 1;
      continue;
    } else {
      atomEnd = at + 1;
    }
    const quantifier = quantifierAt(source, atomEnd);
    if (quantifier) current.paths *= choicesOf(quantifier.min, quantifier.max);
    at = atomEnd + (quantifier?.length ?? 0);
  }
  // Counts only grow, and each group's is folded into the one around it when it closes: one check at the end
  // bounds them all. (A group left open is no pattern at all; the browser refuses it below.)
  const top = groups[0] as Group;
  return groups.length === 1 && top.paths * top.alternatives <= MAX_PATHS;
}

/** How long a group's opening is: `(`, `(?:`, `(?<name>`; null for lookaround, which is never run. */
function groupOpening(source: string, at: number): number | null {
  if (source[at + 1] !== '?') return 1;
  if (source[at + 2] === ':') return 3;
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(at));
  return named ? named[0].length : null;
}

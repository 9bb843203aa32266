import fc from 'fast-check';

/*
 * Valid messages, and their near misses, read off the request schemas themselves (zod 4's `_zod.def`, the
 * structure zod publishes for tools that walk schemas): a generator that reads the schema cannot drift from it.
 * Only the shapes the request schemas use are known here (objects, discriminated unions, literals, enums,
 * strings and arrays with length limits, integers with bounds, booleans, optionals); any other throws, so a new
 * kind of field is noticed rather than fuzzed wrongly.
 *
 * A near miss says what it expects WITHOUT asking the schema: every request object is strict (a key it does
 * not define refuses the message), a required key is required, a limit is a limit. Loosening a schema (a
 * `z.strictObject` made `z.object`, an `int` made a `number`) therefore makes a near miss pass that must not.
 */

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, string>;
  innerType?: Schema;
  element?: Schema;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}
interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}
export interface Schema {
  _zod: { def: Def };
}

const def = (schema: unknown): Def => (schema as Schema)._zod.def;

/** Length and value bounds of a string, array or number schema, from its checks. */
function bounds(schema: Schema) {
  const found: { min?: number; max?: number; int: boolean } = { int: def(schema).format === 'safeint' };
  for (const check of def(schema).checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length') found.max = c.maximum;
    if (c.check === 'min_length') found.min = c.minimum;
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')) found.int = true;
    if (c.check === 'greater_than' && c.value !== undefined) found.min = c.value + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than' && c.value !== undefined) found.max = c.value - (c.inclusive ? 0 : 1);
  }
  return found;
}

/** Long limits (4096 characters) are reached by the near misses; the valid values stay short to keep runs fast. */
const TYPICAL_LENGTH = 12;

/** Messages the schema accepts, in every variant and with optional keys present or not. */
export function validOf(schema: unknown): fc.Arbitrary<unknown> {
  const d = def(schema);
  switch (d.type) {
    case 'union':
      return fc.oneof(...(d.options ?? []).map(validOf));
    case 'object': {
      const shape = d.shape ?? {};
      const requiredKeys = Object.keys(shape).filter((key) => def(shape[key]).type !== 'optional');
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, validOf(field)]));
      return fc.record(fields, { requiredKeys });
    }
    case 'optional':
      return validOf(d.innerType);
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const { min = 0, max = Number.POSITIVE_INFINITY } = bounds(schema as Schema);
      return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, TYPICAL_LENGTH)) });
    }
    case 'number': {
      const { min = -1e9, max = 1e9, int } = bounds(schema as Schema);
      return int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'array': {
      const { min = 0, max = 3 } = bounds(schema as Schema);
      return fc.array(validOf(d.element), { minLength: min, maxLength: Math.max(min, Math.min(max, 3)) });
    }
    default:
      throw new Error(`schema-fuzz knows no "${d.type}" schema: teach it before fuzzing one.`);
  }
}

export interface NearMiss {
  /** What was changed, e.g. `tabId: a fraction` or `attempts[0]: an extra key`. */
  what: string;
  message: unknown;
  /** The verdict the contract calls for (not the schema's answer). */
  accepted: boolean;
}

/** A key no request defines, as an attacker or a newer sender would add it. */
const EXTRA_KEYS = ['extra', 'tabId', 'token', 'origin', 'constructor'];

/**
 * Every one-step change of a valid message: one field changed, removed or added, at any depth, each with the
 * verdict the contract calls for. `value` must be one `validOf(schema)` produced.
 */
export function nearMissesOf(schema: unknown, value: unknown, where = ''): NearMiss[] {
  const d = def(schema);
  const at = (what: string) => (where ? `${where}: ${what}` : what);
  switch (d.type) {
    case 'union': {
      const key = d.discriminator ?? 'type';
      const tag = (value as Record<string, unknown>)[key];
      const option = (d.options ?? []).find((o) => def(def(o).shape?.[key]).values?.includes(tag));
      if (!option) throw new Error(`No variant of the union has ${key} ${String(tag)}.`);
      return [
        ...nearMissesOf(option, value, where),
        {
          what: at(`${key} unknown`),
          message: { ...(value as object), [key]: `${String(tag)}:x` },
          accepted: false,
        },
      ];
    }
    case 'object': {
      const record = value as Record<string, unknown>;
      const shape = d.shape ?? {};
      const misses: NearMiss[] = [];
      for (const extra of EXTRA_KEYS.filter((key) => !(key in shape))) {
        misses.push({
          what: at(`an extra key "${extra}"`),
          message: { ...record, [extra]: 1 },
          accepted: false,
        });
      }
      misses.push({
        what: at('an own __proto__ key'),
        message: { ...record, ...JSON.parse('{"__proto__":{"polluted":true}}') },
        accepted: false,
      });
      for (const [key, field] of Object.entries(shape)) {
        const optional = def(field).type === 'optional';
        if (key in record) {
          const { [key]: _removed, ...without } = record;
          misses.push({ what: at(`${key} removed`), message: without, accepted: optional });
          for (const miss of nearMissesOf(field, record[key], where ? `${where}.${key}` : key)) {
            misses.push({ ...miss, message: { ...record, [key]: miss.message } });
          }
        } else if (optional) {
          // An absent optional key, given a wrong value, is as wrong as a present one.
          for (const miss of wrongTypesOf(def(field).innerType as Schema, where ? `${where}.${key}` : key)) {
            misses.push({ ...miss, message: { ...record, [key]: miss.message } });
          }
        }
      }
      return misses;
    }
    case 'optional':
      return nearMissesOf(d.innerType, value, where);
    case 'array': {
      const list = value as unknown[];
      const { max } = bounds(schema as Schema);
      const misses: NearMiss[] = [...wrongTypesOf(schema as Schema, where)];
      if (max === undefined) {
        misses.push({
          what: at('a list without limit'),
          message: new Array(UNBOUNDED).fill(list[0]),
          accepted: false,
        });
      } else if (list.length > 0) {
        const filled = Array.from({ length: max + 1 }, (_, i) => list[i % list.length]);
        misses.push({ what: at(`${max + 1} items`), message: filled, accepted: false });
        misses.push({ what: at(`${max} items`), message: filled.slice(0, max), accepted: true });
      }
      list.forEach((item, index) => {
        for (const miss of nearMissesOf(d.element, item, `${where}[${index}]`)) {
          const copy = [...list];
          copy[index] = miss.message;
          misses.push({ ...miss, message: copy });
        }
      });
      return misses;
    }
    default:
      return [...wrongTypesOf(schema as Schema, where), ...atTheLimits(schema as Schema, where)];
  }
}

/** Values of the wrong kind for a field: always refused. */
function wrongTypesOf(schema: Schema, where: string): NearMiss[] {
  const d = def(schema);
  const at = (what: string) => (where ? `${where}: ${what}` : what);
  const wrong: [string, unknown][] = [
    ['null', null],
    ['an object', {}],
  ];
  if (d.type !== 'string' && d.type !== 'literal' && d.type !== 'enum') wrong.push(['a string', '1']);
  if (d.type !== 'number') wrong.push(['a number', 1]);
  if (d.type !== 'boolean') wrong.push(['a boolean', true]);
  if (d.type !== 'array') wrong.push(['an array', []]);
  if (d.type === 'literal') wrong.push(['another word', `${String(d.values?.[0])}x`]);
  if (d.type === 'enum') wrong.push(['a word not in the list', 'not-in-the-list']);
  if (d.type === 'number') wrong.push(['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY]);
  if (d.type === 'optional') return wrongTypesOf(d.innerType as Schema, where);
  return wrong.map(([what, message]) => ({ what: at(what), message, accepted: false }));
}

/**
 * Strings and numbers at their bounds (accepted) and one past them (refused). The contract, not the schema,
 * says that every string and list in a request has a limit and every number is a whole number from 0: a schema
 * that loses its limit or its `int` meets a near miss it accepts.
 */
function atTheLimits(schema: Schema, where: string): NearMiss[] {
  const d = def(schema);
  const at = (what: string) => (where ? `${where}: ${what}` : what);
  const { min, max } = bounds(schema);
  const misses: NearMiss[] = [];
  if (d.type === 'string') {
    if (max !== undefined) {
      misses.push({ what: at(`${max} characters`), message: 'x'.repeat(max), accepted: true });
      misses.push({ what: at(`${max + 1} characters`), message: 'x'.repeat(max + 1), accepted: false });
    } else {
      misses.push({ what: at('a string without limit'), message: 'x'.repeat(UNBOUNDED), accepted: false });
    }
    if (min !== undefined && min > 0) {
      misses.push({ what: at(`${min - 1} characters`), message: 'x'.repeat(min - 1), accepted: false });
    }
  }
  if (d.type === 'number') {
    misses.push({ what: at('below 0'), message: -1, accepted: false });
    misses.push({ what: at('a fraction'), message: (min ?? 0) + 0.5, accepted: false });
    if (min !== undefined) misses.push({ what: at(`its minimum ${min}`), message: min, accepted: true });
    if (max !== undefined) {
      misses.push({ what: at(`its maximum ${max}`), message: max, accepted: true });
      misses.push({ what: at('above its maximum'), message: max + 1, accepted: false });
    } else {
      misses.push({ what: at('beyond safe integers'), message: 2 ** 53, accepted: false });
    }
  }
  return misses;
}

/** Past any limit a request schema sets. */
const UNBOUNDED = 100_000;

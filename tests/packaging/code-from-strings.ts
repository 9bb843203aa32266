import { type Node, parse } from 'acorn';
import { ancestor } from 'acorn-walk';

/*
 * Where shipped code could turn a string into code, found in its syntax tree (acorn, the parser Rollup and
 * ESLint's espree are built on) rather than by regular expressions, which miss `(0, eval)(s)`, `Function(s)()`
 * or `globalThis['ev' + 'al']`-free spellings such as `globalThis.eval(s)`:
 * - any reference to `eval` but as a property name (`x.eval` is a property access: reported too, below);
 * - `Function` called or constructed, or taken as a value (kept aside to be called later), `Function.call(…)`
 *   and `Function.apply(…)` too (they construct as well); allowed: `x instanceof Function`, which only compares,
 *   and a property of a property of it (`Function.call.bind(…)`, webextension-polyfill's `hasOwnProperty`
 *   helper; `Function.prototype.x`), which reaches `Function.prototype`'s methods, not the constructor;
 * - a property `eval` or `Function` of anything (`globalThis.eval`, `window['Function']`);
 * - a `.constructor(…)` call (`(() => {}).constructor('code')` reaches Function without naming it), but
 *   `this.constructor(…)`: Preact renders a function component that way, on a component object;
 * - `setTimeout`, `setInterval` or `setImmediate` given a string, a template or a `+` of them as first argument.
 * Each finding says what and where (line:column).
 */

interface Located {
  type: string;
  start: number;
  loc?: { start: { line: number; column: number } } | null;
}
interface Identifier extends Located {
  type: 'Identifier';
  name: string;
}
interface MemberExpression extends Located {
  type: 'MemberExpression';
  object: Node;
  property: Node;
  computed: boolean;
}
interface CallLike extends Located {
  type: 'CallExpression' | 'NewExpression';
  callee: Node;
  arguments: Node[];
}

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const CODE_FROM_STRINGS = new Set(['eval', 'Function']);

function at(node: Located): string {
  return node.loc ? `${node.loc.start.line}:${node.loc.start.column}` : String(node.start);
}

/** The name a member expression reaches: `x.eval` and `x['eval']` both name `eval`. */
function propertyName(member: MemberExpression): string | null {
  const property = member.property as unknown as { type: string; name?: string; value?: unknown };
  if (!member.computed && property.type === 'Identifier') return property.name ?? null;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return null;
}

function isStringy(node: Node | undefined): boolean {
  if (!node) return false;
  const n = node as unknown as {
    type: string;
    value?: unknown;
    operator?: string;
    left?: Node;
    right?: Node;
  };
  if (n.type === 'Literal') return typeof n.value === 'string';
  if (n.type === 'TemplateLiteral') return true;
  if (n.type === 'BinaryExpression' && n.operator === '+') return isStringy(n.left) || isStringy(n.right);
  return false;
}

/** The name a callee is known by: `setTimeout`, `window.setTimeout`, `globalThis['setTimeout']`. */
function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return (callee as unknown as Identifier).name;
  if (callee.type === 'MemberExpression') return propertyName(callee as unknown as MemberExpression);
  return null;
}

export function findCodeFromStrings(code: string, sourceType: 'script' | 'module' = 'module'): string[] {
  const tree = parse(code, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true });
  const findings: string[] = [];
  ancestor(tree, {
    Identifier(node, _state, ancestors) {
      const { name } = node as unknown as Identifier;
      if (!CODE_FROM_STRINGS.has(name)) return;
      const parent = ancestors[ancestors.length - 2] as unknown as Record<string, unknown> | undefined;
      // A property name or an object key is not a reference to the global.
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if (parent?.type === 'Property' && parent.key === node && !parent.computed && parent.value !== node)
        return;
      if (parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') return;
      if (name === 'Function' && parent?.type === 'BinaryExpression' && parent.operator === 'instanceof')
        return;
      const grandparent = ancestors[ancestors.length - 3] as unknown as Record<string, unknown> | undefined;
      if (
        name === 'Function' &&
        parent?.type === 'MemberExpression' &&
        parent.object === node &&
        grandparent?.type === 'MemberExpression' &&
        grandparent.object === parent
      ) {
        return;
      }
      findings.push(`${name} at ${at(node as unknown as Located)}`);
    },
    MemberExpression(node) {
      const name = propertyName(node as unknown as MemberExpression);
      if (name && CODE_FROM_STRINGS.has(name)) findings.push(`.${name} at ${at(node as unknown as Located)}`);
    },
    CallExpression(node) {
      const call = node as unknown as CallLike;
      const name = calleeName(call.callee);
      const callee = call.callee as unknown as MemberExpression;
      if (
        name === 'constructor' &&
        callee.type === 'MemberExpression' &&
        callee.object.type !== 'ThisExpression'
      ) {
        findings.push(`.constructor(…) called at ${at(call)}`);
      }
      if (name && TIMERS.has(name) && isStringy(call.arguments[0])) {
        findings.push(`${name} given a string at ${at(call)}`);
      }
    },
  });
  return findings;
}

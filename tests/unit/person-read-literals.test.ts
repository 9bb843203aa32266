import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No words a person reads are written in the UI's code: they come from the catalogues (public/_locales).
 * Scans, with the TypeScript compiler's parser, the popup's, options page's and guide's code (components/,
 * entrypoints/ and the guide's runtime in utils/guide/) for:
 * - JSX text with a letter in it;
 * - person-read attributes and props (aria-label, title, placeholder, alt, label, …) given a literal;
 * - string literals that JSX renders (`{'…'}`, `{busy ? 'A' : 'B'}`, `{x && '…'}`, template literals);
 * - strings put on the page by DOM calls (`textContent = '…'`, `append('…')`, `createTextNode('…')`).
 * What is not a word (codes, ids, CSS, punctuation) has no letter or is in ALLOWED with the reason.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['components', 'entrypoints', 'utils/guide', 'utils/dom/placement.ts'];
const PERSON_READ_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'submitLabel',
  'value',
]);
const DOM_TEXT_CALLS = new Set(['append', 'prepend', 'createTextNode', 'alert', 'confirm', 'prompt']);
const DOM_TEXT_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);
/** `file: text` pairs that are not words for a person, each with why. */
const ALLOWED: Record<string, string> = {};

const letter = /\p{L}/u;
const isTest = (file: string) => /\.(test|fixture)\.tsx?$/.test(file);

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(path.join(entry, name)));
}

function personReadLiterals(file: string, source: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!letter.test(text) || ALLOWED[`${path.relative(ROOT, file)}: ${text.trim()}`] !== undefined) return;
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(ROOT, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  /** Whether a literal's value ends up as what JSX renders (through ?:, &&, ||, ??, parentheses). */
  const rendered = (node: ts.Node): boolean => {
    const parent = node.parent;
    if (!parent) return false;
    if (ts.isJsxExpression(parent)) return !ts.isJsxAttribute(parent.parent) || personReadProp(parent.parent);
    if (ts.isParenthesizedExpression(parent)) return rendered(parent);
    if (ts.isConditionalExpression(parent)) return parent.condition !== node && rendered(parent);
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      const logical = [
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
      ].includes(op);
      return (
        (logical && parent.right === node && rendered(parent)) ||
        (op === ts.SyntaxKind.PlusToken && rendered(parent))
      );
    }
    if (ts.isTemplateSpan(parent)) return rendered(parent.parent);
    return false;
  };
  const personReadProp = (attribute: ts.JsxAttribute) => PERSON_READ_PROPS.has(attribute.name.getText(tree));
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (
      ts.isJsxAttribute(node) &&
      personReadProp(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      report(node, node.initializer.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (rendered(node)) report(node, node.text);
      const parent = node.parent;
      if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
        const callee = parent.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(tree);
        if (DOM_TEXT_CALLS.has(name)) report(node, node.text);
      }
      if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        parent.right === node &&
        ts.isPropertyAccessExpression(parent.left) &&
        DOM_TEXT_PROPS.has(parent.left.name.text)
      ) {
        report(node, node.text);
      }
    } else if (ts.isTemplateExpression(node) && rendered(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('words a person reads come from the catalogues', () => {
  const files = SCANNED.flatMap(filesUnder).filter((file) => /\.tsx?$/.test(file) && !isTest(file));

  it('scans the popup, the options page and the guide', () => {
    expect(files.some((file) => file.endsWith('GuideOverlay.tsx'))).toBe(true);
    expect(files.some((file) => file.endsWith('run-guide.tsx'))).toBe(true);
    expect(files.some((file) => file.endsWith('OptionsApp.tsx'))).toBe(true);
  });

  it('none is written in their code', () => {
    expect(files.flatMap((file) => personReadLiterals(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it.each([
    ['JSX text', '<p>Hello there</p>'],
    ['a person-read attribute', '<section aria-label="Guide" />'],
    ['a rendered literal', "<p>{busy ? 'Connecting…' : label}</p>"],
    ['a rendered fallback', "<p>{name || 'not chosen'}</p>"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test holds a template literal
    ['a rendered template', '<p>{`Step ${n}`}</p>'],
    ['a prop of ours', '<SecretField label="Hub session" />'],
    ['text put in the DOM', "node.textContent = 'Loading';"],
    ['text appended to the DOM', "node.append(' Admin Console');"],
  ])('finds %s', (_, code) => {
    expect(personReadLiterals('x.tsx', `const x = ${code}`)).toHaveLength(1);
  });

  it.each([
    ['a class', '<p class="note warn" />'],
    ['a test id', '<p data-testid="org-domain" />'],
    ['punctuation', "<p>{a}{' '}·{' '}{b}</p>"],
    ['a key passed to the translator', "<p>{t('popup_start')}</p>"],
    ['a comparison', "<p>{state === 'found' ? a : b}</p>"],
  ])('leaves %s alone', (_, code) => {
    expect(personReadLiterals('x.tsx', `const x = ${code}`)).toEqual([]);
  });
});

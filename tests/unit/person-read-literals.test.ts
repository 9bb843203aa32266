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
 * - strings put on the page by DOM calls (`textContent = '…'`, `append('…')`, `createTextNode('…')`), and the
 *   guide overlay's blocks of text (components/guide/dom.ts: `parts: ['…']`, `{ strong: '…' }`, `p('…')`).
 * What is not a word (codes, ids, CSS, punctuation) has no letter or is in ALLOWED with the reason.
 *
 * The logic in utils/ writes messages the popup, the options page and the overlay show (a refusal, a hub fault,
 * why a token was not revoked): `personReadMessages` scans it for a literal of two words or more (a letter, a
 * space, a letter) that ends up, through ?:, &&, ||, ??, + or a template, as
 * - the value of a property or variable named like a message (`message`, `reason`, `why`, `detail`, …);
 * - the argument of such a parameter of a function of the same file (`fail(org, 'kind', '…')`);
 * - an error's message (`new Error('…')`, `throw '…'`).
 * Codes (`reason: 'no-token'`) have no space. Errors never shown to a person are in ALLOWED with why.
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
const DOM_TEXT_CALLS = new Set(['append', 'prepend', 'createTextNode', 'alert', 'confirm', 'prompt', 'p']);
/** The guide overlay's text runs (components/guide/dom.ts): a block's `parts`, a bold value. */
const PAGE_TEXT_FIELDS = new Set(['parts', 'strong']);
const DOM_TEXT_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);
/** utils/ logic, scanned for messages (the UI's own code, above, is scanned for what it renders). */
const MESSAGES_SCANNED = ['utils'];
const MESSAGE_NAMES = new Set([
  'message',
  'reason',
  'why',
  'detail',
  'details',
  'title',
  'text',
  'error',
  'problem',
]);
const ERROR_CLASSES = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError']);
/** `file: text` pairs that are not words for a person, each with why. */
const ALLOWED: Record<string, string> = {
  'utils/hub/client.ts: Cannot talk to the hub: ${…}':
    'a programming error: every caller checked the hub API base URL first (options, policy), and a link attempt that throws it shows link_failed',
  'utils/hub/client.ts: An integration id is required.':
    'a programming error: ids come from the hub’s own list; a link attempt that throws it shows link_failed',
  'utils/okta/api-tokens.ts: Okta answered ${…} for the signed-in admin':
    'never shown: a failed listing only means the id is not known (findOktaId answers null)',
  'utils/okta/api-tokens.ts: Okta answered ${…} for the token list':
    'never shown: a failed listing only means the id is not known (findOktaId answers null)',
  'utils/okta/api-tokens.ts: Okta answered the token list in an unknown shape':
    'never shown: a failed listing only means the id is not known (findOktaId answers null)',
  'utils/okta/api-tokens.ts: Okta could not be reached from the page':
    'never shown: a failed listing or reading only means nothing more is learnt (findOktaId, proof of use)',
  'utils/okta/api-tokens.ts: Okta answered ${…}':
    'never shown: proof of use reads only whether the reading succeeded',
  'utils/messages/index.ts: not this extension':
    'why a sender is refused: the router answers nothing to it, and nobody reads it',
  'utils/messages/index.ts: not a top-frame content script nor an extension page':
    'why a sender is refused: the router answers nothing to it, and nobody reads it',
  'utils/messages/index.ts: malformed request from an extension page':
    'why a request is refused: the router answers nothing to it, and nobody reads it',
  'utils/messages/index.ts: malformed or forbidden request from a content script':
    'why a request is refused: the router answers nothing to it, and nobody reads it',
};

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
    if (ts.isArrayLiteralExpression(parent)) return rendered(parent);
    if (ts.isPropertyAssignment(parent)) {
      return parent.initializer === node && PAGE_TEXT_FIELDS.has(parent.name.getText(tree));
    }
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

/** What a literal reads as: a string as is, a template with `${…}` for each value. */
function textOf(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((span) => `\${…}${span.literal.text}`)].join('');
}

/** Words: a letter, white space, a letter, in one literal part (a template's values do not count). */
function hasWords(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression,
): boolean {
  const parts = ts.isTemplateExpression(node)
    ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
    : [node.text];
  return parts.some((part) => /\p{L}\s+\p{L}/u.test(part));
}

/** Messages a person reads, written in utils/ logic instead of coming from the catalogues. */
function personReadMessages(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const relative = path.relative(ROOT, file);
  const found: string[] = [];
  // Functions of this file by name, with their parameters' names: `fail(org, kind, message)`.
  const parameters = new Map<string, string[]>();
  const collect = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      parameters.set(
        node.name.text,
        node.parameters.map((p) => p.name.getText(tree)),
      );
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      parameters.set(
        node.name.text,
        node.initializer.parameters.map((p) => p.name.getText(tree)),
      );
    }
    ts.forEachChild(node, collect);
  };
  collect(tree);
  const named = (name: ts.Node | undefined) =>
    name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && MESSAGE_NAMES.has(name.text);
  /** Whether the value of `node` ends up as a message (through ?:, &&, ||, ??, +, parentheses, templates). */
  const isMessage = (node: ts.Node): boolean => {
    const parent = node.parent;
    if (!parent) return false;
    if (ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent))
      return isMessage(parent.parent ?? parent);
    if (ts.isTemplateExpression(parent)) return isMessage(parent);
    if (ts.isConditionalExpression(parent)) return parent.condition !== node && isMessage(parent);
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      const joins = [
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.PlusToken,
      ].includes(op);
      if (op === ts.SyntaxKind.EqualsToken && parent.right === node) {
        const target = parent.left;
        return ts.isPropertyAccessExpression(target) ? named(target.name) : named(target);
      }
      return joins && (op === ts.SyntaxKind.PlusToken || parent.right === node) && isMessage(parent);
    }
    if (ts.isPropertyAssignment(parent)) return parent.initializer === node && named(parent.name);
    if (ts.isVariableDeclaration(parent)) return parent.initializer === node && named(parent.name);
    if (ts.isThrowStatement(parent)) return true;
    if (ts.isNewExpression(parent)) {
      return ts.isIdentifier(parent.expression) && ERROR_CLASSES.has(parent.expression.text);
    }
    if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression)) {
      const index = parent.arguments.indexOf(node as ts.Expression);
      const names = parameters.get(parent.expression.text);
      return index >= 0 && names !== undefined && MESSAGE_NAMES.has(names[index] ?? '');
    }
    return false;
  };
  /** Whether `node` is put on a page as text (`textContent = '…'`, `append('…')`): a single word counts. */
  const isPageText = (node: ts.Node): boolean => {
    const parent = node.parent;
    if (!parent) return false;
    if (ts.isParenthesizedExpression(parent)) return isPageText(parent);
    if (ts.isConditionalExpression(parent)) return parent.condition !== node && isPageText(parent);
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      return (
        parent.right === node &&
        ts.isPropertyAccessExpression(parent.left) &&
        DOM_TEXT_PROPS.has(parent.left.name.text)
      );
    }
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
      return (
        DOM_TEXT_CALLS.has(parent.expression.name.text) && parent.arguments.includes(node as ts.Expression)
      );
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node)
    ) {
      const text = textOf(node);
      const shown = (hasWords(node) && isMessage(node)) || (letter.test(text) && isPageText(node));
      if (shown && ALLOWED[`${relative}: ${text.trim()}`] === undefined) {
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative}:${line + 1}: ${JSON.stringify(text)}`);
      }
      if (ts.isTemplateExpression(node)) {
        for (const span of node.templateSpans) visit(span.expression);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('words a person reads come from the catalogues', () => {
  const files = SCANNED.flatMap(filesUnder).filter((file) => /\.tsx?$/.test(file) && !isTest(file));

  it('scans the popup, the options page and the guide', () => {
    expect(files.some((file) => file.endsWith('GuideOverlay.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('run-guide.ts'))).toBe(true);
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
    ['a block of the guide overlay', "{ tag: 'p', parts: [busy ? 'Connecting' : label] }"],
    ['a bold value of the guide overlay', "text.rich('k', { name: { strong: name || 'not chosen' } })"],
    ['a paragraph of the guide overlay', "p('Looking for it')"],
  ])('finds %s', (_, code) => {
    expect(personReadLiterals('x.tsx', `const x = ${code}`)).toHaveLength(1);
  });

  it.each([
    ['a class', '<p class="note warn" />'],
    ['a test id', '<p data-testid="org-domain" />'],
    ['punctuation', "<p>{a}{' '}·{' '}{b}</p>"],
    ['a key passed to the translator', "<p>{t('popup_start')}</p>"],
    ['a comparison', "<p>{state === 'found' ? a : b}</p>"],
    ['a block’s tag and class', "{ tag: 'p', attrs: { class: 'note ok' }, parts: [t('guide_copied')] }"],
  ])('leaves %s alone', (_, code) => {
    expect(personReadLiterals('x.tsx', `const x = ${code}`)).toEqual([]);
  });
});

describe('messages written by the logic come from the catalogues', () => {
  const files = MESSAGES_SCANNED.flatMap(filesUnder).filter((file) => /\.tsx?$/.test(file) && !isTest(file));

  it('scans the background and the hub layer', () => {
    for (const name of [
      'link-service.ts',
      'hub-session.ts',
      'trusted-hubs.ts',
      'hub-errors.ts',
      'domain.ts',
    ]) {
      expect(files.some((file) => file.endsWith(`/${name}`))).toBe(true);
    }
  });

  it('none is written in their code', () => {
    expect(files.flatMap((file) => personReadMessages(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('every exception still exists', () => {
    const all = files.map((file) => `${path.relative(ROOT, file)}\n${readFileSync(file, 'utf8')}`);
    for (const allowed of Object.keys(ALLOWED)) {
      const [file, text] = allowed.split(/: (.*)/s) as [string, string];
      const source = all.find((entry) => entry.startsWith(`${file}\n`));
      expect(source, allowed).toBeDefined();
      expect(source?.replaceAll(/\$\{[^}]*\}/g, '\u0024{…}'), allowed).toContain(text);
    }
  });

  it.each([
    ['a message property', "return { ok: false, message: 'No hub found on this tab.' };"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test holds a template literal
    ['a template', 'const r = { why: `Okta answered ${status} to ${path}` };'],
    ['a choice between texts', "const r = { message: ok ? t('a') : 'It failed badly' };"],
    ['a message variable', "const message = 'Nothing was sent.';"],
    [
      'a message parameter',
      "function fail(org: string, message: string) {}\nfail(org, 'Linking failed unexpectedly.');",
    ],
    [
      'a message parameter of an arrow',
      "const problem = (detail: string) => detail;\nthrow problem('the answer is empty');",
    ],
    ['an error', "throw new Error('Okta did not say who is signed in');"],
    ['a title', "action.setTitle({ title: 'Okta Link Assistant: a token could not be revoked' });"],
    ['one word put on a page', "close.textContent = 'Close';"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test holds a template literal
    ['a sentence put on a page', 'callout.textContent = `Revoke ${what} here`;'],
  ])('finds %s', (_, code) => {
    expect(personReadMessages('x.ts', code)).toHaveLength(1);
  });

  it.each([
    ['a code', "return { ok: false, reason: 'no-token', message: t('hubform_no_token') };"],
    ['a message from the catalogue', "const r = { message: t('link_failed') };"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test holds a template literal
    ['values joined', 'const r = { why: `okta:${status} ${path}` };'],
    ['a comparison', "if (reason === 'not run yet') return;"],
    ['a selector', "document.querySelector('main button');"],
    ['a call of another file', "refuse('no-hub', 'There is no hub');"],
  ])('leaves %s alone', (_, code) => {
    expect(personReadMessages('x.ts', code)).toEqual([]);
  });
});

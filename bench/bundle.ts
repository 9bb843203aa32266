import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../scripts/build-extension';
import { GUIDE_SCRIPT } from '../utils/messages/guide-protocol';

/**
 * Size of each entrypoint of a build: the files a context loads for it (an HTML page's scripts, styles and
 * module preloads, and every module they import), raw and gzip (level 9), counted once per entrypoint.
 */

export interface EntrypointSize {
  name: string;
  /** How the browser runs it. */
  kind:
    | 'service worker'
    | 'extension page'
    | 'before its first paint'
    | 'content script (manifest)'
    | 'content script (on demand)';
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  /** The build folder, relative to the repository. */
  buildDir: string;
  entrypoints: EntrypointSize[];
  /** Content scripts the manifest runs on Okta pages by itself, before any Start. */
  oktaStatic: EntrypointSize[];
  /** The guide: what Start injects into an Okta page (and re-injects after each navigation). */
  guide: EntrypointSize;
}

/** Where the background injects the guide from, inside the build folder. */
export const GUIDE_FILE = GUIDE_SCRIPT.replace(/^\//, '');
/** Pages an Okta admin uses: a static content script matching either runs there before Start. */
const OKTA_PAGES = ['https://acme.okta.com/app/UserHome', 'https://acme-admin.okta.com/admin/dashboard'];

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** A Chrome match pattern (`*://*.okta.com/*`, `<all_urls>`) against a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const parts = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, pathGlob] = parts as unknown as [string, string, string, string];
  const target = new URL(url);
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(targetScheme) : scheme !== targetScheme) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? target.hostname === host.slice(2) || target.hostname.endsWith(host.slice(1))
      : target.hostname === host);
  const glob = new RegExp(`^${pathGlob.split('*').map(escapeRegExp).join('.*')}$`);
  return hostOk && glob.test(target.pathname + target.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Files an HTML page loads: scripts, module preloads, style sheets (local paths only). */
function htmlReferences(html: string): string[] {
  const references: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
    const reference = match[1] as string;
    if (!/^[a-z]+:/i.test(reference)) references.push(reference);
  }
  return references;
}

/**
 * What an HTML page needs before it can paint: the page, its classic scripts (they block the parser) and its
 * style sheets (they block rendering); module scripts run after the page is parsed.
 */
function firstPaintReferences(html: string): string[] {
  const references: string[] = [];
  for (const match of html.matchAll(/<script\b(?![^>]*\btype="module")[^>]*?\bsrc="([^"]+)"/g)) {
    references.push(match[1] as string);
  }
  for (const match of html.matchAll(/<link\b(?=[^>]*\brel="stylesheet")[^>]*?\bhref="([^"]+)"/g)) {
    references.push(match[1] as string);
  }
  return references.filter((reference) => !/^[a-z]+:/i.test(reference));
}

/** Modules a bundled module imports, statically or dynamically (relative or root paths, any quotes). */
function moduleImports(code: string): string[] {
  const imports = new Set<string>();
  const patterns = [/\bfrom\s*["']([./][^"']+)["']/g, /\bimport\s*\(?\s*["'`]([./][^"'`]+)["'`]/g];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) imports.add(match[1] as string);
  }
  return [...imports];
}

/** A reference from `fromFile` as a path inside the build folder (a leading `/` is the folder's root). */
function resolveIn(fromFile: string, reference: string): string {
  const clean = reference.split(/[?#]/)[0] as string;
  return clean.startsWith('/')
    ? path.normalize(clean.slice(1))
    : path.normalize(path.join(path.dirname(fromFile), clean));
}

/** The entry file and everything it pulls in, as paths relative to the build folder. */
function closureOf(buildDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const absolute = path.join(buildDir, file);
    if (!existsSync(absolute)) throw new Error(`${file} is referenced but missing from ${buildDir}`);
    seen.add(file);
    const text = readFileSync(absolute, 'utf8');
    const references = file.endsWith('.html')
      ? htmlReferences(text)
      : file.endsWith('.js')
        ? moduleImports(text)
        : [];
    for (const reference of references) visit(resolveIn(file, reference));
  };
  visit(path.normalize(entry.replace(/^\//, '')));
  return [...seen];
}

function sizeOf(
  buildDir: string,
  name: string,
  kind: EntrypointSize['kind'],
  files: string[],
): EntrypointSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(buildDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSize(content);
  }
  return { name, kind, files, rawBytes, gzipBytes };
}

export function measureBundles(buildDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  const entrypoints: EntrypointSize[] = [];
  const add = (name: string, kind: EntrypointSize['kind'], entry: string | undefined) => {
    if (entry) entrypoints.push(sizeOf(buildDir, name, kind, closureOf(buildDir, entry)));
  };
  add('background', 'service worker', manifest.background?.service_worker);
  add('popup', 'extension page', manifest.action?.default_popup);
  const popupPage = manifest.action?.default_popup?.replace(/^\//, '');
  if (popupPage) {
    const html = readFileSync(path.join(buildDir, popupPage), 'utf8');
    const files = [
      popupPage,
      ...firstPaintReferences(html).map((reference) => resolveIn(popupPage, reference)),
    ];
    entrypoints.push(sizeOf(buildDir, 'popup, first paint', 'before its first paint', files));
  }
  add('options', 'extension page', manifest.options_ui?.page ?? manifest.options_page);

  const oktaStatic: EntrypointSize[] = [];
  const listed = new Set<string>();
  for (const [index, script] of (manifest.content_scripts ?? []).entries()) {
    const files = [...(script.js ?? []), ...(script.css ?? [])].flatMap((file) => closureOf(buildDir, file));
    for (const file of files) listed.add(file);
    const size = sizeOf(buildDir, `content script #${index + 1}`, 'content script (manifest)', files);
    entrypoints.push(size);
    if ((script.matches ?? []).some((pattern) => OKTA_PAGES.some((url) => matchesPattern(pattern, url)))) {
      oktaStatic.push(size);
    }
  }
  // Content scripts built for `browser.scripting.executeScript` are in the build but not in the manifest.
  const scriptsDir = path.join(buildDir, 'content-scripts');
  const onDemand = existsSync(scriptsDir)
    ? readdirSync(scriptsDir).filter((file) => !listed.has(`content-scripts/${file}`) && file.endsWith('.js'))
    : [];
  for (const file of onDemand.sort()) {
    add(file.replace(/\.js$/, ''), 'content script (on demand)', `content-scripts/${file}`);
  }
  // The guide is an unlisted script (entrypoints/guide/), injected the same way from its own place.
  if (
    !entrypoints.some((entry) => entry.files[0] === GUIDE_FILE) &&
    existsSync(path.join(buildDir, GUIDE_FILE))
  ) {
    add('guide', 'content script (on demand)', GUIDE_FILE);
  }
  const guide = entrypoints.find((entry) => entry.files[0] === GUIDE_FILE);
  if (!guide) throw new Error(`No ${GUIDE_FILE} in ${buildDir}: has the guide moved?`);
  return { buildDir: path.relative(REPO_ROOT, buildDir), entrypoints, oktaStatic, guide };
}

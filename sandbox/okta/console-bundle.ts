import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * The Odyssey Admin Console's browser bundle (`./odyssey/`, React + Okta's Odyssey components), built with
 * esbuild on first use and cached on disk under a hash of everything that goes into it, so the many e2e files
 * that start a sandbox build it once between them. Nothing is downloaded: every input is in node_modules.
 */

export interface ConsoleBundle {
  /** Where the Admin Console host serves it; the hash in the name makes it safe to cache forever. */
  urlPath: string;
  code: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIR = fileURLToPath(new URL('./odyssey/', import.meta.url));
const ENTRY_POINT = path.join(SOURCE_DIR, 'main.tsx');
/** Gitignored; also ignored by biome. */
export const BUNDLE_CACHE_DIR = path.join(REPO_ROOT, 'sandbox', '.cache');
const BUNDLE_NAME = 'odyssey-admin-console';

let pending: Promise<ConsoleBundle> | undefined;

/** The bundle, built or read from the cache once per process. */
export function odysseyConsoleBundle(): Promise<ConsoleBundle> {
  pending ??= cachedOrBuilt().catch((error: unknown) => {
    pending = undefined; // a failed build is retried on the next call
    throw error;
  });
  return pending;
}

async function cachedOrBuilt(): Promise<ConsoleBundle> {
  const hash = await inputsHash();
  const fileName = `${BUNDLE_NAME}.${hash}.js`;
  const file = path.join(BUNDLE_CACHE_DIR, fileName);
  const urlPath = `/assets/js/${fileName}`;
  const cached = await readFile(file, 'utf8').catch(() => null);
  if (cached !== null) return { urlPath, code: cached };

  const code = await buildBundle();
  await mkdir(BUNDLE_CACHE_DIR, { recursive: true });
  // Another process may be building the same bundle: write aside, then rename (atomic), so no reader ever
  // sees half a file. Then drop bundles of older sources.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, code);
  await rename(partial, file);
  for (const name of await readdir(BUNDLE_CACHE_DIR)) {
    if (name.startsWith(`${BUNDLE_NAME}.`) && name.endsWith('.js') && name !== fileName) {
      await rm(path.join(BUNDLE_CACHE_DIR, name), { force: true });
    }
  }
  return { urlPath, code };
}

/**
 * The cache key: the console's sources, this builder (its esbuild options), and the lockfile (the exact React,
 * MUI, Odyssey and esbuild versions). `buildBundle` checks that the sources import nothing else of ours.
 */
async function inputsHash(): Promise<string> {
  const sources = (await readdir(SOURCE_DIR, { recursive: true }))
    .filter((name) => /\.tsx?$/.test(name))
    .sort()
    .map((name) => path.join(SOURCE_DIR, name));
  const hash = createHash('sha256');
  for (const file of [
    ...sources,
    fileURLToPath(import.meta.url),
    path.join(REPO_ROOT, 'package-lock.json'),
  ]) {
    hash
      .update(path.relative(REPO_ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildBundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY_POINT],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // The project's tsconfig compiles JSX for Preact (the extension); this bundle is React.
    tsconfigRaw: {},
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  const foreign = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith('node_modules/') && !path.resolve(REPO_ROOT, input).startsWith(SOURCE_DIR),
  );
  if (foreign.length > 0) {
    throw new Error(
      `The Odyssey console imports ${foreign.join(', ')} at run time; keep its run-time imports inside ` +
        `${path.relative(REPO_ROOT, SOURCE_DIR)} (the bundle cache is keyed on that folder) or type-only.`,
    );
  }
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle');
  return output.text;
}

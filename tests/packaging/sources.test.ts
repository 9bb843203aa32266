import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import extractZip from 'extract-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The packages `npm run zip` wrote, and the sources package rebuilt as a store reviewer would: unpacked in an
 * empty folder, built by the steps its BUILDING.md gives (offline, from the lockfile; the npm cache is warm
 * after this project's own `npm ci`), and compared file by file with the packages submitted. Takes about a
 * minute on a quiet machine (mostly `npm ci`), a few under load.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipOf = (kind: string) => path.join(OUTPUT, `${pkg.name}-${pkg.version}-${kind}.zip`);
const run = promisify(execFile);

/** Every file under a folder, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
}

/**
 * A reviewer's shell: none of what this test runs under (vitest sets NODE_ENV=test, which changes Vite's
 * output; npm passes its own settings as npm_*; OLA_BUILD=e2e would make the test build).
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(NODE_ENV|VITEST.*|TEST|MODE|OLA_.*|npm_.*|INIT_CWD)$/i.test(name),
    ),
  );
}

/** The lines of BUILDING.md's first `sh` block: the steps a reviewer runs. */
function buildSteps(buildingMd: string): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(buildingMd)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

describe('the packages of this version', () => {
  it.each(['chrome', 'firefox', 'sources'])('%s: named with package.json’s version', (kind) => {
    expect(existsSync(zipOf(kind)), `${zipOf(kind)} (run npm run zip)`).toBe(true);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s: the manifest carries package.json’s version', (build) => {
    const manifest = JSON.parse(readFileSync(path.join(OUTPUT, build, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);
  });

  it('CHANGELOG.md has this release', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    expect(changelog).toContain(`[${pkg.version}]: `);
  });
});

describe('the sources package, rebuilt offline from its BUILDING.md', () => {
  let work: string;
  let sources: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'ola-sources-'));
    sources = path.join(work, 'sources');
    await extractZip(zipOf('sources'), { dir: sources });
    for (const kind of ['chrome', 'firefox']) await extractZip(zipOf(kind), { dir: path.join(work, kind) });
  }, 60_000);

  // Its node_modules is a whole install: removing it takes a while on a busy machine.
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  }, 600_000);

  it('holds the code, the lockfile and the build steps, and no tests, sandbox or build output', () => {
    const files = filesUnder(sources);
    expect(files).toEqual(
      expect.arrayContaining(['BUILDING.md', 'package.json', 'package-lock.json', 'wxt.config.ts']),
    );
    for (const file of files) {
      expect(file).not.toMatch(/^(tests|sandbox|scripts|bench|store|docs|node_modules|\.output|\.wxt)\//);
      expect(file).not.toMatch(/\.(test|e2e)\.tsx?$/);
    }
  });

  it('builds into byte-identical Chrome and Firefox packages', { timeout: 900_000 }, async () => {
    const steps = buildSteps(readFileSync(path.join(sources, 'BUILDING.md'), 'utf8'));
    expect(steps[0]).toMatch(/^npm ci --offline\b/);
    for (const step of steps) {
      await run('sh', ['-c', step], { cwd: sources, env: reviewerEnv(), maxBuffer: 64 * 1024 * 1024 }).catch(
        (error: { stderr?: string; message: string }) => {
          throw new Error(`"${step}" failed: ${error.stderr?.slice(-2000) ?? error.message}`);
        },
      );
    }
    for (const [kind, build] of [
      ['chrome', 'chrome-mv3'],
      ['firefox', 'firefox-mv3'],
    ] as const) {
      const submitted = path.join(work, kind);
      const rebuilt = path.join(sources, '.output', build);
      const files = filesUnder(submitted);
      expect(files.length).toBeGreaterThan(5);
      expect(filesUnder(rebuilt)).toEqual(files);
      for (const file of files) {
        const same = readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(submitted, file)));
        expect(same, `${kind}: ${file}`).toBe(true);
      }
    }
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Admin, AdminAction } from './admin';
import type { StoreImages } from './store';

/** Records each step of the journey: outcome, wall time, the admin's actions in it, and screenshots. */

export type StepStatus = 'passed' | 'failed' | 'skipped';

export interface Screenshot {
  /** File name inside the output folder. */
  file: string;
  caption: string;
  /** Also written as docs/<name>.png (README's images), when the run writes those. */
  docs?: string;
}

export interface ShotOptions {
  /** The README image this screenshot is (docs/<name>.png). */
  docs?: string;
  /** The README image shows only these elements and what lies between them (with a margin). */
  around?: Locator[];
  /** …and reaches to the page's top-left corner (its logo), for context. */
  fromTopLeft?: boolean;
  /** A store listing image this screenshot is (store/en/images/<name>.png), drawn over `over` for a popup. */
  store?: { name: string; over?: Page };
}

const DOCS_MARGIN = 16;

/**
 * What a README image shows, small: the region around the elements named, else the page's content down to
 * where it ends (a popup is shorter than its window), within the window.
 */
async function docsClip(page: Page, options: ShotOptions) {
  const view = page.viewportSize() ?? { width: 1280, height: 800 };
  const boxes = (
    await Promise.all((options.around ?? []).map((locator) => locator.first().boundingBox()))
  ).filter((box) => box !== null);
  if (boxes.length === 0) {
    const bottom = await page.evaluate(() => document.body.getBoundingClientRect().bottom);
    return { x: 0, y: 0, width: view.width, height: Math.min(view.height, Math.ceil(bottom) + DOCS_MARGIN) };
  }
  const left = options.fromTopLeft ? 0 : Math.max(0, Math.min(...boxes.map((box) => box.x)) - DOCS_MARGIN);
  const top = options.fromTopLeft ? 0 : Math.max(0, Math.min(...boxes.map((box) => box.y)) - DOCS_MARGIN);
  const right = Math.min(view.width, Math.max(...boxes.map((box) => box.x + box.width)) + DOCS_MARGIN);
  const bottom = Math.min(view.height, Math.max(...boxes.map((box) => box.y + box.height)) + DOCS_MARGIN);
  return { x: left, y: top, width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

export interface StepRecord {
  path: string;
  title: string;
  status: StepStatus;
  /** Wall time of the step: the page and extension reacting, plus the scripted admin's moves. */
  ms: number;
  actions: AdminAction[];
  screenshots: Screenshot[];
  notes: string[];
  error?: string;
}

export interface StepContext {
  shot(page: Page, caption: string, options?: ShotOptions): Promise<void>;
  note(text: string): void;
}

const STATUS_MARK: Record<StepStatus, string> = { passed: '✔', failed: '✘', skipped: '–' };

/** Playwright errors carry a long call log; the first lines say what went wrong. */
function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 6).join('\n').trim();
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
}

export class JourneyRecorder {
  readonly steps: StepRecord[] = [];
  private shots = 0;

  /**
   * `outDir` null: no screenshots (the benchmark only counts actions). `docsDir`: where the screenshots marked
   * as README images also go, cut to what they show; `docsSuffix` names them apart (`dialog-ja.png`).
   */
  constructor(
    readonly outDir: string | null,
    private readonly log: (line: string) => void = () => {},
    private readonly docsDir: string | null = null,
    private readonly store: StoreImages | null = null,
    private readonly docsSuffix = '',
  ) {
    if (outDir) mkdirSync(outDir, { recursive: true });
  }

  /** One path of the journey (Connect, autofill): after a failed step its remaining steps are skipped. */
  path(name: string, admin: Admin): JourneyPath {
    return new JourneyPath(this, name, admin);
  }

  get failed(): boolean {
    return this.steps.some((step) => step.status === 'failed');
  }

  async screenshot(page: Page, caption: string, options: ShotOptions = {}): Promise<Screenshot | null> {
    if (!this.outDir) return null;
    this.shots += 1;
    const file = `${String(this.shots).padStart(2, '0')}-${slug(caption)}.png`;
    await page.screenshot({ path: path.join(this.outDir, file), fullPage: true });
    if (options.docs && this.docsDir) {
      await page.screenshot({
        path: path.join(this.docsDir, `${options.docs}${this.docsSuffix}.png`),
        clip: await docsClip(page, options),
      });
    }
    if (options.store && this.store) {
      const { name, over } = options.store;
      if (over) await this.store.popupOver(over, page, name, caption);
      else await this.store.screenshot(page, name, caption);
    }
    return { file, caption, ...(options.docs ? { docs: options.docs } : {}) };
  }

  /** @internal used by JourneyPath */
  add(record: StepRecord) {
    this.steps.push(record);
    const count = record.actions.length;
    const timing =
      record.status === 'skipped'
        ? ''
        : ` (${Math.round(record.ms)} ms, ${count} action${count === 1 ? '' : 's'})`;
    this.log(`${STATUS_MARK[record.status]} [${record.path}] ${record.title}${timing}`);
    if (record.error) this.log(`    ${record.error.replace(/\n/g, '\n    ')}`);
  }
}

export class JourneyPath {
  private stopped = false;

  constructor(
    private readonly recorder: JourneyRecorder,
    readonly name: string,
    readonly admin: Admin,
  ) {}

  get failed(): boolean {
    return this.stopped;
  }

  async step(title: string, run: (step: StepContext) => Promise<void>): Promise<void> {
    const record: StepRecord = {
      path: this.name,
      title,
      status: 'skipped',
      ms: 0,
      actions: [],
      screenshots: [],
      notes: [],
    };
    if (this.stopped) {
      this.recorder.add(record);
      return;
    }
    const firstAction = this.admin.actions.length;
    const started = performance.now();
    let lastPage: Page | null = null;
    const context: StepContext = {
      shot: async (page, caption, options) => {
        lastPage = page;
        const shot = await this.recorder.screenshot(page, caption, options);
        if (shot) record.screenshots.push(shot);
      },
      note: (text) => record.notes.push(text),
    };
    try {
      await run(context);
      record.status = 'passed';
    } catch (error) {
      record.status = 'failed';
      record.error = shortError(error);
      this.stopped = true;
      const page = this.admin.inView ?? lastPage;
      if (page && !page.isClosed()) {
        await context.shot(page, `${title}: where it failed`).catch(() => undefined);
      }
    }
    record.ms = performance.now() - started;
    record.actions = this.admin.actions.slice(firstAction);
    this.recorder.add(record);
  }
}

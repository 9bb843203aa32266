import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { maskToken } from '../../utils/okta/token';
import { REPO_ROOT } from '../build-extension';

/**
 * The store listing's images, from the sandbox journeys (`npm run demo -- --store`), never from a real org:
 * screenshots at 1280×800 (Chrome Web Store, Edge Add-ons, addons.mozilla.org) and a 440×280 promo tile.
 * Before each capture the page's text is read (through open shadow roots and frames, with the values of fields
 * that show what they hold) and checked for every token the sandbox created or the extension holds: an image
 * that would show one whole is not written, and the run fails. What was checked is kept in evidence.json beside
 * the images; tests/packaging/store-listing.test.ts reads it.
 */

export const STORE_IMAGES_DIR = path.join(REPO_ROOT, 'store', 'en', 'images');
export const SCREENSHOT_SIZE = { width: 1280, height: 800 };
export const PROMO_TILE_SIZE = { width: 440, height: 280 };

export interface StoreImageEvidence {
  file: string;
  caption: string;
  width: number;
  height: number;
  /** Where the picture was taken: a sandbox host. */
  pages: string[];
  /** The tokens known at capture time, masked; the page text held none of them whole. */
  tokensChecked: string[];
  /** Characters of page text read for the check. */
  textChecked: number;
}

/** The page's text as a person could read it, as a string (tsx's `__name` helper must not reach the page). */
const READ_TEXT = `(() => {
  const out = [document.documentElement.innerText || ''];
  const visit = function (root) {
    for (const element of root.querySelectorAll('*')) {
      const showsValue =
        (element instanceof HTMLInputElement && element.type !== 'password' && element.type !== 'hidden') ||
        element instanceof HTMLTextAreaElement;
      if (showsValue) out.push(element.value);
      if (element.shadowRoot) {
        out.push(element.shadowRoot.textContent || '');
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return out.join('\\n');
})()`;

async function pageText(page: Page): Promise<string> {
  const parts = await Promise.all(
    page.frames().map((frame) => frame.evaluate(READ_TEXT).catch(() => '') as Promise<string>),
  );
  return parts.join('\n');
}

export class StoreImages {
  readonly evidence: StoreImageEvidence[] = [];

  constructor(
    private readonly knownTokens: () => Promise<string[]>,
    readonly dir: string = STORE_IMAGES_DIR,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Fails when any of the pages shows a known token whole. */
  private async check(pages: Page[]): Promise<Pick<StoreImageEvidence, 'tokensChecked' | 'textChecked'>> {
    const tokens = (await this.knownTokens()).filter((token) => token.length >= 20);
    let textChecked = 0;
    for (const page of pages) {
      const text = await pageText(page);
      textChecked += text.length;
      for (const token of tokens) {
        if (text.includes(token)) {
          throw new Error(`Store image refused: ${page.url()} shows the token ${maskToken(token)} unmasked.`);
        }
      }
    }
    return { tokensChecked: tokens.map(maskToken), textChecked };
  }

  private record(
    file: string,
    caption: string,
    size: { width: number; height: number },
    pages: Page[],
    checked: Pick<StoreImageEvidence, 'tokensChecked' | 'textChecked'>,
  ) {
    const hosts = pages.map((page) => new URL(page.url()).host);
    this.evidence.push({ file, caption, ...size, pages: hosts, ...checked });
  }

  /** Each image once: the first journey that reaches a view gives its picture. */
  private has(name: string): boolean {
    return this.evidence.some((image) => image.file === `${name}.png`);
  }

  /** A screenshot of the page's window at 1280×800. */
  async screenshot(page: Page, name: string, caption: string): Promise<void> {
    if (this.has(name)) return;
    const checked = await this.check([page]);
    const size = page.viewportSize();
    if (size?.width !== SCREENSHOT_SIZE.width || size.height !== SCREENSHOT_SIZE.height) {
      throw new Error(`Store screenshots are taken at 1280×800; ${page.url()} is ${JSON.stringify(size)}.`);
    }
    const file = `${name}.png`;
    await page.screenshot({ path: path.join(this.dir, file) });
    this.record(file, caption, SCREENSHOT_SIZE, [page], checked);
  }

  /**
   * The popup as the admin sees it, over the page it was opened on (the toolbar popup cannot be captured by
   * itself): the page's window at 1280×800 with the popup's picture at the top right.
   */
  async popupOver(page: Page, popup: Page, name: string, caption: string): Promise<void> {
    if (this.has(name)) return;
    const checked = await this.check([page, popup]);
    const height = await popup.evaluate('Math.ceil(document.body.getBoundingClientRect().bottom) + 8');
    const popupSize = popup.viewportSize() ?? { width: 360, height: 600 };
    const popupPng = await popup.screenshot({
      clip: { x: 0, y: 0, width: popupSize.width, height: Math.min(popupSize.height, Number(height)) },
    });
    const pagePng = await page.screenshot();
    const canvas = await page.context().newPage();
    try {
      await canvas.setViewportSize(SCREENSHOT_SIZE);
      await canvas.setContent(`<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
        <img src="data:image/png;base64,${pagePng.toString('base64')}" style="position:absolute;inset:0">
        <img src="data:image/png;base64,${popupPng.toString('base64')}"
          style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35)">
      </body>`);
      const file = `${name}.png`;
      await canvas.screenshot({ path: path.join(this.dir, file) });
      this.record(file, caption, SCREENSHOT_SIZE, [page, popup], checked);
    } finally {
      await canvas.close();
    }
  }

  /** The 440×280 promo tile: the icon, the name and what it does, drawn by the browser. */
  async promoTile(context: BrowserContext, tagline: string): Promise<void> {
    const icon = readFileSync(path.join(REPO_ROOT, 'assets', 'icon.svg'), 'utf8');
    const page = await context.newPage();
    try {
      await page.setViewportSize(PROMO_TILE_SIZE);
      await page.setContent(`<!doctype html><body style="margin:0;width:440px;height:280px;display:flex;
        flex-direction:column;justify-content:center;gap:14px;padding:0 32px;box-sizing:border-box;
        background:linear-gradient(135deg,#0b2f6b,#1662dd);color:#fff;font-family:system-ui,sans-serif">
        <div style="display:flex;align-items:center;gap:16px">
          <div style="width:72px;height:72px">${icon.replace('<svg ', '<svg width="72" height="72" ')}</div>
          <div style="font-size:30px;font-weight:700;line-height:1.1">Okta Link Assistant</div>
        </div>
        <div style="font-size:17px;line-height:1.35;opacity:.95">${tagline}</div>
      </body>`);
      const checked = await this.check([page]);
      await page.screenshot({ path: path.join(this.dir, 'promo-440x280.png') });
      this.evidence.push({
        file: 'promo-440x280.png',
        caption: 'Promo tile',
        ...PROMO_TILE_SIZE,
        pages: ['(drawn)'],
        ...checked,
      });
    } finally {
      await page.close();
    }
  }

  writeEvidence(): string {
    const file = path.join(this.dir, 'evidence.json');
    const images = [...this.evidence].sort((a, b) => a.file.localeCompare(b.file));
    writeFileSync(
      file,
      `${JSON.stringify({ source: 'npm run demo -- --store (sandbox journeys)', images }, null, 2)}\n`,
    );
    return file;
  }
}

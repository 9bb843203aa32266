import type { BrowserContext, Locator, Page } from 'playwright-core';
import { activeTabUrl, openPopupFor } from '../../tests/e2e/support/extension';
import { clickHighlighted, followGuide } from '../../tests/e2e/support/guide';

/**
 * The admin's hands in a scripted journey (the demo, the benchmark and the journey e2e tests). Every click,
 * key entry and tab switch goes through here and is recorded, so a count is what the journey did, not a number
 * written down. What the extension does by itself (bringing a tab to the front, filling a form) is not the
 * admin's and is not counted; whether it happened is read from the browser, not assumed.
 */

export type ActionKind = 'click' | 'key entry' | 'tab switch';

export interface AdminAction {
  kind: ActionKind;
  what: string;
}

export interface ActionCount {
  clicks: number;
  keyEntries: number;
  tabSwitches: number;
  total: number;
}

/** The popup's content is 360 px wide (entrypoints/popup/style.css): its screenshots show it at that size. */
const POPUP_VIEWPORT = { width: 360, height: 600 };
/** How long a tab the extension brings to the front may take to get there before the admin switches to it. */
const BROUGHT_TO_FRONT_MS = 3_000;

export function countActions(actions: readonly AdminAction[]): ActionCount {
  const of = (kind: ActionKind) => actions.filter((action) => action.kind === kind).length;
  return {
    clicks: of('click'),
    keyEntries: of('key entry'),
    tabSwitches: of('tab switch'),
    total: actions.length,
  };
}

export class Admin {
  readonly actions: AdminAction[] = [];
  /** The tab in front of the admin; the popup is not a tab of its own for them. */
  private activeTab: Page | null = null;
  private popup: Page | null = null;
  /** What the admin calls each tab ("hub tab"), so the record does not carry a sandbox's random port. */
  private readonly tabNames = new WeakMap<Page, string>();

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {}

  nameTab(page: Page, name: string): void {
    this.tabNames.set(page, name);
  }

  /** Where the journey begins: the tabs were opened before it started, so this is not an action. */
  async beginOn(page: Page): Promise<void> {
    this.activeTab = page;
    await page.bringToFront();
  }

  async switchTo(page: Page): Promise<void> {
    if (this.activeTab === page) return;
    this.record('tab switch', `to the ${this.tabNames.get(page) ?? new URL(page.url()).host}`);
    this.activeTab = page;
    await page.bringToFront();
  }

  /**
   * The admin goes on in `page`: free when the extension brought it to the front (it is the browser's active
   * tab, or becomes so within a moment), else a tab switch of theirs.
   */
  async continueOn(page: Page): Promise<void> {
    if (this.activeTab === page) return;
    const deadline = Date.now() + BROUGHT_TO_FRONT_MS;
    do {
      if ((await activeTabUrl(this.context)) === page.url()) {
        this.activeTab = page;
        return;
      }
      await page.waitForTimeout(100);
    } while (Date.now() < deadline);
    await this.switchTo(page);
  }

  /**
   * A click on the toolbar icon over `page`. The popup opens as `popup.html?tabId=…` in a tab of its own,
   * as the spec allows for automation; for the admin it is the one click on the icon.
   */
  async openPopup(page: Page): Promise<Page> {
    await this.switchTo(page);
    this.record('click', 'toolbar icon');
    const popup = await openPopupFor(this.context, this.extensionId, page);
    await popup.setViewportSize(POPUP_VIEWPORT);
    this.popup = popup;
    return popup;
  }

  /**
   * A real popup closes by itself when the admin clicks back into the page: no action of theirs. The tab in
   * front is then the one the extension brought there meanwhile (Get token from Okta opens one), else the
   * one the popup was opened over.
   */
  async closePopup(popup: Page): Promise<void> {
    if (this.popup === popup) this.popup = null;
    const front = await activeTabUrl(this.context);
    const broughtThere =
      front === popup.url() ? null : this.context.pages().find((page) => page.url() === front);
    await popup.close();
    if (broughtThere) this.activeTab = broughtThere;
    await this.activeTab?.bringToFront();
  }

  async click(target: Locator, what: string): Promise<void> {
    this.record('click', what);
    await target.click();
  }

  /**
   * One typed value: a key entry, plus the click that puts the caret there when the field is not focused
   * already, plus a select-all when it holds a value to replace.
   */
  async type(field: Locator, value: string, what: string): Promise<void> {
    if (!(await field.evaluate((element) => element === document.activeElement))) {
      await this.click(field, `${what} field`);
    }
    if (await field.inputValue()) {
      this.record('key entry', `select all in ${what} (Ctrl+A)`);
      await field.press('ControlOrMeta+A');
    }
    this.record('key entry', `type ${what}`);
    await field.pressSequentially(value);
  }

  /** A click on whatever the guide's ring surrounds. */
  async clickHighlighted(page: Page, what: string): Promise<void> {
    this.record('click', what);
    await clickHighlighted(page);
  }

  /** Follows the guide to `until`, each click on its highlight counted; the steps seen. */
  followGuide(page: Page, until: string): Promise<string[]> {
    return followGuide(page, until, [], {
      beforeEachMove: async (step) => this.record('click', `${step} (guide highlight)`),
    });
  }

  /** What the admin is looking at: the open popup, else the tab in front. */
  get inView(): Page | null {
    return this.popup && !this.popup.isClosed() ? this.popup : this.activeTab;
  }

  count(): ActionCount {
    return countActions(this.actions);
  }

  private record(kind: ActionKind, what: string) {
    this.actions.push({ kind, what });
  }
}

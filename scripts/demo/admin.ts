import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openPopupFor } from '../../tests/e2e/support/extension';
import { clickHighlighted } from '../../tests/e2e/support/guide';

/**
 * The admin's hands in the scripted journey. Every click, key entry and tab switch the journey makes goes
 * through here, so the benchmark's action count is what the journey did, not a number written down.
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

  /** A real popup closes by itself when the admin clicks back into the page: no action of theirs. */
  async closePopup(popup: Page): Promise<void> {
    if (this.popup === popup) this.popup = null;
    await popup.close();
    await this.activeTab?.bringToFront();
  }

  async click(target: Locator, what: string): Promise<void> {
    this.record('click', what);
    await target.click();
  }

  /** A click on whatever the guide's ring surrounds. */
  async clickHighlighted(page: Page, what: string): Promise<void> {
    this.record('click', what);
    await clickHighlighted(page);
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

import type { Evaluated, Point, Tab } from './driver';

/**
 * What playwright's and puppeteer's pages have in common, and all a tab needs of them: the two libraries
 * name these the same and mean the same by them.
 */
export interface PageLike {
  url(): string;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  goBack(): Promise<unknown>;
  evaluate(fn: (arg: unknown) => unknown, arg?: unknown): Promise<unknown>;
  frames(): { evaluate(fn: () => unknown): Promise<unknown> }[];
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void>; press(key: never): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  isClosed(): boolean;
}

/**
 * Whether a click at `point` would reach `element` (run in the page, on the element): what is on top there,
 * in the element's own document or shadow root, is the element or inside it. A control still moving into
 * place, or covered, is not there yet for the admin's click.
 */
export function reachesElement(element: Element, point: Point): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(point.x, point.y);
  return hit !== null && (hit === element || element.contains(hit));
}

/** A tab over either library's page; each driver adds how it finds a control by role and name. */
export abstract class PageTab<P extends PageLike> implements Tab {
  constructor(readonly page: P) {}
  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async goBack(): Promise<void> {
    await this.page.goBack();
  }
  evaluate<R, A = undefined>(fn: Evaluated<R, A>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>;
  }
  evaluateInFrames<R>(fn: () => R): Promise<(R | null)[]> {
    return Promise.all(
      this.page.frames().map((frame) => (frame.evaluate(fn) as Promise<R>).catch(() => null)),
    );
  }
  async click({ x, y }: Point): Promise<void> {
    await this.page.mouse.click(x, y);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as never);
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  abstract centreOfRole(role: 'button' | 'link' | 'checkbox', name: string): Promise<Point | null>;
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
  isClosed(): boolean {
    return this.page.isClosed();
  }
}

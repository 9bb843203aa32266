/**
 * Frames and timers for scripts that live on someone else's page (the guide, the hub filler's pointer), tied to
 * the content script's life: nothing runs once it is invalidated, and scheduling leaves nothing behind.
 *
 * Why not WXT's `ctx.requestAnimationFrame` / `ctx.setTimeout`: each call adds an `abort` listener to the
 * context's signal and never removes it, so a script that schedules per page change grows by one listener
 * (and its closure) per change until the page goes (docs/upstream/wxt-context-timers.md). Here one
 * `onInvalidated` per scheduler cancels whatever is pending; a callback leaves the pending set when it runs
 * or is cancelled.
 */

/** What a scheduler lives as long as: WXT's ContentScriptContext, or anything with these two members. */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): unknown;
}

export interface Scheduler {
  /** `callback` after `ms`; returns its cancel. */
  after(ms: number, callback: () => void): () => void;
  /**
   * `callback` in the next rendering update right after the browser laid the page out (where ResizeObserver
   * notices run), so reading boxes and hit-testing there forces no layout; returns its cancel. Reading them
   * anywhere else after the page changed makes the browser lay the page out then and there: on a 5,000-row
   * table that forced layout costs more than all the rest of the guide's re-check (#24).
   */
  afterLayout(callback: () => void): () => void;
}

export function createScheduler(life: Lifetime): Scheduler {
  const pending = new Set<() => void>();
  life.onInvalidated(() => {
    for (const cancel of pending) cancel();
  });
  /** `start` calls the browser's scheduler (returning its id), `clear` is its cancel. */
  const track = <Id>(start: (run: () => void) => Id, clear: (id: Id) => void, callback: () => void) => {
    const cancel = () => pending.delete(cancel) && clear(id);
    const id = start(() => pending.delete(cancel) && !life.isInvalid && callback());
    if (life.isInvalid) clear(id);
    else pending.add(cancel);
    return cancel;
  };
  // One observer whose first notice of an element (always sent, right after layout) marks the moment; the
  // element is let go at once, so nothing more is noticed until the next call.
  // Asked from inside such a notice, it waits for the next frame: observing while the browser delivers notices
  // would make it report "ResizeObserver loop completed with undelivered notifications" to the page.
  const laidOut = new Set<() => void>();
  let observer: ResizeObserver | null = null;
  let delivering = false;
  const observe = () => observer?.observe(document.documentElement);
  const whenLaidOut = (run: () => void) => {
    observer ??= new ResizeObserver(() => {
      observer?.disconnect();
      const due = [...laidOut];
      laidOut.clear();
      delivering = true;
      try {
        for (const callback of due) callback();
      } finally {
        delivering = false;
      }
    });
    laidOut.add(run);
    if (delivering) requestAnimationFrame(observe);
    else observe();
    return run;
  };
  life.onInvalidated(() => observer?.disconnect());
  return {
    after: (ms, callback) => track((run) => setTimeout(run, ms), clearTimeout, callback),
    afterLayout: (callback) => track(whenLaidOut, (run) => laidOut.delete(run), callback),
  };
}

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
  /** `callback` at the next animation frame; returns its cancel. */
  frame(callback: () => void): () => void;
  /** `callback` after `ms`; returns its cancel. */
  after(ms: number, callback: () => void): () => void;
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
  return {
    frame: (callback) => track(requestAnimationFrame, cancelAnimationFrame, callback),
    after: (ms, callback) => track((run) => setTimeout(run, ms), clearTimeout, callback),
  };
}

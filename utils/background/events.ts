/**
 * The background's one event channel: a service that must tell others that something happened publishes it
 * here instead of importing them, so dependencies keep flowing one way (stores → services → router). Who
 * listens is wired in one place, `wiring.ts`, at the top.
 *
 * `publish` runs the listeners one after another, in the order they subscribed, and resolves when the last
 * is done: the publisher goes on only once everyone was told (as a direct call would). A listener that throws
 * does not keep the others from hearing it.
 */

import type { TokenEndReason } from '../storage';

/** Each event's name and what it carries (never the token itself). */
export interface BackgroundEvents {
  /** A token was stored for the org, pasted or captured by the guide in tab `tabId`. */
  'token-captured': { orgDomain: string; tabId: number };
  /**
   * The token of the org is gone: the hub linked it, or it ended unused (its time was up, the admin forgot it,
   * a new capture replaced it, the guide was stopped) and was revoked in Okta or recorded as not revoked.
   */
  'token-ended': { orgDomain: string; reason: 'linked' | TokenEndReason };
  /** The hub confirmed an account for the org (the outcome is already stored). */
  linked: { orgDomain: string; accountId: string };
  /** The admin's privileges on the org were judged (the verdict is already stored). */
  'privilege-checked': { orgDomain: string };
}

export type BackgroundEventName = keyof BackgroundEvents;
type Listener<E extends BackgroundEventName> = (payload: BackgroundEvents[E]) => unknown;

const listeners = new Map<BackgroundEventName, Listener<never>[]>();

/** Returns the function that ends the subscription. */
export function subscribe<E extends BackgroundEventName>(event: E, listener: Listener<E>): () => void {
  const list = (listeners.get(event) ?? []) as Listener<E>[];
  listeners.set(event, [...list, listener] as Listener<never>[]);
  return () => {
    const current = (listeners.get(event) ?? []) as Listener<E>[];
    listeners.set(event, current.filter((other) => other !== listener) as Listener<never>[]);
  };
}

export async function publish<E extends BackgroundEventName>(
  event: E,
  payload: BackgroundEvents[E],
): Promise<void> {
  for (const listener of (listeners.get(event) ?? []) as Listener<E>[]) {
    try {
      await listener(payload);
    } catch {
      // One listener's failure (a closed tab, a stopped page) is its own; the next still hears the event.
    }
  }
}

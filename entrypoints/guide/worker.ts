import { browser } from 'wxt/browser';
import { type GuideRequest, type GuideStatus, isGuideStatus } from '@/utils/messages/guide-protocol';

/** Talking to our worker from the page: answers checked with the protocol's guards (no zod on the page). */

export async function ask<T = GuideStatus>(
  request: GuideRequest,
  guard: (value: unknown) => value is T = isGuideStatus as (value: unknown) => value is T,
): Promise<T | null> {
  const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return guard(answer) ? answer : null;
}

export function tell(request: GuideRequest): void {
  browser.runtime.sendMessage(request).catch(() => undefined);
}

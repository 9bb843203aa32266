import type { Browser } from 'wxt/browser';
import { type GuideRequest, guideRequestSchema } from './guide-protocol';
import { type HubFillRequest, hubFillRequestSchema } from './hub-fill-protocol';
import { type PopupRequest, popupRequestSchema } from './popup-protocol';

/** Every message between the extension's contexts: its schema (zod/mini, small enough for the guide), and who may send it. */

export * from './guide-protocol';
export * from './hub-fill-protocol';
export * from './popup-protocol';

export type MessageSender = Browser.runtime.MessageSender;

export type SenderCheck =
  | { ok: true; role: 'extension-page' }
  | { ok: true; role: 'tab-script'; tabId: number; url: string }
  | { ok: false; why: string };

/**
 * Who sent a message. Extension pages (popup, options) come from our own origin; a tab script (the guide or
 * the hub filler) is a content script of ours in the top frame of a tab. Anything else (another extension, a
 * web page, a frame) is refused. Which tab script may say what is the router's check, by tab and page.
 */
export function identifySender(
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderCheck {
  if (sender.id !== extensionId) return { ok: false, why: 'not this extension' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { ok: true, role: 'extension-page' };
  if (sender.tab?.id !== undefined && sender.frameId === 0 && url) {
    return { ok: true, role: 'tab-script', tabId: sender.tab.id, url };
  }
  return { ok: false, why: 'not a top-frame content script nor an extension page' };
}

export type ParsedRequest =
  | { ok: true; from: 'extension-page'; request: PopupRequest }
  | { ok: true; from: 'guide'; tabId: number; url: string; request: GuideRequest }
  | { ok: true; from: 'hub-filler'; tabId: number; url: string; request: HubFillRequest }
  | { ok: false; why: string };

/** Checks the sender first, then the message against the schemas of what that sender may say. */
export function parseRequest(
  message: unknown,
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): ParsedRequest {
  const who = identifySender(sender, extensionId, extensionOrigin);
  if (!who.ok) return who;
  if (who.role === 'extension-page') {
    const parsed = popupRequestSchema.safeParse(message);
    return parsed.success
      ? { ok: true, from: 'extension-page', request: parsed.data }
      : { ok: false, why: 'malformed request from an extension page' };
  }
  const guide = guideRequestSchema.safeParse(message);
  if (guide.success) return { ok: true, from: 'guide', tabId: who.tabId, url: who.url, request: guide.data };
  const hubFiller = hubFillRequestSchema.safeParse(message);
  if (hubFiller.success) {
    return { ok: true, from: 'hub-filler', tabId: who.tabId, url: who.url, request: hubFiller.data };
  }
  return { ok: false, why: 'malformed or forbidden request from a content script' };
}

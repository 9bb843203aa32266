export interface HubConnected {
  accountId?: string;
  provider?: string;
}

/**
 * Calls back once when `hub` (the `<stackone-hub>` the fill used, wherever it sits: the page, or a vendor's
 * shadow root) says it connected: its `success` event, `{id, provider}`. The event's detail may be
 * unreadable from the extension's isolated world; the event itself still counts.
 */
export function onHubConnected(hub: Element, callback: (connected: HubConnected) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail as { id?: unknown; provider?: unknown } | null;
    callback({
      ...(typeof detail?.id === 'string' ? { accountId: detail.id } : {}),
      ...(typeof detail?.provider === 'string' ? { provider: detail.provider } : {}),
    });
  };
  // Every one, not only the first: a page script may dispatch a fake one first, which the hub backend does not
  // confirm (utils/background/confirm-account.ts); the hub's real success must still be heard.
  hub.addEventListener('success', listener);
  return () => hub.removeEventListener('success', listener);
}

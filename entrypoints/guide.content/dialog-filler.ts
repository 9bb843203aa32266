import type { Scheduler } from '@/utils/dom/scheduler';
import { chooseAnyIp, fillNameIfEmpty, isDefaultToReplace, networkValue } from '@/utils/guide/create-dialog';
import type { PageReading } from '@/utils/guide/page-facts';
import type { Scope } from '@/utils/okta/locators';

/**
 * Filling Okta's create-token dialog: the name Okta left empty, and "Any IP" while the network choice is still
 * the one the dialog opened with (Okta's default) — once per control, never over the admin's own choice.
 * `choosing()` is the control being set right now (nothing is ready to click meanwhile); `done` is called when
 * that ends, so the guide looks again.
 */
export function dialogFiller(later: Scheduler, scopes: () => readonly Scope[], done: () => void) {
  const filledNames = new WeakSet<HTMLInputElement>();
  /** Each network control's value when first seen: Okta's default, which the guide may replace once. */
  const defaults = new WeakMap<Element, string>();
  const tried = new WeakSet<Element>();
  let choosing: Element | null = null;
  const sleep = (ms: number) => new Promise<void>((resolve) => later.after(ms, resolve));

  function fill(page: PageReading, tokenName: string): void {
    const dialog = page.createDialog;
    if (!dialog) return;
    if (!filledNames.has(dialog.name)) {
      filledNames.add(dialog.name);
      fillNameIfEmpty(dialog.name, tokenName);
    }
    const network = dialog.network;
    if (!network) return;
    const value = networkValue(network);
    if (!defaults.has(network)) defaults.set(network, value);
    if (choosing || tried.has(network)) return;
    if (value !== defaults.get(network) || !isDefaultToReplace(value)) return;
    tried.add(network);
    choosing = network;
    void chooseAnyIp(network, scopes, sleep).finally(() => {
      choosing = null;
      done();
    });
  }
  return { fill, choosing: () => choosing };
}

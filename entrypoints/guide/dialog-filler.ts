import type { Scheduler } from '@/utils/dom/scheduler';
import { choiceOf, chooseAnyIp, fillNameIfEmpty, showsAnyIp } from '@/utils/guide/create-dialog';
import { type NetworkRecord, networkRecords, shouldSetAnyIp } from '@/utils/guide/network-default';
import type { PageReading } from '@/utils/guide/page-facts';
import type { Scope } from '@/utils/okta/locators';

/**
 * Filling Okta's create-token dialog: the name Okta left empty, and "Any IP" while the network choice is still
 * the one the dialog opened with (Okta's default, recorded per dialog: network-default.ts) — never over the
 * admin's own choice. `fill` returns the dialog's network record (what it opened with, the guide's try, the
 * admin's change); `choosing()` is the control being set right now (nothing is ready to click meanwhile); `done`
 * is called when that ends, so the guide looks again.
 */
export function dialogFiller(later: Scheduler, scopes: () => readonly Scope[], done: () => void) {
  const filledNames = new WeakSet<HTMLInputElement>();
  const networks = networkRecords();
  let choosing: Element | null = null;
  const sleep = (ms: number) => new Promise<void>((resolve) => later.after(ms, resolve));

  function fill(page: PageReading, tokenName: string): NetworkRecord | null {
    const dialog = page.createDialog;
    const network = dialog?.network ?? null;
    const record = networks.read(dialog?.dialog ?? null, network ? choiceOf(network) : null);
    if (!dialog) return null;
    if (!filledNames.has(dialog.name)) {
      filledNames.add(dialog.name);
      fillNameIfEmpty(dialog.name, tokenName);
    }
    if (!network || !record || choosing) return record;
    if (!shouldSetAnyIp(record, choiceOf(network), showsAnyIp(network))) return record;
    record.attempt = 'running';
    choosing = network;
    void chooseAnyIp(network, scopes, sleep)
      .catch(() => 'did-not-take' as const)
      .then((result) => {
        record.attempt = result;
        // Whatever the try left is the guide's doing, not the admin's.
        record.guideSet = choiceOf(network);
        choosing = null;
        done();
      });
    return record;
  }
  return { fill, choosing: () => choosing };
}

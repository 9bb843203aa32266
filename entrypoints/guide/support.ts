import type { TargetVerdict } from '@/utils/guide/target-watch';
import { type GuideRequest, isSupportDetails } from '@/utils/messages/guide-protocol';
import type { Scope, StrategyAttempt } from '@/utils/okta/locators';
import type { StepId } from '@/utils/okta/steps-ids';
import { ask, tell } from './worker';

/**
 * What the guide tells our worker of each step (once per step and verdict), and, when a target went missing,
 * the details for support the worker writes up (no token, name, e-mail or page text): copied on the admin's
 * click. `changed` asks for a redraw.
 */
export function stepReporter(changed: () => void) {
  let reported = '';
  let details: string | null = null;
  let copied = false;
  const copy = () => {
    copied = details !== null && copyToClipboard(details);
    changed();
  };
  return {
    report(
      step: StepId,
      verdict: TargetVerdict,
      attempts: StrategyAttempt[],
      scopes: readonly Scope[],
    ): void {
      if (verdict.state === 'searching' || `${step}|${verdict.state}` === reported) return;
      reported = `${step}|${verdict.state}`;
      tell({ type: 'guide:step', step, target: verdict.state });
      details = null;
      copied = false;
      if (verdict.state !== 'missing') return;
      const request: GuideRequest = {
        type: 'guide:support-details',
        step,
        path: location.pathname,
        language: document.documentElement.lang,
        shadowHosts: scopes.slice(1).map((root) => (root as ShadowRoot).host.localName),
        attempts,
      };
      void ask(request, isSupportDetails).then((answer) => {
        details = answer?.text ?? null;
        changed();
      });
    },
    /** The copy button's handler, once there are details to copy. */
    onCopy: () => (details === null ? null : copy),
    copied: () => copied,
  };
}

/**
 * Puts text on the clipboard in the admin's click: through a `copy` event, which works on every page (the
 * async Clipboard API needs a secure context) and needs no permission.
 */
function copyToClipboard(text: string): boolean {
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', put, { capture: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', put, { capture: true });
  }
}

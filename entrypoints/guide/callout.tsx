import { render } from 'preact';
import { GuideOverlay, type GuideOverlayProps } from '@/components/guide/GuideOverlay';
import { type Box, boxOf } from '@/utils/dom/hit-test';
import { placeCallout } from '@/utils/dom/placement';
import type { OverlayHost } from './overlay-host';

/** What the callout must never cover in an open dialog (hidden ones have no box, so they never count). */
const DIALOG_CONTROLS = 'button, input, select, textarea, [role="combobox"]';

/**
 * Draws the overlay: the ring and the card (GuideOverlay), the card placed beside the target and off the open
 * dialogs' controls once it rendered (its size is known then), and the host's `data-step` / `data-target`
 * (spec.md's observable contract) — set after the render, which placed the ring: "found" means the highlight
 * is on the target.
 */
export function drawOverlay(
  overlay: OverlayHost,
  props: GuideOverlayProps,
  dialogs: readonly Element[],
): void {
  render(<GuideOverlay {...props} />, overlay.container);
  const card = overlay.container.querySelector<HTMLElement>('.callout');
  if (card) {
    const { left, top } = placeCallout({
      callout: { width: card.offsetWidth, height: card.offsetHeight },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      target: props.target,
      dialogs: dialogs.map(boxOf),
      controls: dialogs.flatMap((dialog): Box[] =>
        Array.from(dialog.querySelectorAll(DIALOG_CONTROLS), boxOf),
      ),
    });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
  overlay.host.setAttribute('data-step', props.step);
  if (props.state === 'searching') overlay.host.removeAttribute('data-target');
  else overlay.host.setAttribute('data-target', props.state);
}

/** Unmounts what drawOverlay rendered (before the host goes). */
export function eraseOverlay(overlay: OverlayHost): void {
  render(null, overlay.container);
}

import type { GuideOverlay, GuideOverlayProps } from '@/components/guide/GuideOverlay';
import { type Box, boxOf } from '@/utils/dom/hit-test';
import { placeCallout } from '@/utils/dom/placement';
import type { OverlayHost } from './overlay-host';

/** What the callout must never cover in an open dialog (hidden ones have no box, so they never count). */
const DIALOG_CONTROLS = 'button, input, select, textarea, [role="combobox"]';

/**
 * Draws the overlay: the ring and the card (GuideOverlay), the card placed beside the target and off the open
 * dialogs' controls once drawn (its size is known then), and the host's `data-step` / `data-target`
 * (spec.md's observable contract) — set after the draw, which placed the ring: "found" means the highlight
 * is on the target.
 */
export function drawOverlay(
  overlay: OverlayHost,
  view: GuideOverlay,
  props: GuideOverlayProps,
  dialogs: readonly Element[],
): void {
  view.draw(props);
  const card = view.card;
  const { left, top } = placeCallout({
    callout: { width: card.offsetWidth, height: card.offsetHeight },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    target: props.target,
    dialogs: dialogs.map(boxOf),
    controls: dialogs.flatMap((dialog): Box[] => Array.from(dialog.querySelectorAll(DIALOG_CONTROLS), boxOf)),
  });
  // Only what moved: redraws follow every move of the target, and the card mostly stays.
  if (card.style.left !== `${left}px`) card.style.left = `${left}px`;
  if (card.style.top !== `${top}px`) card.style.top = `${top}px`;
  overlay.host.setAttribute('data-step', props.step);
  if (props.state === 'searching') overlay.host.removeAttribute('data-target');
  else overlay.host.setAttribute('data-target', props.state);
}

import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** The guide's card: beside the target when there is one, docked in a corner when there is not. */
export function Callout({ target, children }: { target: Element | null; children: ComponentChildren }) {
  const card = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = card.current;
    if (!element || !target) return;
    const place = () =>
      computePosition(target, element, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [
          offset(14),
          flip({ fallbackPlacements: ['bottom-start', 'left-start', 'top-start'] }),
          shift({ padding: 8 }),
        ],
      }).then(({ x, y }) =>
        Object.assign(element.style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto' }),
      );
    const stopFollowing = autoUpdate(target, element, place);
    return () => {
      stopFollowing();
      element.removeAttribute('style');
    };
  }, [target]);
  return (
    <section
      ref={card}
      class={target ? 'callout' : 'callout docked'}
      aria-label="Okta Link Assistant guide"
      aria-live="polite"
    >
      {children}
    </section>
  );
}

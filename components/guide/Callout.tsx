import type { ComponentChildren } from 'preact';

/**
 * The guide's card. The runtime places it after each render (utils/guide/placement.ts): beside the target,
 * outside an open dialog, else docked in a corner — where the CSS puts it until then.
 */
export function Callout({ children }: { children: ComponentChildren }) {
  return (
    <section class="callout" aria-label="Okta Link Assistant guide" aria-live="polite">
      {children}
    </section>
  );
}

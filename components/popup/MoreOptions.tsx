import type { ComponentChildren } from 'preact';

/** The other ways to go, one click away from the first one. */
export function MoreOptions({ children }: { children: ComponentChildren }) {
  return (
    <details class="more-options">
      <summary>More options</summary>
      <div class="more-options-body">{children}</div>
    </details>
  );
}

import type { Box } from '../../utils/dom/hit-test';

/** A ring around the target; it never takes clicks, so a click at its centre reaches the target. */
export function Highlight({ target }: { target: Box }) {
  return (
    <div
      class="ring"
      aria-hidden="true"
      style={{
        top: `${target.top - 4}px`,
        left: `${target.left - 4}px`,
        width: `${target.width + 8}px`,
        height: `${target.height + 8}px`,
      }}
    />
  );
}

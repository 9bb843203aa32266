import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** A ring drawn around the target, following scroll, resize and layout shifts; it never takes clicks. */
export function Highlight({ target }: { target: Element }) {
  const ring = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ring.current;
    if (!element) return;
    const place = () => {
      const rect = target.getBoundingClientRect();
      Object.assign(element.style, {
        top: `${rect.top - 4}px`,
        left: `${rect.left - 4}px`,
        width: `${rect.width + 8}px`,
        height: `${rect.height + 8}px`,
      });
    };
    return autoUpdate(target, element, place, { animationFrame: false });
  }, [target]);
  return <div class="ring" ref={ring} aria-hidden="true" />;
}

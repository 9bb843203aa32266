import { isAllowedWebAddress } from '../build-flavour';
import { deepElementFromPoint } from '../dom/hit-test';
import { containsAcrossShadow, effectiveOpacity, isRendered } from '../dom/visibility';
import { t } from '../i18n/browser-language';
import type { HubFormRefusal } from '../messages/hub-fill-protocol';
import { isLoopbackHost } from '../url';

/*
 * Whether a page and a field may receive the admin's token. The fill must go only where the admin can see
 * it: the clickjacking pattern used against password managers fills a form that is invisible, transparent
 * or covered by a decoy, then tricks the person into submitting it. Every check reads the page as painted.
 */

export type SafetyProblem = Omit<HubFormRefusal, 'origin'>;

/**
 * Below this painted opacity a form is refused. Stricter than "visible" for highlighting (utils/dom
 * /visibility.ts): a secret goes into this field, and a faded form is how a decoy hides the real one.
 */
export const MIN_FILL_OPACITY = 0.5;

/** Only the top frame, on https (or loopback http), may be filled. */
export function checkPage(win: Window): SafetyProblem | null {
  if (win.top !== win) {
    return {
      ok: false,
      reason: 'not-top-frame',
      message: t('fill_not_top_frame'),
    };
  }
  const { protocol, hostname, href } = win.location;
  const secure = protocol === 'https:' || (protocol === 'http:' && isLoopbackHost(hostname));
  // Loopback pages (plain http or not) only in the e2e build, whose hub sandbox lives there.
  if (secure && isAllowedWebAddress(new URL(href))) return null;
  return {
    ok: false,
    reason: 'insecure-origin',
    message: t('fill_insecure', { origin: win.location.origin }),
  };
}

/**
 * Whether a person sees the field and nothing lies over it. With `mustBeOnScreen` (the fill itself) every
 * field must be in the viewport; without it (inspecting) a field scrolled out of view is not held against
 * the page, since the fill scrolls it into view first.
 */
export function checkFieldSafety(
  field: HTMLElement,
  label: string,
  { mustBeOnScreen }: { mustBeOnScreen: boolean },
): SafetyProblem | null {
  if (!isRendered(field)) {
    return {
      ok: false,
      reason: 'hidden',
      message: t('fill_hidden', { label }),
    };
  }
  const opacity = effectiveOpacity(field);
  if (opacity < MIN_FILL_OPACITY) {
    return {
      ok: false,
      reason: 'transparent',
      message: t('fill_transparent', { percent: Math.round(opacity * 100) }),
    };
  }
  // Rendered, so it has a window (isRendered reads its computed style there).
  const sight = whatLiesOver(field, field.ownerDocument.defaultView as Window);
  if (sight === 'covered') {
    return {
      ok: false,
      reason: 'covered',
      message: t('fill_covered', { label }),
    };
  }
  // The hub's own UI over a field scrolled inside the hub (its footer, say), or a field scrolled out of view:
  // held against the fill only, which scrolls it into view first.
  if ((sight === 'off-screen' || sight === 'under-its-own-ui') && mustBeOnScreen) {
    return {
      ok: false,
      reason: 'off-screen',
      message: t('fill_off_screen', { label }),
    };
  }
  return null;
}

/** Points of a field checked for what is painted on top: its middle and four inner points. */
function samplePoints(rect: DOMRect): [number, number][] {
  const xs = [0.2, 0.5, 0.8].map((f) => rect.left + rect.width * f);
  const ys = [0.3, 0.5, 0.7].map((f) => rect.top + rect.height * f);
  const [left, middleX, right] = xs as [number, number, number];
  const [top, middleY, bottom] = ys as [number, number, number];
  return [
    [middleX, middleY],
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
  ];
}

/**
 * 'clear' when every on-screen point of the field shows the field itself. 'under-its-own-ui' when what shows
 * instead belongs to the field's own tree scope (the hub's shadow root: its footer over a field scrolled
 * inside the hub); 'covered' when it is anything else (the page's own elements).
 */
function whatLiesOver(
  field: HTMLElement,
  view: Window,
): 'clear' | 'covered' | 'under-its-own-ui' | 'off-screen' {
  const points = samplePoints(field.getBoundingClientRect()).filter(
    ([x, y]) => x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight,
  );
  if (points.length === 0) return 'off-screen';
  let underItsOwnUi = false;
  for (const [x, y] of points) {
    const hit = deepElementFromPoint(field.ownerDocument, x, y);
    if (hit && containsAcrossShadow(field, hit)) continue;
    if (!hit || hit.getRootNode() !== field.getRootNode() || hit.getRootNode() === field.ownerDocument) {
      return 'covered';
    }
    underItsOwnUi = true;
  }
  return underItsOwnUi ? 'under-its-own-ui' : 'clear';
}

/**
 * Brings a field into view as a person would scroll to it (the page, and the hub's own scrolling form), so
 * what lies over it can be checked.
 */
export function scrollIntoViewIfNeeded(field: HTMLElement): void {
  const view = field.ownerDocument.defaultView;
  if (!view) return;
  const rect = field.getBoundingClientRect();
  const inView =
    rect.top >= 0 && rect.left >= 0 && rect.bottom <= view.innerHeight && rect.right <= view.innerWidth;
  if (!inView || whatLiesOver(field, view) === 'under-its-own-ui') {
    field.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

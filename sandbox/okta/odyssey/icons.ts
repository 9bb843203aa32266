/**
 * Odyssey 1.13's icon types were generated against an @types/react whose SVG props still listed
 * onPointerEnterCapture / onPointerLeaveCapture, so TypeScript asks for them; the icons render the same without.
 */
export const ICON_PROPS = { onPointerEnterCapture: undefined, onPointerLeaveCapture: undefined };

import { firstPaint } from '@/utils/popup/first-paint';

/**
 * The app starts once the first-paint script painted the org, after the frame that shows it (so its code
 * delays neither), and renders into the same DOM, which Preact adopts. Should the first paint have failed,
 * the app reads the tab itself.
 */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const root = document.getElementById('app');
if (root) {
  const handedOver = (firstPaint() ?? Promise.resolve(null)).catch(() => null);
  void handedOver.then(async (painted) => {
    await afterNextPaint();
    const { mountPopup } = await import('./app');
    await mountPopup(root, painted);
  });
}

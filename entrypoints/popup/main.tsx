import './style.css';
import { firstPaint } from '@/utils/popup/first-paint';

/**
 * The app starts once the first-paint script painted the org, after the frame that shows it (so its code
 * delays neither), and renders into the same DOM, which Preact adopts.
 */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const root = document.getElementById('app');
if (root) {
  void (firstPaint() ?? Promise.resolve(null)).then(async (painted) => {
    await afterNextPaint();
    const { mountPopup } = await import('./app');
    await mountPopup(root, painted);
  });
}

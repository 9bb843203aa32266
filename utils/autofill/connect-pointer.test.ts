// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scheduler } from '../dom/scheduler';
import { pointAtHubConnect } from './connect-pointer';

/** What the pointer asked to run after the browser's next layout. */
let frames: (() => void)[];
const scheduler: Scheduler = {
  after: () => () => {},
  afterLayout: (callback) => {
    frames.push(callback);
    return () => {};
  },
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  frames = [];
  document.body.innerHTML = `
    <main><p class="counter">0</p><table><tbody><tr><td>row</td></tr></tbody></table></main>
    <stackone-hub><div class="hub-app"></div></stackone-hub>`;
  const app = document.querySelector('.hub-app') as HTMLElement;
  app.attachShadow({ mode: 'open' }).innerHTML = '<form><button type="button">Connect</button></form>';
});

describe('the pointer at the hub’s Connect, on a busy vendor page (#24)', () => {
  it('schedules nothing for changes outside the hub, and one frame per batch inside it', async () => {
    const hub = document.querySelector('stackone-hub') as HTMLElement;
    const remove = pointAtHubConnect(hub, scheduler);
    expect(remove).not.toBeNull();
    const counter = document.querySelector('.counter') as HTMLElement;
    const row = document.querySelector('tr') as HTMLElement;
    for (let change = 1; change <= 50; change++) {
      counter.textContent = String(change);
      row.classList.toggle('hot');
      await settle();
    }
    expect(frames).toHaveLength(0);

    const form = hub.querySelector('.hub-app')?.shadowRoot?.querySelector('form') as HTMLElement;
    form.append(document.createElement('p'));
    form.append(document.createElement('p'));
    await settle();
    expect(frames).toHaveLength(1);
    remove?.();
  });

  it('goes with the hub’s success, and cancels the frame it had asked for', async () => {
    const cancel = vi.fn();
    const hub = document.querySelector('stackone-hub') as HTMLElement;
    const remove = pointAtHubConnect(hub, { ...scheduler, afterLayout: () => cancel });
    window.dispatchEvent(new Event('resize'));
    hub.dispatchEvent(new Event('success'));
    expect(document.querySelector('okta-link-hub-pointer')).toBeNull();
    expect(cancel).toHaveBeenCalled();
    remove?.();
  });
});

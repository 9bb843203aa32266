// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TargetVerdict } from '@/utils/guide/target-watch';
import type { GuideMode } from '@/utils/messages/guide-protocol';
import { dialogOpener } from './open-dialog';

const FOUND: TargetVerdict = { state: 'found', recheck: null };
const TOKENS = '/admin/access/api/tokens';

function setUp({ mode = 'direct' as GuideMode, path = TOKENS, open = true } = {}) {
  const journey = { mode };
  document.body.innerHTML = '<button type="button">Create token</button>';
  const button = document.querySelector('button') as HTMLButtonElement;
  const clicks = vi.fn();
  button.addEventListener('click', clicks);
  let now = 0;
  const claim = vi.fn(async () => open);
  const reevaluate = vi.fn();
  const opener = dialogOpener({
    mode: () => journey.mode,
    path: () => path,
    claim,
    reevaluate,
    now: () => now,
  });
  return { button, clicks, claim, reevaluate, opener, journey, advance: (ms: number) => (now += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the guide opens Okta’s Create-token dialog for Start and Get token', () => {
  it('clicks Okta’s own button once, after the background said yes, and never shows it found meanwhile', async () => {
    const { button, clicks, claim, opener } = setUp();
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('searching');
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('searching');
    await settle();
    expect(claim).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('searching'); // the dialog is coming
    expect(opener.verdictFor('submit-token', FOUND, button).state).toBe('found');
    // The admin closed the dialog: Create token is theirs, highlighted, not clicked again.
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('found');
    await settle();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('highlights Create token when the dialog does not come in time', async () => {
    const { button, opener, advance } = setUp();
    opener.verdictFor('create-token', FOUND, button);
    await settle();
    advance(3000);
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('found');
  });

  it.each([
    ['the tour', { mode: 'tour' as GuideMode }],
    ['another page', { path: '/admin/dashboard' }],
    ['a journey that had its dialog', { open: false }],
  ])('never on %s', async (_, options) => {
    const { button, clicks, opener } = setUp(options);
    opener.verdictFor('create-token', FOUND, button);
    await settle();
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('found');
    expect(clicks).not.toHaveBeenCalled();
  });

  it('a Start on the page the tour showed begins a journey that opens it', async () => {
    const { button, clicks, opener, journey } = setUp({ mode: 'tour' });
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('found');
    journey.mode = 'direct';
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('searching');
    await settle();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('asks again after a push (a new Start on this page); the worker decides', async () => {
    const { button, clicks, claim, opener } = setUp();
    opener.verdictFor('create-token', FOUND, button);
    await settle();
    opener.verdictFor('submit-token', FOUND, button);
    opener.verdictFor('create-token', FOUND, button); // the admin closed the dialog
    opener.reconsider();
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('searching');
    await settle();
    expect(claim).toHaveBeenCalledTimes(2);
    expect(clicks).toHaveBeenCalledTimes(2); // this fake worker says yes again; the real one once per journey
  });

  it('never on a disabled button, nor on one it has not found', async () => {
    const { button, clicks, claim, opener } = setUp();
    expect(opener.verdictFor('create-token', { state: 'missing', recheck: null }, null).state).toBe(
      'missing',
    );
    button.disabled = true;
    expect(opener.verdictFor('create-token', FOUND, button).state).toBe('found');
    await settle();
    expect(claim).not.toHaveBeenCalled();
    expect(clicks).not.toHaveBeenCalled();
  });

  it('not when the admin opened the dialog while the guide asked', async () => {
    const { button, clicks, opener } = setUp();
    opener.verdictFor('create-token', FOUND, button);
    opener.verdictFor('submit-token', FOUND, button);
    await settle();
    expect(clicks).not.toHaveBeenCalled();
  });
});

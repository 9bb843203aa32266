import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../utils/okta/steps-ids';
import { useWorld } from './support/env';
import { readExtensionStorage, stopServiceWorker, useHubSessionInPopup } from './support/extension';
import { followGuide, startGuideOn, waitForStep } from './support/guide';

/** MV3 stops the service worker whenever it likes; the journey must not notice. */
describe('the service worker stopped at every step of the journey', () => {
  const world = useWorld();

  it('the guide resumes after a stop before each of the admin’s moves, and Connect still links once', async () => {
    const { page } = await startGuideOn(world(), 'http://acme.okta.com/app/UserHome');
    const stoppedAt: string[] = [];
    const seen = await followGuide(page, 'token-captured', [], {
      beforeEachMove: async (step) => {
        stoppedAt.push(step);
        await stopServiceWorker(world().context, world().extensionId);
        await page.bringToFront();
      },
    });
    // The guide fills the dialog's name and network itself: the admin never acts on those two steps.
    const walked = STEP_IDS.slice(1, -1).filter((step) => step !== 'name-token' && step !== 'choose-network');
    expect(seen).toEqual(walked);
    expect(stoppedAt).toEqual(walked.slice(0, -1));

    // The token survives a stop (storage.session), and a stop before Connect does not matter either.
    const token = world().okta.createdTokens.at(-1)?.token ?? '';
    await stopServiceWorker(world().context, world().extensionId);
    expect(JSON.stringify((await readExtensionStorage(world().context)).session)).toContain(token);

    const hubPage = await world().open(world().hub.urls.embedded());
    const hubPopup = await world().popupFor(hubPage);
    await useHubSessionInPopup(hubPopup);
    await hubPopup.getByTestId('hub-session').waitFor();
    await stopServiceWorker(world().context, world().extensionId);

    const popup = await world().popupFor(page);
    await popup.getByRole('button', { name: 'Connect' }).click();
    await popup.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
    expect(world().hub.accounts).toHaveLength(1);
    await page.bringToFront();
    await waitForStep(page, 'linked');
    expect(JSON.stringify(await readExtensionStorage(world().context))).not.toContain(token);
  });
});

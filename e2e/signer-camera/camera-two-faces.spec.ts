import { expect, test } from '@playwright/test';
import { fakeCamera } from '../fake-camera';
import { reachCamera, sentEnvelope, shot } from '../identity-helpers';

// A new browser with this file's fake camera (launch options are per worker).
test.use({ launchOptions: fakeCamera('two-faces') });

test.describe('identity proof with two people on camera', () => {
  test('[IDENTITY] two faces keep the shutter off and ask for one person', async ({ page, request }) => {
    const s = await sentEnvelope(request, { requireSelfie: true, requireIdDocument: false });
    await reachCamera(page, request, s);
    await expect(page.getByRole('status').filter({ hasText: 'Apenas uma pessoa deve aparecer' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Tirar selfie' })).toBeDisabled();
    await shot(page, 'identity-10-two-faces');
  });
});

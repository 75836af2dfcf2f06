import { expect, test } from '@playwright/test';
import { fakeCamera } from '../fake-camera';
import { reachCamera, sentEnvelope } from '../identity-helpers';

// A new browser with this file's fake camera (launch options are per worker).
test.use({ launchOptions: fakeCamera('no-face') });

test.describe('identity proof with nobody on camera', () => {
  test('[IDENTITY] no face keeps the shutter off and asks to show the face', async ({ page, request }) => {
    const s = await sentEnvelope(request, { requireSelfie: true, requireIdDocument: false });
    await reachCamera(page, request, s);
    await expect(page.getByRole('status').filter({ hasText: 'Posicione o rosto no centro da tela' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Tirar selfie' })).toBeDisabled();
  });
});

import { expect, test } from '@playwright/test';
import { fakeCamera } from '../fake-camera';
import { reachCamera, sentEnvelope, shot } from '../identity-helpers';

// A new browser with this file's fake camera (launch options are per worker).
test.use({ launchOptions: fakeCamera('one-face', { deny: true }) });

test.describe('identity proof with the camera denied', () => {
  test('[IDENTITY] camera denied: a clear message and a QR code to continue on another device', async ({ page, request }) => {
    const s = await sentEnvelope(request, { requireSelfie: true, requireIdDocument: false });
    await reachCamera(page, request, s);
    await expect(page.getByRole('heading', { name: 'Não conseguimos usar a câmera' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/A câmera foi bloqueada neste navegador/)).toBeVisible();
    const qr = page.getByRole('img', { name: 'Código QR com o link para continuar em outro aparelho' });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);
    const svg = await page.request.get(`${s.path}/identity/qr`);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    await shot(page, 'identity-11-camera-denied');
  });
});

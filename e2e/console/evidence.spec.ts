import { expect, test } from '@playwright/test';
import { sealedEnvelope } from '../evidence-helpers';
import { signIn } from '../fixtures';

test.describe('[EVIDENCE] trail of a sealed envelope', () => {
  test.setTimeout(90_000);

  test('an admin sees every event with the chain intact, downloads the sealed PDF and exports the trail', async ({ page }) => {
    const sealed = await sealedEnvelope(page.request);
    await signIn(page, sealed.admin.email, sealed.admin.password);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');

    await page.goto(`/console/envelopes/${sealed.envelopeId}/evidencias`);
    await expect(page.getByText(/Cadeia de hashes íntegra: \d+ eventos/)).toBeVisible();
    await expect(page.getByText('Concluído').first()).toBeVisible();
    const events = page.getByTestId('trail-event');
    await expect(events.filter({ hasText: 'Documentos selados com assinatura digital da plataforma' })).toHaveCount(1);
    await expect(events.filter({ hasText: 'Assinou com assinatura desenhada' })).toHaveCount(1);
    await expect(page.getByText(sealed.documents[0].sealedSha256)).toBeVisible();
    // The platform runs on its generated certificate here: admins are told to install an ICP-Brasil A1.
    await expect(page.getByText(/certificado autoassinado/)).toBeVisible();
    await page.screenshot({ path: '.tmp/screens/trail-1366.png', fullPage: true });

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exportar JSON' }).click()]);
    const trail = JSON.parse(await streamText(await json.createReadStream()));
    expect(trail.chain).toMatchObject({ ok: true });
    expect(trail.events.map((e: { type: string }) => e.type)).toContain('envelope.sealed');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exportar PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`trilha-${sealed.envelopeId}.pdf`);
    expect((await streamText(await pdf.createReadStream())).startsWith('%PDF-')).toBe(true);

    const file = await page.request.get(`/console/envelopes/${sealed.envelopeId}/evidencias/documentos/${sealed.documents[0].id}`);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toContain('(assinado).pdf');
  });

  test('no "Reprocessar selagem" once sealed, and another account cannot open the trail', async ({ page, request }) => {
    const sealed = await sealedEnvelope(request);
    const other = await sealedEnvelope(request);
    await signIn(page, sealed.admin.email, sealed.admin.password);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');
    await page.goto(`/console/envelopes/${sealed.envelopeId}/evidencias`);
    await expect(page.getByText(/Cadeia de hashes íntegra/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reprocessar selagem' })).toHaveCount(0);
    const res = await page.goto(`/console/envelopes/${other.envelopeId}/evidencias`);
    expect(res?.status()).toBe(404);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

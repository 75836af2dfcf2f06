// What every signer-portal spec needs: the code from the Caixa de saída, accessibility and tap-target checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Reads the newest access code sent to `to` from the account's Caixa de saída, as the signer would from their e-mail. */
export async function codeFromOutbox(request: APIRequestContext, accountId: string, to: string) {
  let code: string | null = null;
  await expect
    .poll(
      async () => {
        // A busy machine may drop a connection now and then: try again rather than fail.
        const res = await request.post('/api/test/outbox-code', { data: { accountId, to } }).catch(() => null);
        code = res?.ok() ? ((await res.json()) as { code: string | null }).code : null;
        return code;
      },
      { timeout: 15_000 },
    )
    .toMatch(/^\d{6}$/);
  return code as unknown as string;
}

export async function expectNoA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Every button, link and field a thumb uses on the page (or inside `scope`) is at least 44 px tall. */
export async function expectTapTargets(page: Page, scope = 'main') {
  const small = await page.locator(`${scope} button:visible, ${scope} a:visible, ${scope} input:visible, ${scope} textarea:visible`).evaluateAll((els) =>
    els
      .map((el) => ({ target: (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || el.tagName).trim().slice(0, 40), height: Math.round(el.getBoundingClientRect().height) }))
      .filter((x) => x.height < 44),
  );
  expect(small).toEqual([]);
}

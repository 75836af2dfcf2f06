import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { insertApiKey } from '../../api-keys/create-api-key';
import { apiScopes, type ApiScope } from '../../api-keys/schemas';
import { getDb } from '../../db/client';
import { folders, signerRoles } from '../../db/schema';
import { createAccount } from '../../testing/factories';

/** A real PDF of `pages` A4 pages (210 × 297 mm), optionally padded to about `padToBytes`. */
export async function makePdf(opts: { pages?: number; title?: string; padToBytes?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < (opts.pages ?? 1); i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${opts.title ?? 'Contrato de teste'} - pagina ${i + 1}`, { x: 50, y: 780, size: 14, font });
  }
  if (opts.padToBytes) {
    // Incompressible image data on the first page, as in a scanned contract: parsers skip a stream
    // by its length, so the PDF weighs about `padToBytes` the way real ones do.
    const pad = doc.context.register(
      doc.context.stream(randomBytes(opts.padToBytes), { Type: 'XObject', Subtype: 'Image', Width: 100, Height: Math.ceil(opts.padToBytes / 300), ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }),
    );
    doc.getPages()[0].node.Resources()!.set(PDFName.of('XObject'), doc.context.obj({ Pad: pad }));
  }
  return doc.save();
}

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** An account with an API key (every scope unless told), a folder and a couple of signer roles. */
export async function createApiAccount(opts: { scopes?: ApiScope[]; rateLimitPerMinute?: number } = {}) {
  const { account, actors } = await createAccount({ roles: ['owner', 'admin', 'operator'] });
  const db = await getDb();
  const [folder] = await db.insert(folders).values({ accountId: account.id, name: 'Contratos' }).returning();
  await db.insert(signerRoles).values([
    { accountId: account.id, name: 'Contratante' },
    { accountId: account.id, name: 'Testemunha' },
  ]);
  const key = await db.transaction((tx) =>
    insertApiKey(tx, actors.admin, { name: 'ERP', scopes: opts.scopes ?? apiScopes, rateLimitPerMinute: opts.rateLimitPerMinute ?? 10_000 }),
  );
  return { account, actors, folder, key: key.key, keyId: key.id };
}

export function apiRequest(path: string, init: { method?: string; key?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (init.key) headers.AppKey = init.key;
  return new Request(`http://localhost${path}`, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}

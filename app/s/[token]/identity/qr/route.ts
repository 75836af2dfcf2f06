import QRCode from 'qrcode';
import { resolveRecipientByToken } from '@/lib/signing/resolve-token';
import { signerUrl } from '@/lib/signing/signer-link';
import { signerRequest } from '../../_lib/request';

/**
 * The QR code that carries this signer's link to another device (no camera here, or permission
 * denied). The link already is the person's credential and they must prove access again there.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const signer = await resolveRecipientByToken(token, await signerRequest());
  if (!signer) return new Response('Link inválido ou expirado.', { status: 404 });
  const svg = await QRCode.toString(signerUrl(token), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'private, no-store' } });
}

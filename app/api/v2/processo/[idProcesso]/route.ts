import { handleBuscarProcesso } from '@/lib/api/arqsign/handle';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, { params }: { params: Promise<{ idProcesso: string }> }) {
  return handleBuscarProcesso(req, (await params).idProcesso);
}

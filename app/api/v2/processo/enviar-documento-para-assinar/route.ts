import { handleEnviarProcesso } from '@/lib/api/arqsign/handle';

export const dynamic = 'force-dynamic';

export function POST(req: Request) {
  return handleEnviarProcesso(req);
}

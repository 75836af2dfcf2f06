import { adminTokenMatches } from '@/lib/admin/admin-channel';
import { runAdminCommand, type AdminCommand } from '@/lib/admin/run-admin-command';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

const loopback = (addr: string) => addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1';

/** `npm run cli` talks to the running server here: loopback only, with the token from data/admin.json. */
export async function POST(req: Request) {
  const peer = req.headers.get('x-rubrica-peer');
  if ((peer && !loopback(peer)) || !adminTokenMatches(req.headers.get('x-rubrica-admin-token'))) {
    return Response.json({ error: { code: 'FORBIDDEN', message: 'Acesso negado.' } }, { status: 403 });
  }
  try {
    const result = await runAdminCommand(null, (await req.json()) as AdminCommand);
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    if (err instanceof AppError) return Response.json({ error: { code: err.code, message: err.userMessage } }, { status: err.status });
    console.error('[admin]', err);
    return Response.json({ error: { code: 'INTERNAL', message: String(err) } }, { status: 500 });
  }
}

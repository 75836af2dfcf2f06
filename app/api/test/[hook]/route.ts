import { runTestHook } from '@/lib/testing/test-hooks';

export const dynamic = 'force-dynamic';

/** Factories and clock control for the e2e suite; 404 unless RUBRICA_TEST_HOOKS=1. */
export async function POST(req: Request, ctx: { params: Promise<{ hook: string }> }) {
  if (process.env.RUBRICA_TEST_HOOKS !== '1') return new Response('Not found', { status: 404 });
  const { hook } = await ctx.params;
  const body = await req.json().catch(() => ({}));
  const result = await runTestHook(hook, body);
  return result === undefined ? new Response('Not found', { status: 404 }) : Response.json(result);
}

import { requireOperator } from '@/lib/auth/session';
import { getPackageSummary } from '@/lib/billing/get-package-summary';
import { packageSummaryCsv } from '@/lib/billing/package-csv';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** "Baixar CSV" of the Resumo do pacote (viewers and up). */
export async function GET() {
  try {
    const operator = await requireOperator('viewer');
    const summary = await getPackageSummary(operator);
    return new Response(packageSummaryCsv(summary), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="resumo-do-pacote-${summary.period.startDay}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    if (err instanceof AppError) return new Response(err.userMessage, { status: err.code === 'UNAUTHENTICATED' ? 401 : 403 });
    throw err;
  }
}

import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../db/client';
import { planAlerts, users } from '../db/schema';
import { env } from '../env';
import { enqueueJob } from '../jobs/enqueue-job';
import { defineJob } from '../jobs/registry';
import { queueMessage } from '../notify/queue-message';
import { getPackageSummary } from './get-package-summary';

export const PACKAGE_ALERTS_JOB = 'billing.package-alerts';
const THRESHOLDS = [80, 100] as const;

/** Asked after each billable envelope commits (the job sees committed counts). */
export async function schedulePackageAlerts(tx: Executor, accountId: string) {
  await enqueueJob(tx, { type: PACKAGE_ALERTS_JOB, payload: { accountId }, accountId });
}

/**
 * Alerts at 80 % and 100 % of the package, each once per billing period (the plan_alerts key
 * decides who sends when two checks race), by e-mail to the account's owners.
 */
export async function sendPackageAlerts(db: Db, accountId: string) {
  await db.transaction(async (tx) => {
    const s = await getPackageSummary({ accountId }, { db: tx });
    if (s.included <= 0) return;
    for (const threshold of THRESHOLDS) {
      if (s.used * 100 < s.included * threshold) continue;
      const [fresh] = await tx
        .insert(planAlerts)
        .values({ accountId, periodStart: s.period.startDay, threshold })
        .onConflictDoNothing()
        .returning();
      if (!fresh) continue;
      const owners = await tx.select({ email: users.email }).from(users).where(and(eq(users.accountId, accountId), eq(users.role, 'owner'), eq(users.active, true)));
      const [y, m, d] = s.period.startDay.split('-');
      const [ey, em, ed] = s.period.endDay.split('-');
      for (const { email } of owners) {
        await queueMessage(tx, {
          accountId,
          channel: 'email',
          to: email,
          subject: threshold === 100 ? 'O pacote de documentos deste período acabou' : `Você já usou ${threshold}% do pacote de documentos`,
          body: [
            `${s.used} de ${s.included} documentos do pacote foram usados no período de ${d}/${m}/${y} a ${ed}/${em}/${ey} (exclusive).`,
            '',
            threshold === 100
              ? 'Os próximos documentos deste período serão cobrados como excedente.'
              : 'Quando o pacote acabar, os documentos seguintes serão cobrados como excedente.',
            '',
            `Acompanhe em ${env().publicUrl}/console/reports`,
          ].join('\n'),
        });
      }
    }
  });
}

export const packageAlertsJob = defineJob({
  type: PACKAGE_ALERTS_JOB,
  schema: z.object({ accountId: z.uuid() }),
  maxAttempts: 8,
  handler: (payload, { db }) => sendPackageAlerts(db, payload.accountId),
});

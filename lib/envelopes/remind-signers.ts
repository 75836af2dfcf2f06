import 'server-only';
import { now } from '../clock';
import type { Db } from '../db/client';
import { isOpenForSigning } from '../signing/policy';
import { loadEnvelopeMessageContext, messageWaitingSigners } from './recipient-messages';
import { reminderEveryDays, scheduleReminder } from './schedule-lifecycle-jobs';

/** One round of reminders to who has not finished, and the next round scheduled, in one transaction. */
export async function remindSigners(db: Db, envelopeId: string, round: number) {
  await db.transaction(async (tx) => {
    const ctx = await loadEnvelopeMessageContext(tx, envelopeId);
    const at = now();
    // Finished, declined, cancelled or past its deadline: no reminders, and none scheduled.
    if (!ctx || !isOpenForSigning(ctx.envelope.status, ctx.envelope.expiresAt, at)) return;
    await messageWaitingSigners(tx, ctx, 'reminder', 'recipient.reminded', at, { round });
    await scheduleReminder(tx, ctx.envelope, await reminderEveryDays(tx, ctx.envelope), at, round + 1);
  });
}

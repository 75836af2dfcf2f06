import type { Executor } from '../db/client';
import { staffActivity } from '../db/schema';

export type ActivityActor = { accountId: string; actorId: string | null; ip?: string | null };

export type ActivityEntry = {
  /** Dotted verb, e.g. "user.invited", "auth.sign_in". */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** pt-BR sentence shown in the log, e.g. "Convidou maria@x.com como Operador". */
  summary: string;
  details?: Record<string, unknown>;
};

/** Call inside the transaction that makes the change, so the log and the change land together. */
export async function recordActivity(tx: Executor, actor: ActivityActor, entry: ActivityEntry) {
  await tx.insert(staffActivity).values({
    accountId: actor.accountId,
    actorId: actor.actorId,
    ip: actor.ip ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary,
    details: entry.details,
  });
}

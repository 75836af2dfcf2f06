import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { notificationTemplates } from '../db/schema';
import type { Channel } from './schemas';

/** The account's templates, optionally of one channel (for the integration's selects). */
export async function listTemplates(actor: Pick<Actor, 'accountId'>, filter: { channel?: Channel } = {}) {
  const db = await getDb();
  return db
    .select({
      id: notificationTemplates.id,
      channel: notificationTemplates.channel,
      name: notificationTemplates.name,
      subject: notificationTemplates.subject,
      updatedAt: notificationTemplates.updatedAt,
    })
    .from(notificationTemplates)
    .where(
      and(
        eq(notificationTemplates.accountId, actor.accountId),
        filter.channel ? eq(notificationTemplates.channel, filter.channel) : undefined,
      ),
    )
    .orderBy(asc(notificationTemplates.channel), asc(notificationTemplates.name), asc(notificationTemplates.id));
}

import { and, inArray } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { envelopeRecipients } from '../db/schema';
import { recordEnvelopeEvents, type EnvelopeEventInput } from '../evidence/record-envelope-event';
import { currentOrder } from '../signing/policy';
import { loadEnvelopeMessageContext, queueRecipientMessage } from './recipient-messages';

/**
 * Sends each due signer their link through their delivery channel: on creation the signers of the
 * first order (everyone when order is not enforced), later the next order as the previous finishes.
 * Runs in the caller's transaction; the message goes out through the durable send job. WhatsApp and
 * SMS go through the integration's Canais de envio; when it has none for the channel, the trail
 * records the invite as pending and the link stays available to staff in the history.
 */
export async function inviteDueRecipients(tx: Executor, envelopeId: string, only?: string[], opts: { again?: boolean } = {}) {
  const ctx = await loadEnvelopeMessageContext(tx, envelopeId);
  if (!ctx) return [];
  const { envelope, people } = ctx;
  const order = currentOrder(people);
  const due = people.filter(
    (p) =>
      p.action !== 'copy' &&
      // `again`: staff re-send the invitation (after fixing a contact) to someone already invited.
      (p.status === 'pending' || (opts.again && (p.status === 'sent' || p.status === 'viewed'))) &&
      (only ? only.includes(p.id) : !envelope.signingOrdered || p.signingOrder === order),
  );
  const at = now();
  const invited: string[] = [];
  const events: EnvelopeEventInput[] = [];
  for (const p of due) {
    const base = { accountId: envelope.accountId, envelopeId, recipientId: p.id, actorType: 'system' as const, occurredAt: at };
    const queued = await queueRecipientMessage(tx, ctx, p, 'invite');
    if ('skipped' in queued) {
      // The link stays available to staff in the history; the integration can be set up and the invite resent.
      events.push({ ...base, type: 'recipient.invite_pending', payload: { channel: queued.channel, reason: queued.skipped } });
      continue;
    }
    events.push({ ...base, type: 'recipient.invited', payload: { channel: queued.channel, destination: queued.destination } });
    invited.push(p.id);
  }
  if (invited.length) {
    await tx
      .update(envelopeRecipients)
      .set({ status: 'sent', sentAt: at })
      .where(and(inArray(envelopeRecipients.id, invited), inArray(envelopeRecipients.status, ['pending'])));
  }
  await recordEnvelopeEvents(tx, events);
  return invited;
}

/**
 * Pure rules of an envelope's signing lifecycle (issue: Espaço do Signatário). States:
 * draft → sent → (partially_signed) → completed | declined | expired | cancelled.
 */
export type EnvelopeStatus = 'draft' | 'sent' | 'partially_signed' | 'sealing' | 'completed' | 'declined' | 'expired' | 'cancelled';
export type RecipientStatus = 'pending' | 'sent' | 'viewed' | 'signed' | 'declined';

export type RecipientState = {
  id: string;
  signingOrder: number;
  action: 'sign' | 'approve' | 'handwritten' | 'copy';
  status: RecipientStatus;
};

const finished = (r: RecipientState) => r.status === 'signed';
const signs = (r: RecipientState) => r.action !== 'copy';

export function isOpenForSigning(status: EnvelopeStatus, expiresAt: Date, at: Date): boolean {
  return (status === 'sent' || status === 'partially_signed') && expiresAt > at;
}

/**
 * Signers of order N may sign once every signer of a lower order has signed; without ordering,
 * anyone may sign at any time. "Receber cópia" recipients never sign.
 */
export function isSignersTurn(recipients: RecipientState[], recipientId: string, signingOrdered: boolean): boolean {
  const me = recipients.find((r) => r.id === recipientId);
  if (!me || !signs(me) || me.status === 'signed' || me.status === 'declined') return false;
  if (!signingOrdered) return true;
  return recipients.filter((r) => signs(r) && r.signingOrder < me.signingOrder).every(finished);
}

/** The order whose signers should have their link now: the lowest order with someone unsigned. */
export function currentOrder(recipients: RecipientState[]): number | null {
  const pending = recipients.filter((r) => signs(r) && !finished(r));
  return pending.length ? Math.min(...pending.map((r) => r.signingOrder)) : null;
}

/** Signers who become due when `justSigned` signs (the next order, once the current one is done). */
export function newlyDueRecipients(recipients: RecipientState[], justSigned: string, signingOrdered: boolean): RecipientState[] {
  if (!signingOrdered) return [];
  const after = recipients.map((r) => (r.id === justSigned ? { ...r, status: 'signed' as const } : r));
  const before = currentOrder(recipients);
  const now = currentOrder(after);
  if (now === null || now === before) return [];
  return after.filter((r) => signs(r) && r.signingOrder === now && !finished(r));
}

/** What the envelope becomes after a signature: completed when every signer has signed. */
export function statusAfterSignature(recipients: RecipientState[], justSigned: string): 'partially_signed' | 'completed' {
  const after = recipients.map((r) => (r.id === justSigned ? { ...r, status: 'signed' as const } : r));
  return after.filter(signs).every(finished) ? 'completed' : 'partially_signed';
}

export function canDecline(status: EnvelopeStatus, recipient: RecipientState): boolean {
  return (status === 'sent' || status === 'partially_signed') && signs(recipient) && recipient.status !== 'signed' && recipient.status !== 'declined';
}

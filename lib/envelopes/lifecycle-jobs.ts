import 'server-only';
import { z } from 'zod';
import { defineJob } from '../jobs/registry';
import { expireEnvelope } from './expire-envelope';
import { remindSigners } from './remind-signers';
import { warnBeforeExpiry } from './warn-before-expiry';

const envelopePayload = z.object({ envelopeId: z.uuid() });

/** "Lembrete a cada N dias": reminds who has not finished, and schedules the next one. */
export const remindSignersJob = defineJob({
  type: 'envelopes.remind',
  schema: envelopePayload.extend({ round: z.number().int().min(1) }),
  maxAttempts: 8,
  handler: (payload, { db }) => remindSigners(db, payload.envelopeId, payload.round),
});

/** "Aviso N dias antes do vencimento". */
export const warnBeforeExpiryJob = defineJob({
  type: 'envelopes.warn-expiry',
  schema: envelopePayload,
  maxAttempts: 8,
  handler: (payload, { db }) => warnBeforeExpiry(db, payload.envelopeId),
});

/** At the deadline: expired, signers and sender told. */
export const expireEnvelopeJob = defineJob({
  type: 'envelopes.expire',
  schema: envelopePayload,
  maxAttempts: 12,
  handler: (payload, { db }) => expireEnvelope(db, payload.envelopeId),
});

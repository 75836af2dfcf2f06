import 'server-only';
import { defineJob } from '../jobs/registry';
import { SEAL_JOB_TYPE, sealJobPayload } from './enqueue-seal';
import { sealEnvelope } from './seal-envelope';

/** Retries with the queue's backoff; a TSA or storage outage delays the seal, never drops it. */
export const sealEnvelopeJob = defineJob({
  type: SEAL_JOB_TYPE,
  schema: sealJobPayload,
  maxAttempts: 10,
  async handler(payload, { db }) {
    await sealEnvelope(db, payload.envelopeId);
  },
});

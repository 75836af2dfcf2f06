import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** What the hash covers: everything recorded about the event except its own hash. */
export type ChainedEvent = {
  envelopeId: string;
  seq: number;
  type: string;
  recipientId: string | null;
  actorType: string;
  actorId: string | null;
  ip: string | null;
  userAgent: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
};

/** hash = sha256(prev_hash || canonical_json(event)); the first event of an envelope has no prev. */
export function chainHash(prevHash: string | null, event: ChainedEvent): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update(canonicalJson(event))
    .digest('hex');
}

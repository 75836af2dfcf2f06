import 'server-only';
import { isIP } from 'node:net';
import { now } from '../clock';
import type { Db } from '../db/client';
import { recordEnvelopeEvent } from './record-envelope-event';

export type DocumentDownload = {
  accountId: string;
  envelopeId: string;
  /** What was handed over: each file with the version served and the SHA-256 of its bytes. */
  documents: { id: string; name: string; version: 'sealed' | 'original'; sha256: string }[];
  /** signer_link, signer_space, console, api. */
  via: 'signer_link' | 'signer_space' | 'console' | 'api';
  actorType: 'staff' | 'signer' | 'api';
  actorId?: string | null;
  recipientId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
};

/** `document.downloaded` on the envelope's trail: who took which file (sealed or original), how and when. */
export async function recordDocumentDownload(db: Db, d: DocumentDownload) {
  const ip = d.ip?.trim() ?? '';
  await db.transaction((tx) =>
    recordEnvelopeEvent(tx, {
      accountId: d.accountId,
      envelopeId: d.envelopeId,
      type: 'document.downloaded',
      recipientId: d.recipientId ?? null,
      actorType: d.actorType,
      actorId: d.actorId ?? null,
      ip: isIP(ip) ? ip : null,
      userAgent: d.userAgent?.slice(0, 500) || null,
      payload: { via: d.via, documents: d.documents },
      occurredAt: now(),
    }),
  );
}

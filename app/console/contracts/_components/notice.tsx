'use client';

import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/card';

export type Notice = { tone: 'success' | 'warning'; text: string };

/**
 * A one-time message carried across a client-side navigation (e.g. "contrato criado, mas…" shown on
 * the new contract's page). Kept in memory only: a reload or a shared link never shows it.
 */
const pending = new Map<string, Notice>();

export function setNotice(key: string, notice: Notice) {
  pending.set(key, notice);
}

export function PendingNotice({ noticeKey }: { noticeKey: string }) {
  const [notice] = useState(() => pending.get(noticeKey) ?? null);
  useEffect(() => {
    pending.delete(noticeKey);
  }, [noticeKey]);
  return notice ? <NoticeAlert notice={notice} /> : null;
}

export function NoticeAlert({ notice }: { notice: Notice }) {
  return <Alert tone={notice.tone}>{notice.text}</Alert>;
}

/** What saving said about the signing document, as the person should read it. */
export function envelopeNotice(
  envelope: { created: true; envelopeId: string } | { created: false; reason: string | null },
  texts: { plain: string; created: string; reason: (reason: string) => string },
): Notice {
  if (envelope.created) return { tone: 'success', text: texts.created };
  if (envelope.reason) return { tone: 'warning', text: texts.reason(envelope.reason) };
  return { tone: 'success', text: texts.plain };
}
